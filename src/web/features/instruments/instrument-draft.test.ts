import { describe, expect, it } from 'vitest';
import { InstrumentBody, InstrumentCreate } from '../../../shared/schemas/measurements';
import { blankDraft, draftOf, parseDraft, parseNumber } from './instrument-draft';
import type { InstrumentT } from './instrument-types';

const ORG = '01a2093f-f7f8-731b-a06d-ef6e3a52fae5';

const who5: InstrumentT = {
  key: 'who5',
  version: 1,
  builtIn: true,
  organisationId: null,
  name: { da: 'WHO-5 Trivselsindeks', en: 'WHO-5 Well-Being Index' },
  kind: 'outcome',
  intro: { da: 'Sæt kryds', en: 'Choose' },
  credit: 'WHO-5 © Psykiatrisk Center Nordsjælland',
  items: [{ id: 'cheerful', text: { da: 'Glad', en: 'Cheerful' }, min: 0, max: 2, integer: true, options: [{ da: 'Aldrig', en: 'Never' }, { da: 'Nogle gange', en: 'Sometimes' }, { da: 'Altid', en: 'Always' }] }],
  scoring: { method: 'sum', multiplier: 4 },
  range: { min: 0, max: 8 },
  cutoffs: [{ id: 'poorWellbeing', value: 50, rule: 'atMost', label: { da: 'Lav trivsel', en: 'Poor wellbeing' } }],
  reliableChange: 10,
};

describe('instrument draft', () => {
  it('round-trips an instrument into a body the API accepts as a new version', () => {
    const { body, errors } = parseDraft(draftOf(who5), ORG, false);
    expect(errors).toEqual({});
    expect(InstrumentBody.safeParse(body).success).toBe(true);
    expect(body.items[0].options).toEqual(who5.items[0].options);
    expect(body.multiplier).toBe(4);
    expect(body.flags).toBeUndefined();
    expect(body).not.toHaveProperty('key');
  });

  it('checks a new instrument with the API issue paths', () => {
    const d = blankDraft();
    d.key = 'Ugyldig';
    d.items[0].max = '0';
    d.items[0].optionsDa = 'a\nb';
    const { errors } = parseDraft(d, ORG, true);
    expect(errors).toMatchObject({
      key: 'invalid_format',
      'name.da': 'required',
      'intro.en': 'required',
      'items.0.text.da': 'required',
      'items.0.max': 'invalid_value',
      'items.0.options.en': 'required',
      reliableChange: 'required',
    });
  });

  it('builds a session instrument with flags and a key', () => {
    const d = { ...blankDraft(), key: 'srs_own', nameDa: 'Samtale', nameEn: 'Session', introDa: 'Om samtalen', introEn: 'About the session', kind: 'session' as const, reliableChange: '5', totalBelow: '36', dropOf: '2,5' };
    d.items = [{ ...d.items[0], textDa: 'Relation', textEn: 'Relationship', anchorMinDa: 'Dårlig', anchorMinEn: 'Poor', anchorMaxDa: 'God', anchorMaxEn: 'Good' }];
    const { body, errors } = parseDraft(d, ORG, true);
    expect(errors).toEqual({});
    expect(body.flags).toEqual({ totalBelow: 36, dropOf: 2.5 });
    expect(InstrumentCreate.safeParse(body).success).toBe(true);
  });

  it('reads numbers as the API checks them', () => {
    expect(parseNumber('')).toBe('required');
    expect(parseNumber('1,5', { int: true })).toBe('invalid_type');
    expect(parseNumber('0', { positive: true })).toBe('too_small');
    expect(parseNumber('101', { max: 100 })).toBe('too_big');
    expect(parseNumber(' 7 ')).toBe(7);
  });
});

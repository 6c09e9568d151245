import { describe, expect, it } from 'vitest';
import { checkDraft, fieldIds, mapServerErrors, parseNumber, removeElement, targetsOf, toBody, toDraft, type TheoryT } from './draft';

const theory: TheoryT = {
  id: null,
  organisationId: 'o',
  unitId: 'u',
  method: 'outreach',
  isDefault: true,
  version: 0,
  latestVersion: 0,
  title: 'Forandringsteori',
  columns: ['resources', 'activities', 'outputs', 'shortTerm', 'longTerm'],
  elements: [
    { id: 'r1', column: 'resources', text: 'Medarbejdere', indicator: null },
    { id: 'a1', column: 'activities', text: 'Kontaktskabelse', indicator: null },
    { id: 's2', column: 'shortTerm', text: 'Fastholdelse', indicator: { key: 'referralRetention', baseline: null, target: 0.7, period: { from: '2025-01-01', to: '2025-12-31' } } },
    { id: 'l2', column: 'longTerm', text: 'Trivsel', indicator: { key: 'who5Change', baseline: 2.5, target: 10, period: { from: '2025-01-01', to: '2025-12-31' } } },
  ],
  links: [
    { from: 'r1', to: 'a1', assumption: 'Vedholdenhed' },
    { from: 'a1', to: 's2', assumption: null },
    { from: 's2', to: 'l2', assumption: null },
  ],
  updatedBy: null,
  updatedAt: null,
  canEdit: true,
};

let n = 0;
const key = () => `k${++n}`;

describe('theory draft', () => {
  it('shows a share as a percentage and sends it back as a share, keeping other numbers as they are', () => {
    const d = toDraft(theory, key);
    expect(d.elements[2].indicator).toEqual({ key: 'referralRetention', baseline: '', target: '70', from: '2025-01-01', to: '2025-12-31' });
    expect(d.elements[3].indicator?.baseline).toBe('2.5');
    d.elements[2].indicator!.target = '72,5';
    const body = toBody(d);
    expect(body.elements[2].indicator).toEqual({ key: 'referralRetention', baseline: null, target: 0.725, period: { from: '2025-01-01', to: '2025-12-31' } });
    expect(body.elements[3].indicator?.baseline).toBe(2.5);
    expect(body.links).toEqual([
      { from: 'r1', to: 'a1', assumption: 'Vedholdenhed' },
      { from: 'a1', to: 's2', assumption: null },
      { from: 's2', to: 'l2', assumption: null },
    ]);
  });

  it('parses numbers with a decimal comma or point and refuses anything else', () => {
    expect([parseNumber('3'), parseNumber(' -1,5 '), parseNumber('0.25'), parseNumber('1e3'), parseNumber(''), parseNumber('70%')]).toEqual([3, -1.5, 0.25, null, null, null]);
  });

  it('offers only elements in later columns as an arrow target', () => {
    const d = toDraft(theory, key);
    expect(targetsOf(d, d.elements[1]).map((e) => e.id)).toEqual(['s2', 'l2']);
    expect(targetsOf(d, d.elements[3])).toEqual([]);
  });

  it('removes an element with the arrows to and from it', () => {
    const { draft, removedLinks } = removeElement(toDraft(theory, key), 'a1');
    expect(removedLinks).toBe(2);
    expect(draft.elements.map((e) => e.id)).toEqual(['r1', 's2', 'l2']);
    expect(draft.links.map((l) => `${l.from}>${l.to}`)).toEqual(['s2>l2']);
  });

  it('checks the fields a user must fill in, at each field', () => {
    const d = toDraft(theory, key);
    d.title = ' ';
    d.elements[0].text = '';
    d.elements[3].indicator = { key: '', baseline: 'abc', target: '', from: '2025-06-01', to: '2025-01-01' };
    d.links[1].to = '';
    expect(checkDraft(d)).toEqual({
      [fieldIds.title]: 'required',
      [fieldIds.text('r1')]: 'required',
      [fieldIds.indicator('l2', 'key')]: 'required',
      [fieldIds.indicator('l2', 'baseline')]: 'invalid_type',
      [fieldIds.indicator('l2', 'target')]: 'required',
      [fieldIds.indicator('l2', 'to')]: 'before_from',
      [fieldIds.linkTo(d.links[1].key)]: 'required',
    });
  });

  it("maps the server's issue paths to the fields of the elements and arrows that were sent", () => {
    const sent = toDraft(theory, key);
    const { byField, general } = mapServerErrors(
      [
        { path: 'elements.3.indicator.key', code: 'indicator_bound_twice' },
        { path: 'elements.2.indicator.period.to', code: 'before_from' },
        { path: 'links.0.to', code: 'invalid_value' },
        { path: 'links.2', code: 'duplicate' },
        { path: 'links.1.assumption', code: 'too_long' },
        { path: 'elements', code: 'too_big' },
      ],
      sent,
    );
    expect(byField).toEqual({
      [fieldIds.indicator('l2', 'key')]: 'indicator_bound_twice',
      [fieldIds.indicator('s2', 'to')]: 'before_from',
      [fieldIds.linkTo(sent.links[0].key)]: 'invalid_value',
      [fieldIds.linkTo(sent.links[2].key)]: 'duplicate',
      [fieldIds.assumption(sent.links[1].key)]: 'too_long',
    });
    expect(general).toEqual(['too_big']);
  });
});

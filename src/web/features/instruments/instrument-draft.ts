import type { ClientErrors } from '../../components/errors';
import type { InstrumentT } from './instrument-types';

export type ItemDraft = {
  id: string;
  textDa: string;
  textEn: string;
  min: string;
  max: string;
  integer: boolean;
  /** One answer label per line, from min to max. */
  optionsDa: string;
  optionsEn: string;
  anchorMinDa: string;
  anchorMinEn: string;
  anchorMaxDa: string;
  anchorMaxEn: string;
};

export type CutoffDraft = { id: string; value: string; rule: 'atMost' | 'below'; labelDa: string; labelEn: string };

/** The instrument form's values as typed (numbers as text). */
export type Draft = {
  key: string;
  nameDa: string;
  nameEn: string;
  introDa: string;
  introEn: string;
  credit: string;
  kind: 'outcome' | 'session';
  items: ItemDraft[];
  multiplier: string;
  cutoffs: CutoffDraft[];
  reliableChange: string;
  totalBelow: string;
  dropOf: string;
};

const KEY = /^[a-z][a-z0-9_]{1,39}$/;
const ITEM_ID = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

const num = (v: number | undefined) => (v === undefined ? '' : String(v));
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function blankItem(n: number): ItemDraft {
  return { id: `q${n}`, textDa: '', textEn: '', min: '0', max: '10', integer: true, optionsDa: '', optionsEn: '', anchorMinDa: '', anchorMinEn: '', anchorMaxDa: '', anchorMaxEn: '' };
}

export function blankCutoff(n: number): CutoffDraft {
  return { id: `cutoff${n}`, value: '', rule: 'atMost', labelDa: '', labelEn: '' };
}

export function blankDraft(): Draft {
  return { key: '', nameDa: '', nameEn: '', introDa: '', introEn: '', credit: '', kind: 'outcome', items: [blankItem(1)], multiplier: '1', cutoffs: [], reliableChange: '', totalBelow: '', dropOf: '' };
}

/** The form prefilled from an instrument's current version (the key stays as it is). */
export function draftOf(i: InstrumentT): Draft {
  return {
    key: i.key,
    nameDa: i.name.da,
    nameEn: i.name.en,
    introDa: i.intro.da,
    introEn: i.intro.en,
    credit: i.credit ?? '',
    kind: i.kind,
    items: i.items.map((it) => ({
      id: it.id,
      textDa: it.text.da,
      textEn: it.text.en,
      min: String(it.min),
      max: String(it.max),
      integer: it.integer,
      optionsDa: it.options?.map((o) => o.da).join('\n') ?? '',
      optionsEn: it.options?.map((o) => o.en).join('\n') ?? '',
      anchorMinDa: it.anchors?.min.da ?? '',
      anchorMinEn: it.anchors?.min.en ?? '',
      anchorMaxDa: it.anchors?.max.da ?? '',
      anchorMaxEn: it.anchors?.max.en ?? '',
    })),
    multiplier: String(i.scoring.multiplier),
    cutoffs: i.cutoffs.map((c) => ({ id: c.id, value: String(c.value), rule: c.rule, labelDa: c.label.da, labelEn: c.label.en })),
    reliableChange: String(i.reliableChange),
    totalBelow: num(i.flags?.totalBelow),
    dropOf: num(i.flags?.dropOf),
  };
}

type NumberRule = { int?: boolean; min?: number; max?: number; positive?: boolean };

/** A typed number (a decimal comma is fine), or the issue code the API would give. */
export function parseNumber(value: string, rule: NumberRule = {}): number | string {
  const s = value.trim().replace(',', '.');
  if (!s) return 'required';
  const n = Number(s);
  if (!Number.isFinite(n)) return 'invalid_type';
  if (rule.int && !Number.isInteger(n)) return 'invalid_type';
  if (rule.positive && n <= 0) return 'too_small';
  if (rule.min !== undefined && n < rule.min) return 'too_small';
  if (rule.max !== undefined && n > rule.max) return 'too_big';
  return n;
}

export type InstrumentBodyOut = {
  key?: string;
  organisationId: string;
  name: { da: string; en: string };
  kind: 'outcome' | 'session';
  intro: { da: string; en: string };
  credit: string | null;
  items: {
    id: string;
    text: { da: string; en: string };
    min: number;
    max: number;
    integer: boolean;
    options?: { da: string; en: string }[];
    anchors?: { min: { da: string; en: string }; max: { da: string; en: string } };
  }[];
  multiplier: number;
  cutoffs: { id: string; value: number; rule: 'atMost' | 'below'; label: { da: string; en: string } }[];
  reliableChange: number;
  flags?: { totalBelow?: number; dropOf?: number };
  version?: number;
};

/**
 * Checks the draft as the API does and builds the body; the issue paths are the API's, so one
 * lookup shows a client or a server issue on the same field. `withKey` for a new instrument.
 */
export function parseDraft(d: Draft, organisationId: string, withKey: boolean): { body: InstrumentBodyOut; errors: ClientErrors } {
  const errors: ClientErrors = {};
  const required = (path: string, v: string) => {
    if (!v.trim()) errors[path] = 'required';
    return v.trim();
  };
  const number = (path: string, v: string, rule?: NumberRule) => {
    const r = parseNumber(v, rule);
    if (typeof r === 'string') {
      errors[path] = r;
      return 0;
    }
    return r;
  };
  if (withKey && !KEY.test(d.key.trim())) errors.key = d.key.trim() ? 'invalid_format' : 'required';
  const name = { da: required('name.da', d.nameDa), en: required('name.en', d.nameEn) };
  const intro = { da: required('intro.da', d.introDa), en: required('intro.en', d.introEn) };
  if (d.items.length === 0) errors.items = 'too_small';
  const seen = new Set<string>();
  const items = d.items.map((it, i) => {
    const p = `items.${i}`;
    const id = it.id.trim();
    if (!id) errors[`${p}.id`] = 'required';
    else if (!ITEM_ID.test(id)) errors[`${p}.id`] = 'invalid_format';
    else if (seen.has(id)) errors[`${p}.id`] = 'invalid_value';
    seen.add(id);
    const min = number(`${p}.min`, it.min, { int: true, min: -100, max: 100 });
    const max = number(`${p}.max`, it.max, { int: true, min: -100, max: 100 });
    if (!errors[`${p}.min`] && !errors[`${p}.max`] && max <= min) errors[`${p}.max`] = 'invalid_value';
    const out: InstrumentBodyOut['items'][number] = { id, text: { da: required(`${p}.text.da`, it.textDa), en: required(`${p}.text.en`, it.textEn) }, min, max, integer: it.integer };
    const da = lines(it.optionsDa);
    const en = lines(it.optionsEn);
    if (da.length || en.length) {
      const steps = max - min + 1;
      if (da.length !== steps) errors[`${p}.options.da`] = da.length ? 'invalid_value' : 'required';
      if (en.length !== steps) errors[`${p}.options.en`] = en.length ? 'invalid_value' : 'required';
      out.options = da.map((label, j) => ({ da: label, en: en[j] ?? '' }));
    }
    const anchors = [it.anchorMinDa, it.anchorMinEn, it.anchorMaxDa, it.anchorMaxEn];
    if (anchors.some((a) => a.trim())) {
      out.anchors = {
        min: { da: required(`${p}.anchors.min.da`, it.anchorMinDa), en: required(`${p}.anchors.min.en`, it.anchorMinEn) },
        max: { da: required(`${p}.anchors.max.da`, it.anchorMaxDa), en: required(`${p}.anchors.max.en`, it.anchorMaxEn) },
      };
    }
    return out;
  });
  const multiplier = number('multiplier', d.multiplier, { positive: true, max: 100 });
  const cutoffs = d.cutoffs.map((c, i) => {
    const p = `cutoffs.${i}`;
    const id = c.id.trim();
    if (!id) errors[`${p}.id`] = 'required';
    else if (!ITEM_ID.test(id)) errors[`${p}.id`] = 'invalid_format';
    return { id, value: number(`${p}.value`, c.value), rule: c.rule, label: { da: required(`${p}.label.da`, c.labelDa), en: required(`${p}.label.en`, c.labelEn) } };
  });
  const reliableChange = number('reliableChange', d.reliableChange, { positive: true });
  const body: InstrumentBodyOut = {
    ...(withKey ? { key: d.key.trim() } : {}),
    organisationId,
    name,
    kind: d.kind,
    intro,
    credit: d.credit.trim() || null,
    items,
    multiplier,
    cutoffs,
    reliableChange,
  };
  // Session feedback may warn on a low total or a drop since the last session.
  if (d.kind === 'session') {
    const flags: { totalBelow?: number; dropOf?: number } = {};
    if (d.totalBelow.trim()) flags.totalBelow = number('flags.totalBelow', d.totalBelow);
    if (d.dropOf.trim()) flags.dropOf = number('flags.dropOf', d.dropOf, { positive: true });
    if (Object.keys(flags).length) body.flags = flags;
  }
  return { body, errors };
}

import { harmAreas, type HarmArea, type HarmPlanT } from './types';

export type MeasureDraft = { text: string; area: HarmArea | ''; who: string; abstinence: boolean };
export type HarmDraft = {
  substances: string;
  areas: Record<HarmArea, { consequences: string; measures: string }>;
  measures: MeasureDraft[];
  residentWantsAbstinence: boolean;
  residentsOwnWords: string;
  madeWithResident: boolean;
  followUpDates: string[];
};

const emptyAreas = () => Object.fromEntries(harmAreas.map((a) => [a, { consequences: '', measures: '' }])) as HarmDraft['areas'];

/** The form's starting point: the latest version of the plan, or an empty plan. */
export function draftOf(plan: HarmPlanT | null): HarmDraft {
  if (!plan) {
    return { substances: '', areas: emptyAreas(), measures: [{ text: '', area: '', who: '', abstinence: false }], residentWantsAbstinence: false, residentsOwnWords: '', madeWithResident: false, followUpDates: [''] };
  }
  const areas = emptyAreas();
  for (const a of harmAreas) areas[a] = { consequences: plan.areas[a]?.consequences ?? '', measures: plan.areas[a]?.measures ?? '' };
  return {
    substances: plan.substances ?? '',
    areas,
    measures: plan.measures.length ? plan.measures.map((m) => ({ text: m.text, area: m.area, who: m.who ?? '', abstinence: m.abstinence })) : [{ text: '', area: '', who: '', abstinence: false }],
    residentWantsAbstinence: plan.residentWantsAbstinence,
    residentsOwnWords: plan.residentsOwnWords ?? '',
    madeWithResident: plan.madeWithResident,
    followUpDates: plan.followUpDates.length ? [...plan.followUpDates] : [''],
  };
}

const blankMeasure = (m: MeasureDraft) => !m.text.trim() && !m.who.trim() && !m.area && !m.abstinence;

/**
 * The client's checks (issue codes by field path) and the rows sent: blank measure rows and empty
 * dates are left out, so the server's `measures.N` refers to the N-th row sent.
 */
export function checkDraft(d: HarmDraft): { errors: Record<string, string>; sentMeasures: number[] } {
  const errors: Record<string, string> = {};
  const sentMeasures = d.measures.flatMap((m, i) => (blankMeasure(m) ? [] : [i]));
  for (const i of sentMeasures) {
    const m = d.measures[i];
    if (!m.text.trim()) errors[`row.${i}.text`] = 'required';
    if (!m.area) errors[`row.${i}.area`] = 'required';
    if (m.abstinence && !d.residentWantsAbstinence) errors[`row.${i}.abstinence`] = 'abstinence_not_wanted';
  }
  return { errors, sentMeasures };
}

export function bodyOf(d: HarmDraft, sentMeasures: number[], baseVersion: number) {
  return {
    substances: d.substances.trim() || null,
    areas: Object.fromEntries(harmAreas.map((a) => [a, { consequences: d.areas[a].consequences.trim(), measures: d.areas[a].measures.trim() }])),
    measures: sentMeasures.map((i) => {
      const m = d.measures[i];
      return { text: m.text.trim(), area: m.area, who: m.who.trim() || null, abstinence: m.abstinence };
    }),
    residentWantsAbstinence: d.residentWantsAbstinence,
    residentsOwnWords: d.residentsOwnWords.trim() || null,
    madeWithResident: d.madeWithResident,
    followUpDates: [...new Set(d.followUpDates.filter(Boolean))].sort(),
    baseVersion,
  };
}

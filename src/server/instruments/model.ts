/**
 * An instrument (måleredskab) is data: items with their range and wording in Danish and English, a
 * scoring rule, cutoffs and a reliable-change value. Built-in instruments live in code; an
 * administrator's additions and edits are new versions in the database. A measurement keeps the
 * version it was given with, so an edit never changes a past score.
 */
export type Text = { da: string; en: string };
export type InstrumentItem = {
  id: string;
  text: Text;
  min: number;
  max: number;
  /** Whole numbers only (every shipped item); false allows decimals (e.g. a visual analogue scale). */
  integer: boolean;
  /** Labels of the answer options from `min` to `max`, when the scale has named steps (WHO-5). */
  options?: Text[];
  /** Words at the ends of a numeric scale (session feedback: 0 = not at all, 10 = completely). */
  anchors?: { min: Text; max: Text };
};
export type Cutoff = { id: string; value: number; rule: 'atMost' | 'below'; label: Text };
export type InstrumentDefinition = {
  key: string;
  version: number;
  name: Text;
  /** outcome: wellbeing over time (WHO-5); session: the citizen's view of the session just held. */
  kind: 'outcome' | 'session';
  intro: Text;
  credit: string | null;
  items: InstrumentItem[];
  /** total = (sum of the items) × multiplier (WHO-5: raw 0–25 × 4 = 0–100). */
  scoring: { method: 'sum'; multiplier: number };
  cutoffs: Cutoff[];
  /** A change of at least this much in the total is a meaningful (reliable) change. */
  reliableChange: number;
  /** Session instruments: flag a total below `totalBelow`, or a drop of `dropOf` or more since the previous session. */
  flags?: { totalBelow?: number; dropOf?: number };
};

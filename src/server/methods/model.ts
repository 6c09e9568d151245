/**
 * A method model is data: phases with steps, the allowed phase transitions, the ways a course may
 * end in each phase, and the capabilities the method uses. Texts are i18n keys
 * (`methods.<id>.phases.<phase>.name`, `...steps.<step>`), so a municipality can reword a step
 * without code. Every course records the model version it followed.
 */
/**
 * A checklist item of a step (`methods.<id>.items.<step>.<item>`). `automatic` items are ticked by
 * the system when the action happens (the request is sent, the citizen is picked up); the rest by
 * hand, with who and when. `dueDays` sets a due date that many days after the course start (the
 * arrival, for a stay).
 */
export type ChecklistItemDef = { id: string; optional?: boolean; automatic?: boolean; dueDays?: number };
export type MethodStep = { id: string; items?: ChecklistItemDef[] };
export type MethodPhase = {
  id: string;
  steps: MethodStep[];
  /** Reasons a course may end with while in this phase. */
  endReasons: string[];
  /** Planned length of a time-limited phase, in months (CTI: 3 + 3 + 3). */
  plannedMonths?: number;
  /** The expected contact rhythm in this phase, in days (CTI: weekly, every two weeks, monthly). */
  expectedContactDays?: number;
};
export type MethodFeature = 'contactPlan' | 'contactAttempts' | 'referrals' | 'checklists' | 'sessions' | 'timeline' | 'focusAreas';
export type MethodModel = {
  id: string;
  version: string;
  legalBasis: string | null;
  phases: MethodPhase[];
  initialPhase: string;
  /** phase → phases it may move to */
  transitions: Record<string, string[]>;
  features: MethodFeature[];
  /** Rules of a time-limited method: the phase its clock starts in, and the phase that needs housing first. */
  clock?: { startsIn: string; housingBefore?: string };
  /** Fidelity norms (metodefidelitet): the most citizens per worker, and the shares a course set should reach. */
  norms?: { caseloadPerWorker: number; withinClockShare?: number; twoContactsFirstMonthShare?: number; fallingContactShare?: number; completedShare?: number };
};

/** End reasons every phase of every method allows. */
export const commonEndReasons = ['declined', 'moved', 'died', 'other'];

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
export type MethodFeature = 'contactPlan' | 'contactAttempts' | 'referrals' | 'checklists' | 'sessions' | 'timeline' | 'focusAreas' | 'icmPlan' | 'teamBoard';
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
  norms?: {
    caseloadPerWorker: number;
    /** ACT: the caseload is the team's, counted per member rather than per named worker. */
    caseloadPer?: 'worker' | 'member';
    withinClockShare?: number;
    twoContactsFirstMonthShare?: number;
    fallingContactShare?: number;
    /** The least share of ended courses that ended as planned (`plannedEndReasons`), not early. */
    completedShare?: number;
    /** ACT: the least share of face-to-face contacts held in the community rather than at the office. */
    communityShare?: number;
    /** ACT: the least share of weekdays with a team meeting recorded. */
    dailyMeetingShare?: number;
    /** ICM: the least share of active courses with one coordinating case manager named in the plan. */
    coordinatorShare?: number;
  };
  /** End reasons that count as a planned end (not a drop-out); default `completed`. */
  plannedEndReasons?: string[];
  /** Team board: list a citizen not seen for this many days. */
  board?: { notSeenDays: number };
};

/** End reasons every phase of every method allows. */
export const commonEndReasons = ['declined', 'moved', 'died', 'other'];

/**
 * The indicators Brobygger computes from its data (domain §8, issue 8): the catalogue shared by the
 * server (which computes them), the theories of change (which bind their elements to them) and the
 * web app (which shows each one's title and exact definition through i18n keys
 * `indicators.<key>.title` and `indicators.<key>.definition`).
 */

/** What a figure counts: citizens, days, a share (0–1), a score, a ratio to a norm. */
export type IndicatorMeasure = 'count' | 'days' | 'share' | 'score' | 'ratio';

export type IndicatorDef = {
  key: string;
  /** Methods whose courses the indicator is about; empty for every method. */
  methods: readonly string[];
  measure: IndicatorMeasure;
  /** Whether the figure for a period also has a distribution and a median (small change over long courses). */
  distribution: boolean;
};

export const INDICATORS = [
  { key: 'citizensByPhase', methods: [], measure: 'count', distribution: false },
  { key: 'daysToFirstContact', methods: ['outreach'], measure: 'days', distribution: true },
  { key: 'attemptsBeforeFirstContact', methods: ['outreach'], measure: 'count', distribution: true },
  { key: 'overdueContacts', methods: ['outreach'], measure: 'count', distribution: false },
  { key: 'inboundBySource', methods: ['outreach'], measure: 'count', distribution: false },
  { key: 'referralRetention', methods: [], measure: 'share', distribution: false },
  { key: 'midwayOnTime', methods: ['crisis_stay'], measure: 'share', distribution: false },
  { key: 'supportAtHomecoming', methods: ['crisis_stay'], measure: 'share', distribution: false },
  { key: 'requestToPickup', methods: ['crisis_pathway'], measure: 'days', distribution: true },
  { key: 'ctiCompletedInTime', methods: ['cti'], measure: 'share', distribution: false },
  { key: 'caseloadPerWorker', methods: ['outreach', 'cti', 'icm', 'act'], measure: 'ratio', distribution: true },
  { key: 'who5Change', methods: [], measure: 'score', distribution: true },
  { key: 'feedbackShare', methods: [], measure: 'share', distribution: false },
  { key: 'goalsAchieved', methods: [], measure: 'share', distribution: false },
  { key: 'violentEpisodes', methods: ['residential'], measure: 'count', distribution: false },
  { key: 'housingKept', methods: ['cti', 'crisis_stay'], measure: 'share', distribution: false },
] as const satisfies readonly IndicatorDef[];

export type IndicatorKey = (typeof INDICATORS)[number]['key'];

export const INDICATOR_KEYS = INDICATORS.map((i) => i.key) as readonly IndicatorKey[];

export function findIndicator(key: string): IndicatorDef | undefined {
  return INDICATORS.find((i) => i.key === key);
}

/** The default below which a figure is suppressed outside the unit and in every export (domain §8). */
export const SMALL_NUMBER_THRESHOLD = 5;

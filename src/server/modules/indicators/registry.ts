import { INDICATORS, type IndicatorDef, type IndicatorKey } from '../../../shared/indicators';
import { aggregators, citizensOf, type Aggregate, type Bucket, type Obs, wholeBuckets } from './aggregate';
import { caseloadPerWorker, citizensByPhase } from './compute/caseload';
import type { ComputeCtx, Observe } from './compute/context';
import { midwayOnTime, requestToPickup, supportAtHomecoming } from './compute/crisis';
import { ctiCompletedInTime, housingKept } from './compute/cti';
import { episodeTypeLabels, feedbackShare, goalStatusLabels, goalsAchieved, referralRetention, violentEpisodes, who5Change, who5ReliableChange } from './compute/outcomes';
import { attemptsBeforeFirstContact, daysToFirstContact, inboundBySource, inboundLabels, overdueContacts } from './compute/outreach';

/**
 * The indicator registry: for every key of the catalogue (src/shared/indicators.ts), how its
 * observations are found and how they make a figure. The exact definitions users read are the
 * i18n keys `indicators.<key>.definition`; the comments on each compute function say the same.
 */
export type IndicatorImpl = {
  def: IndicatorDef;
  observe: Observe;
  /** Builds the aggregate; some need the organisation's settings (WHO-5's reliable change). */
  aggregate: (ctx: ComputeCtx) => Promise<Aggregate> | Aggregate;
  /**
   * How a window's observations relate to its months (what lets stored months make any window):
   * - `event`: dated things, a window holds those of all its months;
   * - `snapshot`: taken on the window's last day, a window holds those of its last month;
   * - `latest`: one per citizen, their latest in the window (the citizen's latest month in it).
   */
  windows: WindowKind;
};

export type WindowKind = 'event' | 'snapshot' | 'latest';

const labelled = (obs: Obs[], labels?: readonly string[]) => {
  const keys = labels ?? [...new Set(obs.map((o) => o.label!))].sort();
  return keys.map((label) => {
    const these = obs.filter((o) => o.label === label);
    return { label, value: citizensOf(these), n: citizensOf(these) };
  });
};

/** Citizens (not courses) in the figure and in each label. */
const citizens: Aggregate = (obs) => ({ n: citizensOf(obs), value: obs.length ? citizensOf(obs) : null, breakdown: labelled(obs) });

/** Retention: the figure is the 3-month retention; the breakdown gives started, and retained after 1 and 3 months. */
const retention: Aggregate = (obs) => {
  const three = obs.filter((o) => o.label === '3m');
  const share = (these: Obs[]) => (these.length ? Math.round((these.reduce((s, o) => s + o.value, 0) / these.length) * 10_000) / 10_000 : null);
  const part = (label: string, f: (these: Obs[]) => number | null) => {
    const these = obs.filter((o) => o.label === label);
    return { label, value: f(these), n: citizensOf(these) };
  };
  return {
    n: citizensOf(three),
    value: share(three),
    breakdown: [part('started', (these) => these.length), part('1m', share), part('3m', share)],
  };
};

const daysBuckets = wholeBuckets([0, 1, 8, 31, 91]);
const attemptBuckets = wholeBuckets([1, 2, 4, 7, 11]);
const pickupBuckets: Bucket[] = [
  { label: '<1', test: (v) => v < 1 },
  { label: '1-2', test: (v) => v >= 1 && v < 2 },
  { label: '2-7', test: (v) => v >= 2 && v < 7 },
  { label: '7+', test: (v) => v >= 7 },
];
/** Caseload against the norm, upper-inclusive: at the norm (1) is within it. */
const ratioBuckets: Bucket[] = [
  { label: '<=0.5', test: (v) => v <= 0.5 },
  { label: '0.5-0.8', test: (v) => v > 0.5 && v <= 0.8 },
  { label: '0.8-1', test: (v) => v > 0.8 && v <= 1 },
  { label: '1-1.2', test: (v) => v > 1 && v <= 1.2 },
  { label: '>1.2', test: (v) => v > 1.2 },
];
const changeBuckets = (rc: number): Bucket[] => [
  { label: 'worsened', test: (v) => v <= -rc },
  { label: 'unchanged', test: (v) => v > -rc && v < rc },
  { label: 'improved', test: (v) => v >= rc },
];

const impls: Record<IndicatorKey, Omit<IndicatorImpl, 'def'>> = {
  citizensByPhase: { observe: citizensByPhase, aggregate: () => citizens, windows: 'snapshot' },
  daysToFirstContact: { observe: daysToFirstContact, aggregate: () => aggregators.median(daysBuckets), windows: 'event' },
  attemptsBeforeFirstContact: { observe: attemptsBeforeFirstContact, aggregate: () => aggregators.median(attemptBuckets), windows: 'event' },
  overdueContacts: { observe: overdueContacts, aggregate: () => aggregators.count(), windows: 'snapshot' },
  inboundBySource: { observe: inboundBySource, aggregate: () => aggregators.count({ labels: inboundLabels }), windows: 'event' },
  referralRetention: { observe: referralRetention, aggregate: () => retention, windows: 'event' },
  midwayOnTime: { observe: midwayOnTime, aggregate: () => aggregators.share(), windows: 'event' },
  supportAtHomecoming: { observe: supportAtHomecoming, aggregate: () => aggregators.share(), windows: 'event' },
  requestToPickup: { observe: requestToPickup, aggregate: () => aggregators.median(pickupBuckets, { digits: 1 }), windows: 'event' },
  ctiCompletedInTime: { observe: ctiCompletedInTime, aggregate: () => aggregators.share({ labels: ['completed', 'completedLate', 'endedOtherwise', 'running'] }), windows: 'event' },
  caseloadPerWorker: { observe: caseloadPerWorker, aggregate: () => aggregators.median(ratioBuckets), windows: 'snapshot' },
  who5Change: { observe: who5Change, aggregate: async (ctx) => aggregators.median(changeBuckets(await who5ReliableChange(ctx)), { digits: 1 }), windows: 'latest' },
  feedbackShare: { observe: feedbackShare, aggregate: () => aggregators.share({ breakdown: 'count' }), windows: 'event' },
  goalsAchieved: { observe: goalsAchieved, aggregate: () => aggregators.share({ labels: goalStatusLabels }), windows: 'event' },
  violentEpisodes: { observe: violentEpisodes, aggregate: () => aggregators.count({ labels: episodeTypeLabels }), windows: 'event' },
  housingKept: { observe: housingKept, aggregate: () => aggregators.share(), windows: 'event' },
};

export const registry: ReadonlyMap<string, IndicatorImpl> = new Map(INDICATORS.map((def) => [def.key, { def, ...impls[def.key] }]));

/** Indicators relevant to a unit with these methods: those for every method, and those for one of them. */
export function relevantTo(methods: string[]): IndicatorImpl[] {
  return [...registry.values()].filter((i) => i.def.methods.length === 0 || i.def.methods.some((m) => methods.includes(m)));
}

import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { episodeSeverities, episodeTypes, type EpisodeTrend, type TrendQuery } from '../../../shared/schemas/residential';
import { inTransaction, type Scope } from '../../access/scope';
import { courses, episodes, measurements, staffWellbeing } from '../../db/schema';
import { forbidden, invalid } from '../../http/problem';
import { addDays, addMonths, today } from '../outreach/dates';
import { monthOf, unitAccess } from '../residential/unit-access';

type Dto = z.infer<typeof EpisodeTrend>;

/** The wellbeing instrument of the trend (residents' measurements and the staff's anonymous answers). */
export const WELLBEING_INSTRUMENT = 'who5';
/** Below this many answers in a month no median is shown: one person's score must never be identifiable. */
export const MIN_ANSWERS = 3;
/** The longest period the trend covers, in months. */
const MAX_MONTHS = 60;

/** Every month (YYYY-MM) from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = `${from.slice(0, 7)}-01`; d.slice(0, 7) <= to.slice(0, 7); d = addMonths(d, 1)) out.push(d.slice(0, 7));
  return out;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Per month: how many answered and, from `MIN_ANSWERS` answers on, their median. */
function wellbeingSeries(months: string[], byMonth: Map<string, number[]>) {
  return months.map((month) => {
    const values = byMonth.get(month) ?? [];
    return { month, n: values.length, median: values.length >= MIN_ANSWERS ? median(values) : null };
  });
}

const push = <K>(map: Map<K, number[]>, key: K, value: number) => map.set(key, [...(map.get(key) ?? []), value]);

/**
 * The unit's episodes month by month (by type, severity and place; how many hurt someone, how many
 * were debriefed) beside the residents' and the staff's wellbeing, for the unit's staff and leader.
 * Counts and medians only: no citizen data, so nothing is logged per citizen.
 */
export function episodeTrend(scope: Scope, unitId: string, q: z.infer<typeof TrendQuery>) {
  return inTransaction(scope, async (s): Promise<Dto> => {
    const unit = await unitAccess(s, unitId);
    if (!unit.staff && !unit.leader) throw forbidden();
    const to = q.to ?? today();
    const from = q.from ?? addMonths(`${to.slice(0, 7)}-01`, -11);
    if (from > to) throw invalid('to', 'invalid_value');
    const months = monthsBetween(from, to);
    if (months.length > MAX_MONTHS) throw invalid('to', 'too_big');
    const start = sql`(${from}::date)::timestamp at time zone 'Europe/Copenhagen'`;
    const end = sql`(${addDays(to, 1)}::date)::timestamp at time zone 'Europe/Copenhagen'`;

    const rows = await s.db
      .select({
        occurredAt: episodes.occurredAt,
        location: episodes.location,
        type: episodes.type,
        severity: episodes.severity,
        anyoneHurt: episodes.anyoneHurt,
        // Qualified by hand: drizzle writes a one-table select's columns bare ("id").
        debriefed: sql<boolean>`exists (select 1 from episode_debriefs d where d.episode_id = "episodes"."id")`,
      })
      .from(episodes)
      .where(and(eq(episodes.unitId, unitId), sql`${episodes.occurredAt} >= ${start}`, sql`${episodes.occurredAt} < ${end}`))
      .orderBy(asc(episodes.occurredAt));

    const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
    const perMonth = new Map(months.map((month) => [month, { month, total: 0, byType: zeros(episodeTypes), bySeverity: zeros(episodeSeverities), hurt: 0, debriefed: 0 }]));
    // Places written slightly differently ("Fællesrum", "fællesrum ") count as one, under the spelling used most (on a tie, the first).
    const places = new Map<string, { spellings: Map<string, number>; total: number; byMonth: Record<string, number> }>();
    for (const r of rows) {
      const month = monthOf(r.occurredAt);
      const m = perMonth.get(month);
      if (!m) continue;
      m.total++;
      m.byType[r.type as (typeof episodeTypes)[number]]++;
      m.bySeverity[r.severity as (typeof episodeSeverities)[number]]++;
      if (r.anyoneHurt) m.hurt++;
      if (r.debriefed) m.debriefed++;
      const key = r.location.trim().toLocaleLowerCase('da');
      const place = places.get(key) ?? { spellings: new Map(), total: 0, byMonth: Object.fromEntries(months.map((mm) => [mm, 0])) };
      place.spellings.set(r.location.trim(), (place.spellings.get(r.location.trim()) ?? 0) + 1);
      place.total++;
      place.byMonth[month]++;
      places.set(key, place);
    }
    const locations = [...places.values()]
      .map((p) => ({ location: [...p.spellings].sort((a, b) => b[1] - a[1])[0][0], total: p.total, byMonth: p.byMonth }))
      .sort((a, b) => b.total - a.total || a.location.localeCompare(b.location, 'da'));

    // Residents: each resident's latest WHO-5 of the month, on their courses in this unit.
    const measured = await s.db
      .select({ citizenId: measurements.citizenId, at: measurements.at, total: measurements.total })
      .from(measurements)
      .innerJoin(courses, eq(courses.id, measurements.courseId))
      .where(and(eq(courses.unitId, unitId), eq(measurements.instrumentKey, WELLBEING_INSTRUMENT), sql`${measurements.at} >= ${start}`, sql`${measurements.at} < ${end}`))
      .orderBy(asc(measurements.at));
    const latest = new Map<string, { month: string; total: number }>();
    for (const m of measured) latest.set(`${m.citizenId}:${monthOf(m.at)}`, { month: monthOf(m.at), total: m.total });
    const residents = new Map<string, number[]>();
    for (const v of latest.values()) push(residents, v.month, v.total);

    // Staff: the anonymous answers of each month (one per member and month).
    const answers = await s.db
      .select({ month: staffWellbeing.month, total: staffWellbeing.total })
      .from(staffWellbeing)
      .where(and(eq(staffWellbeing.unitId, unitId), eq(staffWellbeing.instrumentKey, WELLBEING_INSTRUMENT), gte(staffWellbeing.month, months[0]), lte(staffWellbeing.month, months[months.length - 1])));
    const staff = new Map<string, number[]>();
    for (const a of answers) push(staff, a.month, a.total);

    return {
      unitId,
      from,
      to,
      months: [...perMonth.values()],
      locations,
      wellbeing: { instrument: WELLBEING_INSTRUMENT, residents: wellbeingSeries(months, residents), staff: wellbeingSeries(months, staff) },
    };
  });
}

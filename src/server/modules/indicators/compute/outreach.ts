import { sql } from 'drizzle-orm';
import { inboundSourcesAll } from '../../../../shared/schemas/bridging';
import { contactOutcomes } from '../../../../shared/schemas/outreach';

export const inboundLabels = inboundSourcesAll;
import { nextDueDay } from '../../outreach/summary';
import type { Obs } from '../aggregate';
import { snapshotDay, windowsOf } from '../period';
import { at, groupBy, localDay, rows, type ComputeCtx } from './context';

type FirstContact = { course_id: string; citizen_id: string; contact_on: string; attempts: number; days: number };

/**
 * The unit's outreach courses with a first contact: the first attempt (by time) with a contact
 * outcome, the number of attempts up to and including it, and the Danish calendar days from the
 * course's first attempt to it. Shared by daysToFirstContact and attemptsBeforeFirstContact.
 */
async function firstContacts(ctx: ComputeCtx): Promise<FirstContact[]> {
  const outcomes = sql.join(contactOutcomes.map((o) => sql`${o}`), sql`, `);
  return rows<FirstContact>(
    ctx,
    sql`with a as (
          select ca.course_id, ca.citizen_id, ca.at, ca.outcome,
                 row_number() over (partition by ca.course_id order by ca.at, ca.created_at, ca.id)::int as rn
            from contact_attempts ca join courses c on c.id = ca.course_id
           where c.unit_id = ${ctx.unit.id} and c.method = 'outreach'),
        fc as (select course_id, min(rn) as rn from a where outcome in (${outcomes}) group by course_id)
        select a.course_id, a.citizen_id, ${localDay('a.at')} as contact_on, fc.rn as attempts,
               (${localDay('a.at')}::date - ${localDay('f.at')}::date)::int as days
          from fc join a on a.course_id = fc.course_id and a.rn = fc.rn
                  join a f on f.course_id = fc.course_id and f.rn = 1
         where ${localDay('a.at')} between ${ctx.period.from} and ${ctx.period.to}`,
  );
}

export async function daysToFirstContact(ctx: ComputeCtx): Promise<Obs[]> {
  return (await firstContacts(ctx)).flatMap((r) => at(windowsOf(ctx.period, r.contact_on), { value: r.days, citizens: [r.citizen_id], courseIds: [r.course_id] }));
}

export async function attemptsBeforeFirstContact(ctx: ComputeCtx): Promise<Obs[]> {
  return (await firstContacts(ctx)).flatMap((r) => at(windowsOf(ctx.period, r.contact_on), { value: r.attempts, citizens: [r.citizen_id], courseIds: [r.course_id] }));
}

/**
 * Per window, on its snapshot day D: the unit's outreach courses running on D (started on or
 * before D, not ended by D), each 1 if its next contact attempt was overdue on D and 0 if not, by
 * the rule of the course summary: due `cadence` days after the last attempt made by D (or the
 * course start), with the cadence of the contact plan version in force on D, or earlier if that
 * attempt planned the next one earlier.
 */
export async function overdueContacts(ctx: ComputeCtx): Promise<Obs[]> {
  const courses = await rows<{ id: string; citizen_id: string; start_date: string; ended_on: string | null }>(
    ctx,
    sql`select id, citizen_id, start_date::text as start_date, ${localDay('ended_at')} as ended_on
          from courses where unit_id = ${ctx.unit.id} and method = 'outreach' and start_date <= ${ctx.period.to}::date
           and (ended_at is null or ${localDay('ended_at')} > ${ctx.period.from})`,
  );
  if (courses.length === 0) return [];
  const ids = courses.map((c) => c.id);
  const inCourses = sql`course_id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`;
  const attempts = await rows<{ course_id: string; at: string; outcome: string; next_planned_at: string | null }>(
    ctx,
    sql`select course_id, to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, outcome,
               to_char(next_planned_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as next_planned_at
          from contact_attempts where ${inCourses} order by at`,
  );
  const plans = await rows<{ course_id: string; made_on: string; cadence_days: number }>(
    ctx,
    sql`select course_id, ${localDay('created_at')} as made_on, cadence_days from contact_plans where ${inCourses} order by version`,
  );
  // Each attempt's Danish day and planned day, once: per window only the last attempt made by then counts.
  const attemptsOf = groupBy(
    attempts.map((a) => ({ courseId: a.course_id, day: summaryDay(new Date(a.at)), plannedDay: a.next_planned_at ? summaryDay(new Date(a.next_planned_at)) : null })),
    (a) => a.courseId,
  );
  const plansOf = groupBy(plans, (p) => p.course_id);
  const out: Obs[] = [];
  for (const w of ctx.period.windows) {
    const day = snapshotDay(w, ctx.period.today);
    if (!day) continue;
    for (const c of courses.filter((x) => x.start_date <= day && (!x.ended_on || x.ended_on > day))) {
      const last = lastBy(attemptsOf.get(c.id) ?? [], (a) => a.day, day);
      const plan = lastBy(plansOf.get(c.id) ?? [], (p) => p.made_on, day);
      const due = nextDueDay({ status: 'active', startDate: c.start_date, cadenceDays: plan?.cadence_days ?? null }, last?.day ?? null, last?.plannedDay ?? null);
      out.push({ window: w.key, value: due !== null && due < day ? 1 : 0, citizens: [c.citizen_id], courseIds: [c.id] });
    }
  }
  return out;
}

/** The last item (in their order, which is by day) whose day is on or before `day`: a binary search. */
function lastBy<T>(items: T[], dayOf: (item: T) => string, day: string): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dayOf(items[mid]) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? items[lo - 1] : undefined;
}

const dayFmt = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' });
const summaryDay = (d: Date) => dayFmt.format(d);

/** Inbound referrals (henvendelser) to the unit received in the period, by source. */
export async function inboundBySource(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ id: string; received_on: string; source_type: string; citizen_id: string | null; course_id: string | null }>(
    ctx,
    sql`select id, received_on::text as received_on, source_type, citizen_id, course_id from inbound_referrals
         where unit_id = ${ctx.unit.id} and received_on between ${ctx.period.from}::date and ${ctx.period.to}::date`,
  );
  // n counts the referrals: most are about someone not yet identified, so each one counts as a citizen of its own.
  return found.flatMap((r) => at(windowsOf(ctx.period, r.received_on), { value: 1, label: r.source_type, citizens: [`inbound:${r.id}`], courseIds: r.course_id ? [r.course_id] : [] }));
}

import { sql } from 'drizzle-orm';
import { builtInInstruments, findInstrument } from '../../../instruments';
import { addDays } from '../../outreach/dates';
import type { Obs } from '../aggregate';
import { windowsOf } from '../period';
import { at, groupBy, localDay, rows, type ComputeCtx } from './context';

export const WHO5 = 'who5';

/** The reliable change of WHO-5 as the organisation has it (shipped: 10 points). */
export async function who5ReliableChange(ctx: ComputeCtx): Promise<number> {
  return (await findInstrument(ctx.s.db, ctx.unit.organisationId, WHO5))?.reliableChange ?? 10;
}

/**
 * Citizens with a WHO-5 measurement on a course of the unit in the window: the total (0–100) of
 * their last one in the window minus that of their first ever on the unit's courses; a citizen whose
 * only measurement is the first is not counted.
 */
export async function who5Change(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ citizen_id: string; course_id: string; day: string; total: number }>(
    ctx,
    sql`select m.citizen_id, m.course_id, ${localDay('m.at')} as day, m.total::float8 as total
          from measurements m join courses c on c.id = m.course_id
         where c.unit_id = ${ctx.unit.id} and m.instrument_key = ${WHO5} and ${localDay('m.at')} <= ${ctx.period.to}
         order by m.citizen_id, m.at, m.created_at, m.id`,
  );
  const out: Obs[] = [];
  for (const [citizenId, series] of groupBy(found, (m) => m.citizen_id)) {
    const first = series[0];
    for (const w of ctx.period.windows) {
      const inWindow = series.filter((m) => m.day >= w.start && m.day <= w.end);
      const last = inWindow.at(-1);
      if (!last || last === first) continue;
      out.push({ window: w.key, value: last.total - first.total, citizens: [citizenId], courseIds: [...new Set([first.course_id, last.course_id])] });
    }
  }
  return out;
}

/** SQL: the instrument of measurement `m` is a session-feedback instrument (the organisation's latest version, else the shipped one). */
function isSessionInstrument() {
  const shipped = builtInInstruments.filter((i) => i.kind === 'session').map((i) => i.key);
  return sql`coalesce((select iv.definition->>'kind' from instrument_versions iv
                        where iv.organisation_id = m.organisation_id and iv.key = m.instrument_key order by iv.version desc limit 1),
                      case when m.instrument_key in (${sql.join(shipped.map((k) => sql`${k}`), sql`, `)}) then 'session' end) = 'session'`;
}

/**
 * Sessions and contacts with the citizen logged on the unit's courses in the period (not
 * coordination contacts with other services): 1 when session feedback was given — a session
 * instrument answered for that session, or on the same course the same day — else 0.
 */
export async function feedbackShare(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ id: string; course_id: string; citizen_id: string; day: string; feedback: boolean }>(
    ctx,
    sql`select s.id, s.course_id, c.citizen_id, ${localDay('s.at')} as day,
               exists (select 1 from measurements m
                        where (m.session_id = s.id or (m.course_id = s.course_id and ${localDay('m.at')} = ${localDay('s.at')}))
                          and ${isSessionInstrument()}) as feedback
          from course_sessions s join courses c on c.id = s.course_id
         where c.unit_id = ${ctx.unit.id} and s.kind <> 'coordination'
           and ${localDay('s.at')} between ${ctx.period.from} and ${ctx.period.to}`,
  );
  return found.flatMap((r) => at(windowsOf(ctx.period, r.day), { value: r.feedback ? 1 : 0, citizens: [r.citizen_id], courseIds: [r.course_id] }));
}

export const goalStatusLabels = ['active', 'achieved', 'paused', 'dropped'] as const;

/** Goals set on the unit's courses in the period: 1 when the goal's status now is achieved. Labelled by status now. */
export async function goalsAchieved(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ citizen_id: string; course_id: string; day: string; status: string }>(
    ctx,
    sql`select g.citizen_id, g.course_id, ${localDay('g.created_at')} as day, g.status
          from goals g join courses c on c.id = g.course_id
         where c.unit_id = ${ctx.unit.id} and ${localDay('g.created_at')} between ${ctx.period.from} and ${ctx.period.to}`,
  );
  return found.flatMap((r) => at(windowsOf(ctx.period, r.day), { value: r.status === 'achieved' ? 1 : 0, label: r.status, citizens: [r.citizen_id], courseIds: [r.course_id] }));
}

/** Days after the start when the 1- and 3-month retention checks are made (as the referrals module). */
const RETENTION = { '1m': 30, '3m': 91 } as const;

/**
 * Referrals from the unit's courses whose citizen started the offer in the period, judged once
 * their check day has come (start + 30 days, start + 91 days; not after today): 1 when the
 * retention was recorded (retained after 1 month: retained_1m or retained_3m; after 3 months:
 * retained_3m), else 0. Labels: '1m', '3m'; plus one 'started' observation per referral.
 */
export async function referralRetention(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ citizen_id: string; course_id: string; started_on: string; r1: boolean; r3: boolean }>(
    ctx,
    sql`select r.citizen_id, r.course_id, r.started_on::text as started_on,
               exists (select 1 from referral_events e where e.referral_id = r.id and e.status in ('retained_1m', 'retained_3m')) or r.status in ('retained_1m', 'retained_3m') as r1,
               exists (select 1 from referral_events e where e.referral_id = r.id and e.status = 'retained_3m') or r.status = 'retained_3m' as r3
          from referrals r join courses c on c.id = r.course_id
         where c.unit_id = ${ctx.unit.id} and r.started_on between ${ctx.period.from}::date and ${ctx.period.to}::date`,
  );
  return found.flatMap((r) => {
    const base = { citizens: [r.citizen_id], courseIds: [r.course_id] };
    const windows = windowsOf(ctx.period, r.started_on);
    const obs = at(windows, { ...base, value: 1, label: 'started' });
    for (const [label, days] of Object.entries(RETENTION)) {
      if (addDays(r.started_on, days) <= ctx.period.today) obs.push(...at(windows, { ...base, value: (label === '1m' ? r.r1 : r.r3) ? 1 : 0, label }));
    }
    return obs;
  });
}

export const episodeTypeLabels = ['threat', 'violence', 'self_harm', 'damage'] as const;

/** Violent or threatening episodes registered at the unit (a residence) that occurred in the period, by type. n counts episodes. */
export async function violentEpisodes(ctx: ComputeCtx): Promise<Obs[]> {
  const found = await rows<{ id: string; day: string; type: string }>(
    ctx,
    sql`select id, ${localDay('occurred_at')} as day, type from episodes
         where unit_id = ${ctx.unit.id} and ${localDay('occurred_at')} between ${ctx.period.from} and ${ctx.period.to}`,
  );
  return found.flatMap((r) => at(windowsOf(ctx.period, r.day), { value: 1, label: r.type, citizens: [`episode:${r.id}`], courseIds: [] }));
}


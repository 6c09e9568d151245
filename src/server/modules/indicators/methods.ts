import { sql } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import type { UnitInfo } from './compute/context';

/** The unit's methods: its team method or kind, and the methods of its courses running in the period. */
export async function methodsOf(s: Scope, unit: UnitInfo, from: string, to: string): Promise<string[]> {
  const byKind: Record<string, string> = { residential: 'residential', crisis_center: 'crisis_stay' };
  const res = (await s.db.execute(
    sql`select distinct method from courses where unit_id = ${unit.id} and start_date <= ${to}::date
         and (ended_at is null or ((ended_at at time zone 'Europe/Copenhagen')::date) >= ${from}::date)`,
  )) as unknown as { rows: { method: string }[] };
  const found = [unit.teamMethod, byKind[unit.kind], ...res.rows.map((r) => r.method)].filter((m): m is string => Boolean(m));
  return [...new Set(found)].sort();
}


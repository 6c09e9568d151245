import { sql, type SQL } from 'drizzle-orm';
import type { Scope } from '../../../access/scope';
import type { Obs } from '../aggregate';
import type { Period } from '../period';

export type UnitInfo = { id: string; name: string; kind: string; organisationId: string; teamMethod: string | null };

/** What a compute function gets: the scope (a transaction), the unit and the resolved period. */
export type ComputeCtx = { s: Scope; unit: UnitInfo; period: Period };

/** A compute function: the observations of every window of the period (see Obs). */
export type Observe = (ctx: ComputeCtx) => Promise<Obs[]>;

/** Rows of a raw query (the same on PGlite and node-postgres; cast numbers and dates in SQL). */
export async function rows<T>(ctx: ComputeCtx, query: SQL): Promise<T[]> {
  const res = (await ctx.s.db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** A timestamp column as a Danish calendar day ('YYYY-MM-DD'). */
export const localDay = (col: string) => sql.raw(`((${col}) at time zone 'Europe/Copenhagen')::date::text`);

/** One observation per window the dated thing falls in. */
export const at = (windows: string[], o: Omit<Obs, 'window'>): Obs[] => windows.map((window) => ({ window, ...o }));

/** Items grouped by a key, in their order. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

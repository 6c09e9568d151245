import { inArray, sql } from 'drizzle-orm';
import type { Scope } from '../../access/scope';
import { citizens } from '../../db/schema';

/** Display names (name, else alias) of citizens already checked as visible by the caller. */
export async function displayNames(scope: Scope, citizenIds: string[]): Promise<Map<string, string>> {
  if (citizenIds.length === 0) return new Map();
  const rows = await scope.db
    .select({ id: citizens.id, name: sql<string>`coalesce(${citizens.name}, ${citizens.alias}, '')` })
    .from(citizens)
    .where(inArray(citizens.id, [...new Set(citizenIds)]));
  return new Map(rows.map((r) => [r.id, r.name]));
}

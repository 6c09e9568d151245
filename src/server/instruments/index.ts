import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { instrumentVersions } from '../db/schema';
import type { InstrumentDefinition } from './model';
import { sessionFeedback } from './session-feedback';
import { who5 } from './who5';

export const builtInInstruments: readonly InstrumentDefinition[] = [who5, sessionFeedback];
export type { InstrumentDefinition } from './model';

/**
 * An instrument as an organisation has it: its own latest (or given) version, else the shipped one.
 * Returns undefined for a key the organisation does not have.
 */
export async function findInstrument(db: Db, organisationId: string, key: string, version?: number): Promise<InstrumentDefinition | undefined> {
  const where = [eq(instrumentVersions.organisationId, organisationId), eq(instrumentVersions.key, key)];
  if (version !== undefined) where.push(eq(instrumentVersions.version, version));
  const [row] = await db.select().from(instrumentVersions).where(and(...where)).orderBy(desc(instrumentVersions.version)).limit(1);
  if (row) return row.definition as unknown as InstrumentDefinition;
  const builtIn = builtInInstruments.find((i) => i.key === key);
  return builtIn && (version === undefined || version === builtIn.version) ? builtIn : undefined;
}

/** Every instrument of an organisation, in its latest version: the shipped ones first. */
export async function instrumentsOf(db: Db, organisationId: string): Promise<InstrumentDefinition[]> {
  const rows = await db.select().from(instrumentVersions).where(eq(instrumentVersions.organisationId, organisationId)).orderBy(desc(instrumentVersions.version));
  const latest = new Map<string, InstrumentDefinition>();
  for (const r of rows) if (!latest.has(r.key)) latest.set(r.key, r.definition as unknown as InstrumentDefinition);
  const shipped = builtInInstruments.map((b) => latest.get(b.key) ?? b);
  const own = [...latest.values()].filter((d) => !builtInInstruments.some((b) => b.key === d.key));
  return [...shipped, ...own.sort((a, b) => a.key.localeCompare(b.key))];
}

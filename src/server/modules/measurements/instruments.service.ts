import { and, count, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Instrument, InstrumentBody, InstrumentCreate } from '../../../shared/schemas/measurements';
import { inTransaction, type Scope } from '../../access/scope';
import { instrumentVersions, measurements } from '../../db/schema';
import { AppError, conflict, forbidden, notFound } from '../../http/problem';
import { builtInInstruments, findInstrument, instrumentsOf, type InstrumentDefinition } from '../../instruments';
import { totalRange } from '../../instruments/scoring';
import { lockKey } from '../crisis/crisis.repo';

type Dto = z.infer<typeof Instrument>;

export function instrumentDto(d: InstrumentDefinition, organisationId: string | null): Dto {
  const builtIn = builtInInstruments.some((b) => b.key === d.key);
  return { ...d, builtIn, organisationId: builtIn && d.version === 1 ? null : organisationId, range: totalRange(d), flags: d.flags };
}

/** The organisation whose instruments the caller uses: the one asked for (a member's), else their first. */
function organisationOf(s: Scope, organisationId?: string) {
  const org = organisationId ?? s.access.actor.memberships[0]?.organisationId;
  if (!org || !s.access.actor.memberships.some((m) => m.organisationId === org)) throw notFound();
  return org;
}

export function listInstruments(scope: Scope, organisationId?: string) {
  return inTransaction(scope, async (s) => {
    const org = organisationOf(s, organisationId);
    return { items: (await instrumentsOf(s.db, org)).map((d) => instrumentDto(d, org)) };
  });
}

function definitionOf(key: string, version: number, b: z.infer<typeof InstrumentBody>): InstrumentDefinition {
  return {
    key,
    version,
    name: b.name,
    kind: b.kind,
    intro: b.intro,
    credit: b.credit ?? null,
    items: b.items.map((i) => ({ ...i, integer: i.integer ?? true })),
    scoring: { method: 'sum', multiplier: b.multiplier ?? 1 },
    cutoffs: b.cutoffs ?? [],
    reliableChange: b.reliableChange,
    ...(b.flags ? { flags: b.flags } : {}),
  };
}

function requireAdmin(s: Scope, organisationId: string) {
  if (!s.access.organisationsWith('admin.manage').includes(organisationId)) throw forbidden();
}

/** Adds an organisation's own instrument (e.g. a licensed ORS/SRS) as version 1. */
export function createInstrument(scope: Scope, body: z.infer<typeof InstrumentCreate>) {
  return inTransaction(scope, async (s) => {
    requireAdmin(s, body.organisationId);
    await lockKey(s.db, `instrument:${body.organisationId}:${body.key}`);
    if (await findInstrument(s.db, body.organisationId, body.key)) throw conflict('name_taken');
    const def = definitionOf(body.key, 1, body);
    await s.db.insert(instrumentVersions).values({ organisationId: body.organisationId, key: body.key, version: 1, definition: def, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'instrument.update', citizenId: null, organisationId: body.organisationId, context: { key: body.key, version: 1 } }]);
    return instrumentDto(def, body.organisationId);
  });
}

/**
 * Edits an instrument by saving a new version; measurements keep the version they were given with.
 * With `version`, corrects that (latest) version in place — refused once any score was given with it,
 * since that would change past scores.
 */
export function updateInstrument(scope: Scope, key: string, body: z.infer<typeof InstrumentBody>) {
  return inTransaction(scope, async (s) => {
    requireAdmin(s, body.organisationId);
    await lockKey(s.db, `instrument:${body.organisationId}:${key}`);
    const current = await findInstrument(s.db, body.organisationId, key);
    if (!current) throw notFound();
    let version = current.version + 1;
    if (body.version !== undefined) {
      if (body.version !== current.version) throw conflict('stale_version');
      const [{ n }] = await s.db
        .select({ n: count() })
        .from(measurements)
        .where(and(eq(measurements.organisationId, body.organisationId), eq(measurements.instrumentKey, key), eq(measurements.instrumentVersion, body.version)));
      const shipped = builtInInstruments.some((b) => b.key === key && b.version === body.version);
      if (n > 0 || shipped) throw new AppError(409, 'instrument_in_use');
      version = body.version;
      await s.db.delete(instrumentVersions).where(and(eq(instrumentVersions.organisationId, body.organisationId), eq(instrumentVersions.key, key), eq(instrumentVersions.version, version)));
    }
    const def = definitionOf(key, version, body);
    await s.db.insert(instrumentVersions).values({ organisationId: body.organisationId, key, version, definition: def, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'instrument.update', citizenId: null, organisationId: body.organisationId, context: { key, version } }]);
    return instrumentDto(def, body.organisationId);
  });
}

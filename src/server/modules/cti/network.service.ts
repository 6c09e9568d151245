import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Network, NetworkBody } from '../../../shared/schemas/cti';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { citizenNetworks, citizens } from '../../db/schema';
import { newId } from '../../db/ids';
import { forbidden, notFound } from '../../http/problem';
import { findAccessUnits } from '../citizens/citizens.repo';
import { lockKey } from '../crisis/crisis.repo';
import { userNames } from '../outreach/outreach.repo';

type NetworkDto = z.infer<typeof Network>;

/**
 * What the caller may do with a citizen's network: read it with note access in a unit through which
 * they see the citizen (it names other people), edit it where they may update the citizen.
 */
async function networkAccess(s: Scope, citizenId: string) {
  if (!(await allowedCitizenIds(s, [citizenId])).has(citizenId)) throw notFound();
  const units = await findAccessUnits(s, citizenId);
  const canRead = units.some((u) => s.access.has('note.read', u));
  if (!canRead) throw forbidden();
  const [c] = await s.db.select({ organisationId: citizens.organisationId }).from(citizens).where(eq(citizens.id, citizenId));
  return { organisationId: c.organisationId, canEdit: units.some((u) => s.access.has('citizen.update', u)) };
}

async function view(s: Scope, citizenId: string, canEdit: boolean): Promise<NetworkDto> {
  const [latest] = await s.db.select().from(citizenNetworks).where(eq(citizenNetworks.citizenId, citizenId)).orderBy(desc(citizenNetworks.version)).limit(1);
  const names = await userNames(s, latest ? [latest.byUserId] : []);
  return {
    citizenId,
    version: latest?.version ?? 0,
    entries: (latest?.entries ?? []) as NetworkDto['entries'],
    note: latest?.note ?? null,
    by: latest ? { id: latest.byUserId, displayName: names.get(latest.byUserId) ?? '' } : null,
    at: latest?.at.toISOString() ?? null,
    canEdit,
  };
}

export function getNetwork(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    const { organisationId, canEdit } = await networkAccess(s, citizenId);
    await s.audit([{ action: 'citizen.read', citizenId, organisationId, context: { purpose: 'network' } }]);
    return view(s, citizenId, canEdit);
  });
}

/** Saves the network as a new version; entries keep their ids so a relation can be followed over time. */
export function saveNetwork(scope: Scope, citizenId: string, body: z.infer<typeof NetworkBody>) {
  return inTransaction(scope, async (s) => {
    const { organisationId, canEdit } = await networkAccess(s, citizenId);
    if (!canEdit) throw forbidden();
    await lockKey(s.db, `network:${citizenId}`);
    const [latest] = await s.db.select({ version: citizenNetworks.version }).from(citizenNetworks).where(eq(citizenNetworks.citizenId, citizenId)).orderBy(desc(citizenNetworks.version)).limit(1);
    const entries = body.entries.map((e) => ({
      id: e.id ?? newId(),
      name: e.name,
      kind: e.kind,
      relation: e.relation,
      contact: e.contact ?? null,
      citizenView: e.citizenView,
      citizenSays: e.citizenSays ?? null,
    }));
    await s.db.insert(citizenNetworks).values({ citizenId, version: (latest?.version ?? 0) + 1, entries, note: body.note ?? null, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'citizen.update', citizenId, organisationId, context: { fields: ['network'] } }]);
    return view(s, citizenId, canEdit);
  });
}

import { desc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { CollaborationModel, CollaborationModelCreate } from '../../../shared/schemas/residential';
import { inTransaction, type Scope } from '../../access/scope';
import { collaborationModels } from '../../db/schema';
import { newId } from '../../db/ids';
import { forbidden } from '../../http/problem';
import { userNames } from '../outreach/outreach.repo';
import { unitAccess, type UnitAccess } from '../residential/unit-access';

/**
 * Core element 5: the unit's written collaboration models (internal, or with an external partner).
 * Every member of the unit reads them; the leader (or the organisation's administrator) writes them.
 */

type ModelRow = typeof collaborationModels.$inferSelect;
type Dto = z.infer<typeof CollaborationModel>;

/** The unit's leader or the organisation's administrator: may change the unit's settings. */
export const canManageUnit = (u: UnitAccess) => u.leader || u.admin;

async function modelDtos(s: Scope, rows: ModelRow[]): Promise<Dto[]> {
  const names = await userNames(s, rows.map((m) => m.byUserId));
  return rows.map((m) => ({
    id: m.id,
    unitId: m.unitId,
    title: m.title,
    partner: m.partner,
    body: m.body,
    validFrom: m.validFrom,
    by: { id: m.byUserId, displayName: names.get(m.byUserId) ?? '' },
    at: m.at.toISOString(),
  }));
}

export function listModels(scope: Scope, unitId: string) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, unitId);
    const rows = await s.db.select().from(collaborationModels).where(eq(collaborationModels.unitId, unitId)).orderBy(desc(collaborationModels.validFrom), desc(collaborationModels.at));
    return { items: await modelDtos(s, rows), canEdit: canManageUnit(unit) };
  });
}

export function createModel(scope: Scope, unitId: string, body: z.infer<typeof CollaborationModelCreate>) {
  return inTransaction(scope, async (s) => {
    const unit = await unitAccess(s, unitId);
    if (!canManageUnit(unit)) throw forbidden();
    const row: ModelRow = { id: newId(), unitId, title: body.title, partner: body.partner ?? null, body: body.body, validFrom: body.validFrom, byUserId: s.access.actor.userId, at: new Date() };
    await s.db.insert(collaborationModels).values(row);
    await s.audit([{ action: 'unitSettings.update', citizenId: null, organisationId: unit.organisationId, context: { record: 'collaborationModel', id: row.id } }]);
    return (await modelDtos(s, [row]))[0];
  });
}

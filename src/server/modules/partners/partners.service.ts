import type { z } from 'zod';
import type { Partner, PartnerActivityCreate, PartnerCreate } from '../../../shared/schemas/bridging';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { forbidden, notFound } from '../../http/problem';
import { catalogOrganisations } from '../offers/offers.service';
import { findPartners, insertPartner, insertPartnerActivity } from './partners.repo';

type PartnerDto = z.infer<typeof Partner>;

function toPartner(p: Awaited<ReturnType<typeof findPartners>>[number]): PartnerDto {
  return {
    id: p.id,
    name: p.name,
    type: p.type as PartnerDto['type'],
    address: p.address,
    phone: p.phone,
    email: p.email,
    notes: p.notes,
    contacts: p.contacts.map(({ id, name, role, phone, email }) => ({ id, name, role, phone, email })),
    activities: p.activities.map(({ partnerId: _, kind, ...a }) => ({ ...a, kind: kind as 'meeting' | 'communication' })),
  };
}

export async function listPartners(scope: Scope) {
  return { items: (await findPartners(scope.db, catalogOrganisations(scope))).map(toPartner) };
}

export async function getPartner(scope: Scope, id: string) {
  const [p] = await findPartners(scope.db, catalogOrganisations(scope), id);
  if (!p) throw notFound();
  return toPartner(p);
}

export function createPartner(scope: Scope, body: z.infer<typeof PartnerCreate>) {
  const orgs = scope.access.organisationsWith('catalog.manage');
  if (orgs.length === 0) throw forbidden();
  return inTransaction(scope, async (s) => {
    const { contacts, ...fields } = body;
    const id = newId();
    await insertPartner(s.db, { ...fields, id, organisationId: orgs[0] }, (contacts ?? []).map((c) => ({ ...c, id: newId() })));
    return getPartner(s, id);
  });
}

/** Logs a meeting with a partner or a communication (PR) activity, for one of the user's units. */
export async function logPartnerActivity(scope: Scope, partnerId: string, body: z.infer<typeof PartnerActivityCreate>) {
  if (!scope.access.has('catalog.manage', body.unitId)) throw forbidden();
  await getPartner(scope, partnerId);
  await insertPartnerActivity(scope.db, { id: newId(), partnerId, ...body, byUserId: scope.access.actor.userId });
  return getPartner(scope, partnerId);
}

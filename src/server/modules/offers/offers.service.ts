import type { z } from 'zod';
import type { Offer, OfferCreate, OfferQuery, OfferUpdate } from '../../../shared/schemas/bridging';
import type { Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { forbidden, notFound } from '../../http/problem';
import { addDays, today } from '../outreach/dates';
import { findOffer, findOffers, insertOffer, updateOffer, type OfferRow } from './offers.repo';

/** Organisations whose catalogs the user can read: any unit membership there. */
export function catalogOrganisations(scope: Scope): string[] {
  const orgs = [...new Set(scope.access.actor.memberships.filter((m) => m.unitId).map((m) => m.organisationId))];
  if (orgs.length === 0) throw forbidden();
  return orgs;
}

function manageableOrganisation(scope: Scope, organisationId?: string): string {
  const orgs = scope.access.organisationsWith('catalog.manage');
  const org = organisationId ?? orgs[0];
  if (!org || !orgs.includes(org)) throw forbidden();
  return org;
}

type OfferDto = z.infer<typeof Offer>;

export function toOffer(scope: Scope, o: OfferRow): OfferDto {
  const staleBefore = addDays(today(), -scope.config.waitingTimeStaleDays);
  return {
    id: o.id,
    name: o.name,
    category: o.category as OfferDto['category'],
    sector: o.sector as OfferDto['sector'],
    provider: o.provider,
    legalBasis: o.legalBasis,
    address: o.address,
    contactPerson: o.contactPerson,
    phone: o.phone,
    email: o.email,
    description: o.description,
    waitingTimeDays: o.waitingTimeDays,
    waitingTimeConfirmedOn: o.waitingTimeConfirmedOn,
    waitingTimeStale: !o.waitingTimeConfirmedOn || o.waitingTimeConfirmedOn < staleBefore,
    active: o.active,
  };
}

export async function listOffers(scope: Scope, q: z.infer<typeof OfferQuery>) {
  const rows = await findOffers(scope.db, catalogOrganisations(scope), { ...q, includeInactive: q.includeInactive === 'true' });
  return { items: rows.map((o) => toOffer(scope, o)) };
}

export async function createOffer(scope: Scope, body: z.infer<typeof OfferCreate>) {
  const id = newId();
  const confirmed = body.waitingTimeDays != null ? (body.waitingTimeConfirmedOn ?? today()) : null;
  await insertOffer(scope.db, { ...body, id, organisationId: manageableOrganisation(scope), waitingTimeConfirmedOn: confirmed });
  return toOffer(scope, (await findOffer(scope.db, id))!);
}

export async function editOffer(scope: Scope, id: string, body: z.infer<typeof OfferUpdate>) {
  const offer = await findOffer(scope.db, id);
  if (!offer || !catalogOrganisations(scope).includes(offer.organisationId)) throw notFound();
  manageableOrganisation(scope, offer.organisationId);
  // A new waiting time counts as confirmed today unless a date is given.
  const confirmed = body.waitingTimeDays !== undefined && body.waitingTimeConfirmedOn === undefined ? { waitingTimeConfirmedOn: today() } : {};
  await updateOffer(scope.db, id, { ...body, ...confirmed } as Partial<OfferRow>);
  return toOffer(scope, (await findOffer(scope.db, id))!);
}

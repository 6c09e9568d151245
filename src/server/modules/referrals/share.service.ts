import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Share } from '../../../shared/schemas/bridging';
import { inTransaction, type Scope } from '../../access/scope';
import { citizens } from '../../db/schema';
import { newId } from '../../db/ids';
import { forbidden, notFound } from '../../http/problem';
import { sharingBasis } from '../consents/consents.service';
import { findOffer } from '../offers/offers.repo';
import { courseFor } from '../outreach/outreach.service';
import { findReferral, insertShare } from './referrals.repo';

/**
 * Sends a referral's details to the offer's provider. Allowed only on a consent that is valid at
 * this moment (covering sharing *to* someone) or a recorded legal basis; otherwise refused with the
 * reason and nothing is shared. Every share is recorded and appears in the access log.
 */
export function shareReferral(scope: Scope, referralId: string, consentId: string | undefined): Promise<z.infer<typeof Share>> {
  return inTransaction(scope, async (s) => {
    const referral = await findReferral(s, referralId);
    if (!referral) throw notFound();
    const { unitName, canWork } = await courseFor(s, referral.courseId);
    if (!canWork) throw forbidden();
    const offer = (await findOffer(s.db, referral.offerId))!;
    const recipient = `${offer.provider} — ${offer.name}`;
    const basis = await sharingBasis(s, referral.citizenId, [offer.provider, offer.name], consentId);
    const [citizen] = await s.db.select({ name: citizens.name, alias: citizens.alias }).from(citizens).where(eq(citizens.id, referral.citizenId));
    const id = newId();
    const sharedAt = new Date();
    await insertShare(s, { id, organisationId: referral.organisationId, citizenId: referral.citizenId, referralId, consentId: basis.id, recipient, sharedBy: s.access.actor.userId, sharedAt }, referral);
    return {
      id,
      recipient,
      sharedAt: sharedAt.toISOString(),
      consentId: basis.id,
      basis: { kind: basis.kind as 'consent' | 'legal_basis', purpose: basis.purpose, validTo: basis.validTo },
      content: { citizen: citizen.name ?? citizen.alias ?? '', offer: offer.name, note: referral.note, worker: s.access.actor.displayName, unit: unitName },
    };
  });
}

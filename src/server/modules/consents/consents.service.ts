import type { z } from 'zod';
import type { Consent, ConsentCreate } from '../../../shared/schemas/bridging';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { AppError, forbidden, notFound } from '../../http/problem';
import { findAccessUnits } from '../citizens/citizens.repo';
import { today } from '../outreach/dates';
import { findConsent, insertConsent, readConsents, withdrawConsentRow, type ConsentRow } from './consents.repo';
import { citizens, consents } from '../../db/schema';
import { eq } from 'drizzle-orm';

type ConsentDto = z.infer<typeof Consent>;

/**
 * A citizen the caller sees, and whether they may record on it (worker level in one of its units).
 * Consents and §141 plans are part of the full record: a peer worker, who sees a resident through an
 * agreement only, is refused them.
 */
export async function visibleCitizen(s: Scope, citizenId: string) {
  const via = (await allowedCitizenIds(s, [citizenId])).get(citizenId);
  if (!via) throw notFound();
  const [row] = await s.db.select({ id: citizens.id, organisationId: citizens.organisationId }).from(citizens).where(eq(citizens.id, citizenId));
  if (!row) throw notFound();
  const units = await findAccessUnits(s, citizenId);
  if (via === 'course' && !units.some((u) => s.access.has('citizen.read', u))) throw forbidden();
  return { citizen: row, canWork: units.some((u) => s.access.has('citizen.update', u)) };
}

/** Valid now: not withdrawn, and today within valid from–to. */
export function isValidNow(c: Pick<ConsentRow, 'withdrawnAt' | 'validFrom' | 'validTo'>, day = today()): boolean {
  return !c.withdrawnAt && c.validFrom <= day && (!c.validTo || c.validTo >= day);
}

/**
 * The consent or legal basis that allows sharing about `citizenId` with a recipient right now: the
 * chosen one (`consentId`), or one whose party names the recipient. Refuses with the reason
 * (409 no_valid_consent / consent_withdrawn) when there is none.
 */
export async function sharingBasis(s: Scope, citizenId: string, recipientNames: string[], consentId: string | undefined): Promise<ConsentRow> {
  // Sharing goes *to* the recipient: a consent or legal basis recorded only for receiving does not cover it.
  const canShare = (c: ConsentRow) => c.citizenId === citizenId && isValidNow(c) && c.direction !== 'from';
  // The party must be the recipient, not a name that merely contains it ("Psykiatrien" is not "Retspsykiatrien").
  const normal = (n: string) => n.trim().toLowerCase().replace(/\s+/g, ' ');
  const names = recipientNames.map(normal).filter(Boolean);
  const party = (c: ConsentRow) => names.includes(normal(c.party));
  if (consentId) {
    const chosen = await findConsent(s, consentId);
    if (!chosen || chosen.citizenId !== citizenId) throw new AppError(409, 'no_valid_consent', [{ path: 'consentId', code: 'invalid_value' }]);
    if (chosen.withdrawnAt) throw new AppError(409, 'consent_withdrawn', [{ path: 'consentId', code: 'invalid_value' }]);
    // A consent covers the party it names, not anyone; a legal basis is chosen for what it covers.
    if (!canShare(chosen) || (chosen.kind === 'consent' && !party(chosen))) throw new AppError(409, 'no_valid_consent', [{ path: 'consentId', code: 'invalid_value' }]);
    return chosen;
  }
  const all = await s.db.select().from(consents).where(eq(consents.citizenId, citizenId));
  const basis = all.find((c) => canShare(c) && party(c));
  if (!basis) throw new AppError(409, 'no_valid_consent', [{ path: 'consentId', code: 'required' }]);
  return basis;
}

export function toConsent(c: ConsentRow, recordedBy: string): ConsentDto {
  return {
    id: c.id,
    citizenId: c.citizenId,
    kind: c.kind as ConsentDto['kind'],
    information: c.information,
    party: c.party,
    direction: c.direction as ConsentDto['direction'],
    purpose: c.purpose,
    form: c.form as ConsentDto['form'],
    legalBasis: c.legalBasis,
    validFrom: c.validFrom,
    validTo: c.validTo,
    recordedBy,
    createdAt: c.createdAt.toISOString(),
    withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    validNow: isValidNow(c),
  };
}

export function recordConsent(scope: Scope, citizenId: string, body: z.infer<typeof ConsentCreate>) {
  return inTransaction(scope, async (s) => {
    const { citizen, canWork } = await visibleCitizen(s, citizenId);
    if (!canWork) throw forbidden();
    const row: ConsentRow = {
      id: newId(),
      organisationId: citizen.organisationId,
      citizenId,
      kind: body.kind,
      information: body.information,
      party: body.party,
      direction: body.direction,
      purpose: body.purpose,
      form: body.kind === 'consent' ? body.form! : null,
      legalBasis: body.kind === 'legal_basis' ? body.legalBasis! : null,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
      recordedBy: s.access.actor.userId,
      createdAt: new Date(),
      withdrawnAt: null,
      withdrawnBy: null,
    };
    await insertConsent(s, row);
    return toConsent(row, s.access.actor.displayName);
  });
}

export function findConsentsOfCitizen(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    const { citizen } = await visibleCitizen(s, citizenId);
    return { items: (await readConsents(s, citizen)).map((r) => toConsent(r.consent, r.recordedBy)) };
  });
}

export function withdrawConsent(scope: Scope, consentId: string) {
  return inTransaction(scope, async (s) => {
    const consent = await findConsent(s, consentId);
    if (!consent) throw notFound();
    const { canWork } = await visibleCitizen(s, consent.citizenId);
    if (!canWork) throw forbidden();
    if (consent.withdrawnAt) throw new AppError(409, 'consent_withdrawn');
    await withdrawConsentRow(s, consent);
    return toConsent({ ...consent, withdrawnAt: new Date(), withdrawnBy: s.access.actor.userId }, '');
  });
}

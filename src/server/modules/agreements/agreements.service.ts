import type { z } from 'zod';
import type { AgreementCreate } from '../../../shared/schemas/crisis';
import { inTransaction, type Scope } from '../../access/scope';
import { newId } from '../../db/ids';
import { forbidden, invalid, notFound } from '../../http/problem';
import { today } from '../outreach/dates';
import { allOrganisations, displayNamesOf, findAgreements, insertAgreement, peopleOf } from './agreements.repo';

/** The organisations the user belongs to in any role: every member of a party sees its agreements. */
export const memberOrganisations = (s: Scope) => [...new Set(s.access.actor.memberships.map((m) => m.organisationId))];

type Row = Awaited<ReturnType<typeof findAgreements>>[number];

async function toAgreements(s: Scope, rows: Row[]) {
  const names = await displayNamesOf(s.db, [...new Set(rows.flatMap((r) => [r.agreement.socialMentorUserId, ...r.agreement.spotterUserIds]))]);
  const now = today();
  return rows.map(({ agreement: a, centerName, municipalityName }) => ({
    id: a.id,
    crisisCenter: { id: a.crisisCenterOrgId, name: centerName },
    municipality: { id: a.municipalityOrgId, name: municipalityName },
    validFrom: a.validFrom,
    validTo: a.validTo,
    activeNow: a.validFrom <= now && (!a.validTo || a.validTo >= now),
    quickMedicalDelegation: a.quickMedicalDelegation,
    actionPlanWork: a.actionPlanWork,
    midwayParticipation: a.midwayParticipation,
    dropInCollaboration: a.dropInCollaboration,
    socialMentor: { id: a.socialMentorUserId, displayName: names.get(a.socialMentorUserId) ?? '' },
    spotters: a.spotterUserIds.map((id) => ({ id, displayName: names.get(id) ?? '' })),
    notes: a.notes,
    createdAt: a.createdAt.toISOString(),
  }));
}

export async function listAgreements(scope: Scope) {
  return { items: await toAgreements(scope, await findAgreements(scope.db, memberOrganisations(scope))) };
}

/**
 * What the forms offer: every organisation (also to a case officer choosing a provider to share a
 * plan with), and — for those who enter agreements — the municipalities' staff to name.
 */
export async function agreementParties(scope: Scope) {
  const manages = scope.access.has('agreement.manage');
  if (!manages && !scope.access.has('actionPlan.write')) throw forbidden();
  const organisations = await allOrganisations(scope.db);
  const people = manages ? await peopleOf(scope.db, organisations.filter((o) => o.kind === 'municipality').map((o) => o.id)) : [];
  return { organisations, people };
}

/**
 * Records an agreement, entered by the municipality (a leader or an administrator); the named
 * social mentor must hold the social mentor role there and the spotters a role there. Both
 * parties see it.
 */
export function createAgreement(scope: Scope, body: z.infer<typeof AgreementCreate>) {
  return inTransaction(scope, async (s) => {
    // The municipality enters it: it names its own social mentor and spotters, who then receive spottings.
    if (!s.access.organisationsWith('agreement.manage').includes(body.municipalityOrganisationId)) throw forbidden();
    const orgs = new Map((await allOrganisations(s.db)).map((o) => [o.id, o]));
    if (orgs.get(body.crisisCenterOrganisationId)?.kind !== 'crisis_center') throw invalid('crisisCenterOrganisationId', 'invalid_value');
    if (orgs.get(body.municipalityOrganisationId)?.kind !== 'municipality') throw invalid('municipalityOrganisationId', 'invalid_value');
    if (body.validTo && body.validTo < body.validFrom) throw invalid('validTo', 'before_start');
    const people = await peopleOf(s.db, [body.municipalityOrganisationId]);
    if (!people.some((p) => p.id === body.socialMentorUserId && p.roles.includes('social_mentor'))) throw invalid('socialMentorUserId', 'invalid_value');
    const spotters = [...new Set(body.spotterUserIds)];
    spotters.forEach((id, i) => {
      if (!people.some((p) => p.id === id)) throw invalid(`spotterUserIds.${i}`, 'invalid_value');
    });
    const id = newId();
    await insertAgreement(s.db, {
      id,
      crisisCenterOrgId: body.crisisCenterOrganisationId,
      municipalityOrgId: body.municipalityOrganisationId,
      validFrom: body.validFrom,
      validTo: body.validTo ?? null,
      quickMedicalDelegation: body.quickMedicalDelegation,
      actionPlanWork: body.actionPlanWork,
      midwayParticipation: body.midwayParticipation,
      dropInCollaboration: body.dropInCollaboration,
      socialMentorUserId: body.socialMentorUserId,
      spotterUserIds: spotters,
      notes: body.notes ?? null,
      createdBy: s.access.actor.userId,
    });
    const [row] = await findAgreements(s.db, [body.crisisCenterOrganisationId], id);
    if (!row) throw notFound();
    return (await toAgreements(s, [row]))[0];
  });
}

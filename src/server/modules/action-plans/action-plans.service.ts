import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ActionPlan, ActionPlanBody } from '../../../shared/schemas/plans';
import { allowedCitizenIds } from '../../access/citizen-access';
import { inTransaction, type Scope } from '../../access/scope';
import type { ActionPlanContent } from '../../db/schema/action-plans';
import { newId } from '../../db/ids';
import { forbidden, invalid, notFound } from '../../http/problem';
import { memberOrganisations } from '../agreements/agreements.service';
import { visibleCitizen, sharingBasis } from '../consents/consents.service';
import { findAccessUnits } from '../citizens/citizens.repo';
import { lockKey, orgNames } from '../crisis/crisis.repo';
import { userNames } from '../outreach/outreach.repo';
import { citizens } from '../../db/schema';
import { findPlans, insertPlan, insertPlanShare, insertPlanVersion } from './action-plans.repo';
import { renderActionPlanPdf, type PdfLanguage } from './action-plan-pdf';

type PlanDto = z.infer<typeof ActionPlan>;
type Found = Awaited<ReturnType<typeof findPlans>>[number];
type Section = PlanDto['current']['sharedSections'][number];

/**
 * How the caller may see a plan: in full when they read case notes in a unit of the owning
 * municipality through which they see the citizen, or only the shared sections when it was shared
 * with their organisation and they read notes there (a provider such as the crisis center).
 */
function viewOf(s: Scope, f: Found, readUnits: string[]): 'full' | 'shared' | null {
  const reads = (orgId: string) => s.access.actor.memberships.some((m) => m.unitId && m.organisationId === orgId && readUnits.includes(m.unitId));
  if (reads(f.plan.organisationId)) return 'full';
  return f.shares.some((x) => x.recipientOrgId && reads(x.recipientOrgId)) ? 'shared' : null;
}

async function toDtos(s: Scope, found: Found[]): Promise<PlanDto[]> {
  const readUnitsOf = new Map<string, string[]>();
  for (const citizenId of new Set(found.map((f) => f.plan.citizenId))) {
    readUnitsOf.set(citizenId, (await findAccessUnits(s, citizenId)).filter((u) => s.access.has('note.read', u)));
  }
  const names = await userNames(s, [...new Set(found.flatMap((f) => f.versions.map((v) => v.byUserId)))]);
  const orgs = await orgNames(s.db, [...new Set(found.map((f) => f.plan.organisationId))]);
  const out: PlanDto[] = [];
  for (const f of found) {
    const view = viewOf(s, f, readUnitsOf.get(f.plan.citizenId) ?? []);
    if (!view) continue;
    const mine = memberOrganisations(s);
    const shares = view === 'full' ? f.shares : f.shares.filter((x) => x.recipientOrgId && mine.includes(x.recipientOrgId));
    const content = (v: Found['versions'][number], sections: string[] | null) => {
      const c = v.content;
      const show = (k: Section) => sections === null || sections.includes(k);
      return {
        version: v.version,
        purpose: show('purpose') ? c.purpose : '',
        supportNeeded: show('supportNeeded') ? c.supportNeeded : '',
        expectedDuration: show('expectedDuration') ? c.expectedDuration : null,
        otherMatters: show('otherMatters') ? c.otherMatters : {},
        offers: show('offers') ? c.offers : [],
        citizenParticipation: show('citizenParticipation') ? c.citizenParticipation : '',
        sharedSections: c.sharedSections as Section[],
        sharedWith: c.sharedWith,
        by: { id: v.byUserId, displayName: names.get(v.byUserId) ?? '' },
        at: v.at.toISOString(),
      };
    };
    // A provider sees the versions that were shared with it, each limited to its shared sections.
    const versions =
      view === 'full'
        ? f.versions.map((v) => content(v, null))
        : f.versions.filter((v) => shares.some((x) => x.version === v.version)).map((v) => content(v, shares.filter((x) => x.version === v.version).flatMap((x) => x.sections)));
    if (versions.length === 0) continue;
    out.push({
      id: f.plan.id,
      citizenId: f.plan.citizenId,
      organisation: { id: f.plan.organisationId, name: orgs.get(f.plan.organisationId) ?? '' },
      current: versions[0],
      versions,
      shares: shares.map((x) => ({ sharedWith: x.sharedWith, sections: x.sections as Section[], version: x.version, at: x.sharedAt.toISOString(), consentId: x.consentId })),
      view,
    });
  }
  if (out.length) {
    await s.audit(
      out.map((p) => ({ action: 'actionPlan.read' as const, citizenId: p.citizenId, organisationId: p.organisation.id, context: { planIds: [p.id], view: p.view } })),
    );
  }
  return out;
}

export function listActionPlans(scope: Scope, citizenId: string) {
  return inTransaction(scope, async (s) => {
    // Not found for a citizen the caller does not see; refused to a peer worker (part of the full record).
    await visibleCitizen(s, citizenId);
    return { items: await toDtos(s, await findPlans(s.db, { citizenId })) };
  });
}

/** One plan the caller may see (the citizen visible, and the plan in full or shared with them). */
export function getActionPlan(scope: Scope, id: string) {
  return inTransaction(scope, async (s) => {
    const [found] = await findPlans(s.db, { id });
    if (!found || !(await allowedCitizenIds(s, [found.plan.citizenId])).has(found.plan.citizenId)) throw notFound();
    const [dto] = await toDtos(s, [found]);
    if (!dto) throw notFound();
    return dto;
  });
}

/**
 * The case officer writes a §141 action plan, or a new version of one. Sections marked as shared go
 * to the provider only on a consent or legal basis valid now; otherwise nothing is saved.
 */
export function saveActionPlan(scope: Scope, citizenId: string, body: z.infer<typeof ActionPlanBody>) {
  return inTransaction(scope, async (s) => {
    const { citizen } = await visibleCitizen(s, citizenId);
    const organisationId = citizen.organisationId;
    if (!s.access.organisationsWith('actionPlan.write').includes(organisationId)) throw forbidden();
    let planId = body.planId;
    let version = 1;
    if (planId) {
      await lockKey(s.db, `action_plan:${planId}`);
      const [found] = await findPlans(s.db, { id: planId });
      if (!found || found.plan.citizenId !== citizenId) throw invalid('planId', 'invalid_value');
      version = (found.versions[0]?.version ?? 0) + 1;
    }
    // A recipient organisation is named by its own name: the consent must name that organisation.
    const recipients = await orgNames(s.db, body.shareWithOrganisationId ? [body.shareWithOrganisationId] : []);
    if (body.shareWithOrganisationId && !recipients.size) throw invalid('shareWithOrganisationId', 'invalid_value');
    const sharedWith = body.shareWithOrganisationId ? recipients.get(body.shareWithOrganisationId)! : (body.sharedWith ?? null);
    const sections = [...new Set(body.sharedSections)];
    if (sections.length && !sharedWith) throw invalid('sharedWith', 'required');
    const basis = sections.length ? await sharingBasis(s, citizenId, [sharedWith!], body.consentId) : null;
    if (!planId) {
      planId = newId();
      await insertPlan(s.db, { id: planId, organisationId, citizenId, createdBy: s.access.actor.userId });
    }
    const content: ActionPlanContent = {
      purpose: body.purpose,
      supportNeeded: body.supportNeeded,
      expectedDuration: body.expectedDuration ?? null,
      otherMatters: body.otherMatters,
      offers: body.offers.map((o) => ({ what: o.what, response: o.response, note: o.note ?? null })),
      citizenParticipation: body.citizenParticipation,
      sharedSections: sections,
      sharedWith,
    };
    await insertPlanVersion(s.db, { planId, version, content, byUserId: s.access.actor.userId, at: new Date() });
    await s.audit([{ action: 'actionPlan.write', citizenId, organisationId, context: { planId, version } }]);
    if (basis && sharedWith) {
      const shareId = newId();
      await insertPlanShare(s.db, {
        id: shareId,
        planId,
        version,
        sections,
        sharedWith,
        recipientOrgId: body.shareWithOrganisationId ?? null,
        consentId: basis.id,
        sharedBy: s.access.actor.userId,
        sharedAt: new Date(),
      });
      await s.audit([{ action: 'actionPlan.share', citizenId, organisationId, context: { planId, shareId, consentId: basis.id, recipient: sharedWith } }]);
    }
    const [found] = await findPlans(s.db, { id: planId });
    return (await toDtos(s, [found]))[0];
  });
}

/** The current version as a PDF; printing is logged like a read. */
export function printActionPlan(scope: Scope, id: string, lang: PdfLanguage) {
  return inTransaction(scope, async (s) => {
    const plan = await getActionPlan(s, id);
    const [c] = await s.db.select({ name: citizens.name, alias: citizens.alias }).from(citizens).where(eq(citizens.id, plan.citizenId));
    await s.audit([{ action: 'actionPlan.print', citizenId: plan.citizenId, organisationId: plan.organisation.id, context: { planId: id, version: plan.current.version } }]);
    return { pdf: await renderActionPlanPdf(plan, c.name ?? c.alias ?? '', s.access.actor.displayName, lang), version: plan.current.version };
  });
}

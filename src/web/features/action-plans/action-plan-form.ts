import { actionPlanSections, offerResponses, otherMatters } from '../../../shared/schemas/plans';
import type { ClientErrors } from '../../components/errors';
import type { ActionPlanT } from '../../types';
import { newClientId } from '../citizens/queries';

export { actionPlanSections, offerResponses, otherMatters };

export type OtherMatter = (typeof otherMatters)[number];
export type OfferRow = { key: string; what: string; response: string; note: string };
export type PlanForm = {
  purpose: string;
  supportNeeded: string;
  expectedDuration: string;
  other: Record<OtherMatter, string>;
  offers: OfferRow[];
  citizenParticipation: string;
  sections: string[];
  shareOrgId: string;
  sharedWith: string;
  consentId: string;
};

export const emptyOffer = (): OfferRow => ({ key: newClientId(), what: '', response: 'offered', note: '' });

/** A fresh form, or the current version of a plan to revise. */
export function planForm(plan: ActionPlanT | null): PlanForm {
  const c = plan?.current;
  return {
    purpose: c?.purpose ?? '',
    supportNeeded: c?.supportNeeded ?? '',
    expectedDuration: c?.expectedDuration ?? '',
    other: Object.fromEntries(otherMatters.map((k) => [k, c?.otherMatters[k] ?? ''])) as Record<OtherMatter, string>,
    offers: (c?.offers ?? []).map((o) => ({ key: newClientId(), what: o.what, response: o.response, note: o.note ?? '' })),
    citizenParticipation: c?.citizenParticipation ?? '',
    sections: [],
    shareOrgId: '',
    sharedWith: '',
    consentId: '',
  };
}

export function checkPlan(f: PlanForm): ClientErrors {
  const e: ClientErrors = {};
  if (!f.purpose.trim()) e.purpose = 'required';
  if (!f.supportNeeded.trim()) e.supportNeeded = 'required';
  if (!f.citizenParticipation.trim()) e.citizenParticipation = 'required';
  f.offers.forEach((o, i) => {
    if (!o.what.trim()) e[`offers.${i}.what`] = 'required';
  });
  if (f.sections.length > 0 && !f.shareOrgId && !f.sharedWith.trim()) e.sharedWith = 'required';
  return e;
}

export function planBody(planId: string | undefined, f: PlanForm) {
  const sharing = f.sections.length > 0;
  return {
    planId,
    purpose: f.purpose.trim(),
    supportNeeded: f.supportNeeded.trim(),
    expectedDuration: f.expectedDuration.trim() || null,
    otherMatters: Object.fromEntries(otherMatters.filter((k) => f.other[k].trim()).map((k) => [k, f.other[k].trim()])),
    offers: f.offers.map((o) => ({ what: o.what.trim(), response: o.response, note: o.note.trim() || null })),
    citizenParticipation: f.citizenParticipation.trim(),
    sharedSections: f.sections,
    shareWithOrganisationId: sharing && f.shareOrgId ? f.shareOrgId : undefined,
    sharedWith: sharing && f.sharedWith.trim() ? f.sharedWith.trim() : undefined,
    consentId: sharing && f.consentId ? f.consentId : undefined,
  };
}

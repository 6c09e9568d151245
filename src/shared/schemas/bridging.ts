import { z } from 'zod';
import { Id, isoDate, optionalText, text } from './common';
import { inboundSources, inboundSourcesAll } from '../inbound-sources';

export const offerSectors = ['public', 'private', 'civil'] as const;
export const offerCategories = ['housing', 'mental_health', 'substance_use', 'health', 'drop_in', 'employment', 'activity', 'network', 'finances', 'other'] as const;

const offerFields = {
  name: text(200).min(1),
  category: z.enum(offerCategories),
  sector: z.enum(offerSectors),
  provider: text(200).min(1),
  legalBasis: optionalText(100),
  address: optionalText(300),
  contactPerson: optionalText(200),
  phone: optionalText(40),
  email: optionalText(200),
  description: optionalText(4000),
  waitingTimeDays: z.number().int().min(0).max(3650).nullish(),
  waitingTimeConfirmedOn: isoDate().nullish(),
};

export const OfferCreate = z.strictObject(offerFields).meta({ id: 'OfferCreate' });
export const OfferUpdate = z
  .strictObject({ ...Object.fromEntries(Object.entries(offerFields).map(([k, v]) => [k, v.optional()])), active: z.boolean().optional() } as {
    [K in keyof typeof offerFields]: z.ZodOptional<(typeof offerFields)[K]>;
  } & { active: z.ZodOptional<z.ZodBoolean> })
  .meta({ id: 'OfferUpdate' });

export const Offer = z
  .object({
    id: Id,
    name: z.string(),
    category: z.enum(offerCategories),
    sector: z.enum(offerSectors),
    provider: z.string(),
    legalBasis: z.string().nullable(),
    address: z.string().nullable(),
    contactPerson: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    description: z.string().nullable(),
    waitingTimeDays: z.number().int().nullable(),
    waitingTimeConfirmedOn: z.string().nullable(),
    waitingTimeStale: z.boolean().describe('The waiting time was last confirmed too long ago (or never)'),
    active: z.boolean(),
  })
  .meta({ id: 'Offer' });

export const OfferQuery = z.strictObject({ q: z.string().trim().max(100).optional(), category: z.enum(offerCategories).optional(), includeInactive: z.enum(['true', 'false']).optional() });

/** The referral status path; dropped and declined end it from any open status. */
export const referralPath = ['proposed', 'contacted', 'first_meeting', 'started', 'retained_1m', 'retained_3m'] as const;
export const referralStatuses = [...referralPath, 'dropped', 'declined'] as const;

export const ReferralCreate = z
  .strictObject({ offerId: Id, note: optionalText(2000), date: isoDate().optional() })
  .meta({ id: 'ReferralCreate' });

export const ReferralUpdate = z
  .strictObject({
    status: z.enum(referralStatuses),
    date: isoDate().optional(),
    accompanied: z.boolean().optional().describe('With first_meeting: whether the worker went along'),
    note: optionalText(2000),
  })
  .meta({ id: 'ReferralUpdate' });

export const Referral = z
  .object({
    id: Id,
    courseId: Id,
    citizenId: Id,
    offer: z.object({ id: Id, name: z.string(), provider: z.string() }),
    status: z.enum(referralStatuses),
    statusDate: z.string(),
    startedOn: z.string().nullable(),
    accompanied: z.boolean().nullable(),
    note: z.string().nullable(),
    checks: z.object({ oneMonthDue: z.string().nullable(), threeMonthsDue: z.string().nullable() }),
    history: z.array(z.object({ status: z.enum(referralStatuses), date: z.string(), note: z.string().nullable(), byName: z.string() })),
    createdAt: z.string(),
  })
  .meta({ id: 'Referral' });

export const ShareBody = z.strictObject({ consentId: Id.optional() }).meta({ id: 'ShareBody' });
export const Share = z
  .object({
    id: Id,
    recipient: z.string(),
    sharedAt: z.string(),
    consentId: Id,
    basis: z.object({ kind: z.enum(['consent', 'legal_basis']), purpose: z.string(), validTo: z.string().nullable() }),
    content: z.object({ citizen: z.string(), offer: z.string(), note: z.string().nullable(), worker: z.string(), unit: z.string() }),
  })
  .meta({ id: 'Share' });

export const consentKinds = ['consent', 'legal_basis'] as const;
export const ConsentCreate = z
  .strictObject({
    kind: z.enum(consentKinds),
    information: text(2000).min(3),
    party: text(300).min(2),
    direction: z.enum(['to', 'from', 'both']),
    purpose: text(2000).min(3),
    form: z.enum(['written', 'oral']).optional(),
    legalBasis: optionalText(200),
    validFrom: isoDate(),
    validTo: isoDate().nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'consent' && !v.form) ctx.addIssue({ code: 'custom', path: ['form'], params: { code: 'required' } });
    if (v.kind === 'legal_basis' && !v.legalBasis) ctx.addIssue({ code: 'custom', path: ['legalBasis'], params: { code: 'required' } });
    if (v.validTo && v.validTo < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], params: { code: 'before_start' } });
  })
  .meta({ id: 'ConsentCreate' });

export const Consent = z
  .object({
    id: Id,
    citizenId: Id,
    kind: z.enum(consentKinds),
    information: z.string(),
    party: z.string(),
    direction: z.enum(['to', 'from', 'both']),
    purpose: z.string(),
    form: z.enum(['written', 'oral']).nullable(),
    legalBasis: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    recordedBy: z.string(),
    createdAt: z.string(),
    withdrawnAt: z.string().nullable(),
    validNow: z.boolean(),
  })
  .meta({ id: 'Consent' });

export const partnerTypes = ['housing_adviser', 'landlord', 'library', 'gp', 'psychiatry', 'police', 'drop_in', 'addiction_treatment', 'ngo', 'other'] as const;

export const PartnerCreate = z
  .strictObject({
    name: text(200).min(1),
    type: z.enum(partnerTypes),
    address: optionalText(300),
    phone: optionalText(40),
    email: optionalText(200),
    notes: optionalText(4000),
    contacts: z.array(z.strictObject({ name: text(200).min(1), role: optionalText(200), phone: optionalText(40), email: optionalText(200) })).max(50).optional(),
  })
  .meta({ id: 'PartnerCreate' });

export const Partner = z
  .object({
    id: Id,
    name: z.string(),
    type: z.enum(partnerTypes),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    notes: z.string().nullable(),
    contacts: z.array(z.object({ id: Id, name: z.string(), role: z.string().nullable(), phone: z.string().nullable(), email: z.string().nullable() })),
    activities: z.array(z.object({ id: Id, kind: z.enum(['meeting', 'communication']), date: z.string(), description: z.string(), byName: z.string(), unitName: z.string() })),
  })
  .meta({ id: 'Partner' });

export const PartnerActivityCreate = z
  .strictObject({ unitId: Id, kind: z.enum(['meeting', 'communication']), date: isoDate(), description: text(4000).min(1) })
  .meta({ id: 'PartnerActivityCreate' });

export { inboundSources, inboundSourcesAll };

export const InboundCreate = z
  .strictObject({
    unitId: Id,
    sourceType: z.enum(inboundSources),
    partnerId: Id.optional(),
    sourceName: optionalText(200),
    receivedOn: isoDate(),
    description: text(4000).min(3),
    place: optionalText(300),
  })
  .superRefine((v, ctx) => {
    if (v.sourceType === 'partner' && !v.partnerId) ctx.addIssue({ code: 'custom', path: ['partnerId'], params: { code: 'required' } });
  })
  .meta({ id: 'InboundCreate' });

export const Inbound = z
  .object({
    id: Id,
    unitId: Id,
    unitName: z.string(),
    sourceType: z.enum(inboundSourcesAll),
    partner: z.object({ id: Id, name: z.string() }).nullable(),
    sourceName: z.string().nullable(),
    receivedOn: z.string(),
    description: z.string(),
    place: z.string().nullable(),
    status: z.enum(['open', 'accepted', 'declined']),
    declineReason: z.string().nullable(),
    citizenId: Id.nullable(),
    courseId: Id.nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'Inbound' });

export const InboundQuery = z.strictObject({ status: z.enum(['open', 'accepted', 'declined']).optional(), unitId: Id.optional() });

export const InboundAccept = z
  .strictObject({
    citizenId: Id.optional().describe('An existing citizen you can see; otherwise a new unidentified citizen is created (not needed for a handover)'),
    alias: optionalText(120),
    description: optionalText(2000),
    place: optionalText(300),
    method: text(50).min(1).optional().describe('Method of the course to open (default outreach)'),
  })
  .meta({ id: 'InboundAccept' });

export const InboundDecline = z.strictObject({ reason: text(2000).min(3) }).meta({ id: 'InboundDecline' });

export const InboundStats = z.object({
  months: z.array(z.object({ month: z.string(), bySource: z.record(z.string(), z.number().int()), total: z.number().int() })),
});

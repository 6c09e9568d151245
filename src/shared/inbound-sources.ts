/**
 * Where an inbound referral (henvendelse) comes from. Kept apart from the schemas (no zod), so the
 * web app's first page can use the list without loading the validation library.
 */
export const inboundSources = ['partner', 'neighbour', 'relative', 'citizen', 'other'] as const;
/** Sources of inbound referrals, including handovers from another unit (made by closing a course). */
export const inboundSourcesAll = [...inboundSources, 'handover'] as const;

import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { ConsentT, Items, OfferT, ReferralT } from '../../types';

export const bridgingKeys = {
  referrals: (courseId: string) => ['courses', courseId, 'referrals'] as const,
  offers: (params: OfferParams) => ['offers', params] as const,
  consents: (citizenId: string) => ['citizens', citizenId, 'consents'] as const,
};

export type OfferParams = { q?: string; category?: string; includeInactive?: boolean };

export function useReferrals(courseId: string) {
  return useQuery({
    queryKey: bridgingKeys.referrals(courseId),
    queryFn: async () => (await api.get<Items<ReferralT>>(`/courses/${encodeURIComponent(courseId)}/referrals`)).items,
  });
}

export function useOffers(params: OfferParams = {}) {
  return useQuery({
    queryKey: bridgingKeys.offers(params),
    queryFn: async () => (await api.get<Items<OfferT>>(`/offers${query({ q: params.q, category: params.category, includeInactive: params.includeInactive ? 'true' : undefined })}`)).items,
    placeholderData: (previous) => previous,
  });
}

export function useConsents(citizenId: string) {
  return useQuery({
    queryKey: bridgingKeys.consents(citizenId),
    queryFn: async () => (await api.get<Items<ConsentT>>(`/citizens/${encodeURIComponent(citizenId)}/consents`)).items,
  });
}

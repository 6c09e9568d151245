import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { AgreementT, Items, PartiesT } from '../../types';

export const agreementKeys = { list: ['agreements'] as const, parties: ['agreements', 'parties'] as const };

export function useAgreements() {
  return useQuery({ queryKey: agreementKeys.list, queryFn: async () => (await api.get<Items<AgreementT>>('/collaboration-agreements')).items });
}

/** Organisations and people that can be named in an agreement (also used to pick a provider to share with). */
export function useParties(enabled = true) {
  return useQuery({ queryKey: agreementKeys.parties, queryFn: () => api.get<PartiesT>('/collaboration-agreements/parties'), staleTime: 300_000, enabled });
}

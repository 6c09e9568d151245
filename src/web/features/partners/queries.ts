import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { Items, PartnerT } from '../../types';

export function usePartners() {
  return useQuery({ queryKey: ['partners'], queryFn: async () => (await api.get<Items<PartnerT>>('/partners')).items });
}

export function usePartner(id: string) {
  return useQuery({ queryKey: ['partners', id], queryFn: () => api.get<PartnerT>(`/partners/${encodeURIComponent(id)}`) });
}

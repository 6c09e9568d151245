import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { InboundT, Items } from '../../types';

export function useInbound(status: string) {
  return useQuery({ queryKey: ['inbound', 'list', status], queryFn: async () => (await api.get<Items<InboundT>>(`/inbound-referrals${query({ status })}`)).items });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { CitizenT } from '../../types';
import { invalidateTimelines } from '../cti/queries';
import { citizenKeys } from './queries';

export function useUpdateCitizen(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Record<string, unknown>) => api.patch<CitizenT>(`/citizens/${encodeURIComponent(id)}`, body),
    onSuccess: async (citizen) => {
      queryClient.setQueryData(citizenKeys.one(id), citizen);
      // The CTI clock shows whether the citizen has housing (the address).
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['citizens', 'list'] }), invalidateTimelines(queryClient)]);
    },
  });
}

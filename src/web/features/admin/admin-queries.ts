import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api';
import type { AdminUnitT, AdminUserT, Items, OrganisationT } from '../../types';

export function useOrganisations() {
  return useQuery({ queryKey: ['admin', 'organisations'], queryFn: async () => (await api.get<Items<OrganisationT>>('/admin/organisations')).items });
}

export function useAdminUnits() {
  return useQuery({ queryKey: ['admin', 'units'], queryFn: async () => (await api.get<Items<AdminUnitT>>('/admin/units')).items });
}

export function useAdminUsers() {
  return useQuery({ queryKey: ['admin', 'users'], queryFn: async () => (await api.get<Items<AdminUserT>>('/admin/users')).items });
}

type Write = { method: 'post' | 'patch' | 'delete'; path: string; body?: unknown };

/** One admin write; refreshes every admin list afterwards. */
export function useAdminWrite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Write) =>
      method === 'post' ? api.post<unknown>(path, body) : method === 'patch' ? api.patch<unknown>(path, body) : api.delete<unknown>(path),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
}

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { AdminUnitT, AdminUserT, CitizenListT, Items } from '../../types';
import type {
  ActivityListT,
  EpisodeListT,
  MeetingListT,
  ModelListT,
  PeerRoleT,
  RequestListT,
  ResidentT,
  StaffWellbeingStatusT,
  TeamT,
  TrendT,
} from './types';

const c = (id: string) => encodeURIComponent(id);

/** Everything of one residence lives under ['residence', unitId], so one write can refresh it all. */
export const residenceKeys = {
  unit: (unitId: string) => ['residence', unitId] as const,
  activities: (unitId: string, from: string, to: string) => ['residence', unitId, 'activities', from, to] as const,
  residents: (unitId: string) => ['residence', unitId, 'residents'] as const,
  episodes: (unitId: string) => ['residence', unitId, 'episodes'] as const,
  trend: (unitId: string, from: string, to: string) => ['residence', unitId, 'trend', from, to] as const,
  wellbeing: (unitId: string) => ['residence', unitId, 'staff-wellbeing'] as const,
  meetings: (unitId: string) => ['residence', unitId, 'meetings'] as const,
  models: (unitId: string) => ['residence', unitId, 'models'] as const,
  team: (unitId: string) => ['residence', unitId, 'team'] as const,
  requests: (unitId: string) => ['residence', unitId, 'requests'] as const,
  peerRole: (unitId: string) => ['residence', unitId, 'peer-role'] as const,
};

/** The units of the organisations the user administers (same cache as the admin page). */
export function useAdminUnitList(enabled: boolean) {
  return useQuery({ queryKey: ['admin', 'units'], queryFn: async () => (await api.get<Items<AdminUnitT>>('/admin/units')).items, enabled });
}

/** Every user of the organisations the user administers (same cache as the admin page). */
export function useAdminUserList(enabled: boolean) {
  return useQuery({ queryKey: ['admin', 'users'], queryFn: async () => (await api.get<Items<AdminUserT>>('/admin/users')).items, enabled });
}

export function useActivities(unitId: string, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: residenceKeys.activities(unitId, from, to),
    queryFn: () => api.get<ActivityListT>(`/activities${query({ unitId, from, to })}`),
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** The unit's residents the user sees (an active course in the unit), by name. */
export function useResidents(unitId: string, enabled = true) {
  return useQuery({
    queryKey: residenceKeys.residents(unitId),
    queryFn: async (): Promise<ResidentT[]> => {
      const list = await api.get<CitizenListT>(`/citizens${query({ unitId, pageSize: 100 })}`);
      return list.items.map((i) => ({ id: i.id, displayName: i.displayName }));
    },
    enabled,
  });
}

export function useEpisodes(unitId: string, enabled = true) {
  return useQuery({ queryKey: residenceKeys.episodes(unitId), queryFn: () => api.get<EpisodeListT>(`/episodes${query({ unitId })}`), enabled });
}

export function useTrend(unitId: string, from: string, to: string, enabled = true) {
  return useQuery({
    queryKey: residenceKeys.trend(unitId, from, to),
    queryFn: () => api.get<TrendT>(`/units/${c(unitId)}/episodes/trend${query({ from, to })}`),
    enabled,
    placeholderData: (previous) => previous,
  });
}

export function useStaffWellbeing(unitId: string, enabled = true) {
  return useQuery({ queryKey: residenceKeys.wellbeing(unitId), queryFn: () => api.get<StaffWellbeingStatusT>(`/units/${c(unitId)}/staff-wellbeing`), enabled });
}

export function useMeetings(unitId: string, enabled = true) {
  return useQuery({ queryKey: residenceKeys.meetings(unitId), queryFn: () => api.get<MeetingListT>(`/collaboration-meetings${query({ unitId })}`), enabled });
}

export function useModels(unitId: string) {
  return useQuery({ queryKey: residenceKeys.models(unitId), queryFn: () => api.get<ModelListT>(`/units/${c(unitId)}/collaboration-models`) });
}

export function useTeam(unitId: string) {
  return useQuery({ queryKey: residenceKeys.team(unitId), queryFn: () => api.get<TeamT>(`/units/${c(unitId)}/specialist-team`) });
}

export function useRequests(unitId: string, enabled = true) {
  return useQuery({ queryKey: residenceKeys.requests(unitId), queryFn: () => api.get<RequestListT>(`/specialist-requests${query({ unitId })}`), enabled });
}

export function usePeerRole(unitId: string) {
  return useQuery({ queryKey: residenceKeys.peerRole(unitId), queryFn: () => api.get<PeerRoleT>(`/units/${c(unitId)}/peer-role`) });
}

type Write = { method: 'post' | 'put'; path: string; body?: unknown };

/** A write on one of the residence's pages; afterwards everything of the residence is fetched again. */
export function useResidenceWrite<T = unknown>(unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: Write) => (method === 'post' ? api.post<T>(path, body) : api.put<T>(path, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: residenceKeys.unit(unitId) }),
  });
}

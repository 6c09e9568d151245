import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, query } from '../../api';
import type { ChecklistsT, CrisisRequestT, FuturePlanT, Items, MidwayT, PathwayEntryT, SessionT, SpottingT } from '../../types';

const c = (id: string) => encodeURIComponent(id);

export const crisisKeys = {
  all: ['crisis'] as const,
  spottings: ['crisis', 'spottings'] as const,
  requests: (status: string) => ['crisis', 'requests', status] as const,
  courseRequests: (courseId: string) => ['crisis', 'requests', 'course', courseId] as const,
  overview: ['crisis', 'overview'] as const,
  checklists: (courseId: string) => ['courses', courseId, 'checklists'] as const,
  sessions: (courseId: string) => ['courses', courseId, 'sessions'] as const,
  midway: (courseId: string) => ['courses', courseId, 'midway'] as const,
  futurePlan: (courseId: string) => ['courses', courseId, 'future-plan'] as const,
};

export function useSpottings(enabled = true) {
  return useQuery({ queryKey: crisisKeys.spottings, queryFn: async () => (await api.get<Items<SpottingT>>('/spottings')).items, enabled });
}

/** Requests to a crisis center the user can see (the municipality's or the center's), by status. */
export function useCrisisRequests(status: string) {
  return useQuery({
    queryKey: crisisKeys.requests(status),
    queryFn: async () => (await api.get<Items<CrisisRequestT>>(`/crisis-requests${query({ status })}`)).items,
  });
}

/** The request behind a crisis course (the mentor's pathway course or the center's stay course). */
export function useCourseRequests(courseId: string) {
  return useQuery({
    queryKey: crisisKeys.courseRequests(courseId),
    queryFn: async () => (await api.get<Items<CrisisRequestT>>(`/crisis-requests${query({ courseId })}`)).items,
  });
}

export function useOverview() {
  return useQuery({ queryKey: crisisKeys.overview, queryFn: async () => (await api.get<{ items: PathwayEntryT[] }>('/crisis/overview')).items });
}

export function useChecklists(courseId: string) {
  return useQuery({ queryKey: crisisKeys.checklists(courseId), queryFn: () => api.get<ChecklistsT>(`/courses/${c(courseId)}/checklists`) });
}

export function useSessions(courseId: string) {
  return useQuery({
    queryKey: crisisKeys.sessions(courseId),
    queryFn: async () => (await api.get<Items<SessionT>>(`/courses/${c(courseId)}/sessions`)).items,
  });
}

export function useMidway(courseId: string, enabled: boolean) {
  return useQuery({ queryKey: crisisKeys.midway(courseId), queryFn: () => api.get<MidwayT>(`/courses/${c(courseId)}/midway-meeting`), enabled });
}

export function useFuturePlan(courseId: string, enabled: boolean) {
  return useQuery({ queryKey: crisisKeys.futurePlan(courseId), queryFn: () => api.get<FuturePlanT>(`/courses/${c(courseId)}/future-plan`), enabled });
}

/** After a change in the pathway: lists, overview and the course data (both sides share the request). */
export async function refreshCrisis(queryClient: QueryClient) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: crisisKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['courses'] }),
    queryClient.invalidateQueries({ queryKey: ['citizens'] }),
    queryClient.invalidateQueries({ queryKey: ['due'] }),
  ]);
}

/** Minutes as "2 t 15 min" (or "45 min"); over a day as "1 d 3 t". */
export function durationText(t: TFunction, total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  if (days > 0) return t('crisis.durationDays', { days, hours });
  if (hours > 0) return t('crisis.durationHours', { hours, minutes });
  return t('crisis.durationMinutes', { minutes });
}

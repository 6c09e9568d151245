import { keepPreviousData, useQuery, type QueryClient } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { ContactAttemptT, ContactPlanT, DueCourseT, Items, ReferralCheckT, SummaryT } from '../../types';

const c = (id: string) => encodeURIComponent(id);

export const outreachKeys = {
  course: (courseId: string) => ['courses', courseId] as const,
  summary: (courseId: string) => ['courses', courseId, 'summary'] as const,
  attempts: (courseId: string, limit: number) => ['courses', courseId, 'attempts', limit] as const,
  plan: (courseId: string) => ['courses', courseId, 'plan'] as const,
  planHistory: (courseId: string) => ['courses', courseId, 'plan', 'history'] as const,
  due: ['due'] as const,
  unitOverdue: (unitId: string) => ['due', 'unit', unitId] as const,
  inboundStats: (unitId: string) => ['inbound', 'stats', unitId] as const,
  organisationUnits: ['organisation-units'] as const,
};

export type OrganisationUnitT = { id: string; name: string; organisationId: string; organisationName: string };

/** Every unit of the user's organisations (names only): where a course can be handed over to. */
export function useOrganisationUnits() {
  return useQuery({
    queryKey: outreachKeys.organisationUnits,
    queryFn: async () => (await api.get<Items<OrganisationUnitT>>('/organisation-units')).items,
    staleTime: 300_000,
  });
}

/** The other units of the course's organisation, for a handover to another unit. */
export function handoverUnits(all: OrganisationUnitT[] | undefined, courseUnitId: string): OrganisationUnitT[] {
  const own = all?.find((u) => u.id === courseUnitId);
  return own && all ? all.filter((u) => u.organisationId === own.organisationId && u.id !== courseUnitId) : [];
}

export function useSummary(courseId: string) {
  return useQuery({ queryKey: outreachKeys.summary(courseId), queryFn: () => api.get<SummaryT>(`/courses/${c(courseId)}/summary`) });
}

/** How many contact attempts the timeline shows at first, and how many more each "show older" adds. */
export const ATTEMPTS_PAGE = 20;

/** The newest `limit` attempts of a course, newest first, and whether there are older ones. */
export function useAttempts(courseId: string, enabled: boolean, limit: number) {
  return useQuery({
    queryKey: outreachKeys.attempts(courseId, limit),
    queryFn: () => api.get<{ items: ContactAttemptT[]; hasMore: boolean }>(`/courses/${c(courseId)}/contact-attempts?limit=${limit}`),
    enabled,
    // "Show older" keeps the shown attempts on screen while the longer list loads.
    placeholderData: keepPreviousData,
  });
}

export function usePlan(courseId: string, enabled: boolean) {
  return useQuery({
    queryKey: outreachKeys.plan(courseId),
    queryFn: async () => (await api.get<{ plan: ContactPlanT | null }>(`/courses/${c(courseId)}/contact-plan`)).plan,
    enabled,
  });
}

export function usePlanHistory(courseId: string, enabled: boolean) {
  return useQuery({
    queryKey: outreachKeys.planHistory(courseId),
    queryFn: async () => (await api.get<Items<ContactPlanT>>(`/courses/${c(courseId)}/contact-plan/history`)).items,
    enabled,
  });
}

export function useDue() {
  return useQuery({ queryKey: outreachKeys.due, queryFn: () => api.get<{ items: DueCourseT[]; referralChecks: ReferralCheckT[] }>('/me/due') });
}

export function useUnitOverdue(unitId: string) {
  return useQuery({ queryKey: outreachKeys.unitOverdue(unitId), queryFn: async () => (await api.get<Items<DueCourseT>>(`/units/${c(unitId)}/overdue`)).items });
}

export type InboundStatsMonth = { month: string; bySource: Record<string, number>; total: number };

export function useInboundStats(unitId: string, months = 12) {
  return useQuery({
    queryKey: outreachKeys.inboundStats(unitId),
    queryFn: async () => (await api.get<{ months: InboundStatsMonth[] }>(`/inbound-referrals/stats${query({ unitId, months })}`)).months,
  });
}

/** After a change on a course: its own data, the citizen's courses and the due lists. */
export async function refreshCourse(queryClient: QueryClient, courseId: string, citizenId?: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: outreachKeys.course(courseId) }),
    queryClient.invalidateQueries({ queryKey: outreachKeys.due }),
    citizenId ? queryClient.invalidateQueries({ queryKey: ['citizens', citizenId, 'courses'] }) : Promise.resolve(),
  ]);
}

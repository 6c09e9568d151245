import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, query } from '../../api';
import { isForbidden } from '../../components/errors';
import type { CourseT } from '../../types';
import { useCourses, useMyUnits } from '../citizens/queries';
import type { HandoverT, HarmResponseT, MotivationListT, PeerAgreementListT, SpecialistRequestListT } from './types';

const RESIDENTIAL = 'residential';
const enc = encodeURIComponent;

export const residentKeys = {
  all: (citizenId: string) => ['residents', citizenId] as const,
  motivation: (citizenId: string) => ['residents', citizenId, 'motivation'] as const,
  harm: (citizenId: string) => ['residents', citizenId, 'harm-reduction'] as const,
  peer: (citizenId: string) => ['residents', citizenId, 'peer-agreements'] as const,
  specialist: (citizenId: string) => ['residents', citizenId, 'specialist-requests'] as const,
  handoverAll: ['handover'] as const,
  handover: (unitId: string, since: string | null) => ['handover', unitId, since ?? 'default'] as const,
};

/** A GET whose 403 means "not for your role": the section is then left out (null), not shown as an error. */
async function orNull<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (e) {
    if (isForbidden(e)) return null;
    throw e;
  }
}

/**
 * The resident's active courses the caller sees in one of their residential units (botilbud).
 * Empty for a citizen who does not live at a residence the caller works at: the residential sections are then not shown.
 */
export function useResidentialCourses(citizenId: string): { courses: CourseT[]; isPending: boolean } {
  const courses = useCourses(citizenId, true);
  const units = useMyUnits();
  const residential = new Set((units.data ?? []).filter((u) => u.kind === RESIDENTIAL).map((u) => u.id));
  return {
    courses: (courses.data ?? []).filter((c) => c.status === 'active' && residential.has(c.unitId)),
    isPending: courses.isPending || units.isPending,
  };
}

export function useMotivation(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: residentKeys.motivation(citizenId),
    queryFn: () => orNull(() => api.get<MotivationListT>(`/citizens/${enc(citizenId)}/motivation`)),
    enabled,
  });
}

export function useHarmReduction(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: residentKeys.harm(citizenId),
    queryFn: () => orNull(() => api.get<HarmResponseT>(`/citizens/${enc(citizenId)}/harm-reduction`)),
    enabled,
  });
}

export function usePeerAgreements(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: residentKeys.peer(citizenId),
    queryFn: () => orNull(() => api.get<PeerAgreementListT>(`/citizens/${enc(citizenId)}/peer-agreements`)),
    enabled,
  });
}

export function useSpecialistRequests(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: residentKeys.specialist(citizenId),
    queryFn: () => orNull(() => api.get<SpecialistRequestListT>(`/specialist-requests${query({ citizenId })}`)),
    enabled,
  });
}

/** The shift handover of a residence since an instant (null: the server's default, the last eight hours). */
export function useHandover(unitId: string, since: string | null) {
  return useQuery({
    queryKey: residentKeys.handover(unitId, since),
    queryFn: () => api.get<HandoverT>(`/units/${enc(unitId)}/handover${query({ since })}`),
    placeholderData: (previous) => previous,
  });
}

/** After a change to a resident's motivation: the resident's page and every handover show it anew. */
export async function refreshMotivation(queryClient: QueryClient, citizenId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: residentKeys.motivation(citizenId) }),
    queryClient.invalidateQueries({ queryKey: residentKeys.handoverAll }),
  ]);
}

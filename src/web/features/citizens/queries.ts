import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { CitizenListT, CitizenT, CourseT, Items, MethodT, MyUnitT, NoteT } from '../../types';

export const citizenKeys = {
  list: (params: CitizenListParams) => ['citizens', 'list', params] as const,
  one: (id: string) => ['citizens', id] as const,
  courses: (id: string) => ['citizens', id, 'courses'] as const,
  notes: (courseId: string) => ['courses', courseId, 'notes'] as const,
};

export type CitizenListParams = { q: string; mine: boolean; page: number; pageSize: number };

export function useCitizenList(params: CitizenListParams) {
  return useQuery({
    queryKey: citizenKeys.list(params),
    queryFn: () => api.get<CitizenListT>(`/citizens${query({ q: params.q, mine: String(params.mine), page: params.page, pageSize: params.pageSize })}`),
    placeholderData: (previous) => previous,
  });
}

export function useCitizen(id: string) {
  return useQuery({ queryKey: citizenKeys.one(id), queryFn: () => api.get<CitizenT>(`/citizens/${encodeURIComponent(id)}`) });
}

export function useCourses(citizenId: string, enabled: boolean) {
  return useQuery({
    queryKey: citizenKeys.courses(citizenId),
    queryFn: async () => (await api.get<Items<CourseT>>(`/citizens/${encodeURIComponent(citizenId)}/courses`)).items,
    enabled,
  });
}

export function useNotes(courseId: string, enabled: boolean) {
  return useQuery({
    queryKey: citizenKeys.notes(courseId),
    queryFn: async () => (await api.get<Items<NoteT>>(`/courses/${encodeURIComponent(courseId)}/notes`)).items,
    enabled,
  });
}

export function useMyUnits() {
  return useQuery({ queryKey: ['units'], queryFn: async () => (await api.get<Items<MyUnitT>>('/units')).items, staleTime: 300_000 });
}

export function useMethods() {
  return useQuery({ queryKey: ['methods'], queryFn: async () => (await api.get<Items<MethodT>>('/methods')).items, staleTime: 300_000 });
}

/** A client-created id, so that retrying a write creates nothing new. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

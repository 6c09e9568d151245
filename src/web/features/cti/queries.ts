import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api } from '../../api';
import type { TimelineT } from '../../types';

export const ctiKeys = {
  timeline: (courseId: string) => ['courses', courseId, 'timeline'] as const,
};

/** The CTI clock: phases with planned and actual dates, the month on the clock and the focus areas. */
export function useTimeline(courseId: string, enabled = true) {
  return useQuery({ queryKey: ctiKeys.timeline(courseId), queryFn: () => api.get<TimelineT>(`/courses/${encodeURIComponent(courseId)}/timeline`), enabled });
}

/** A changed timeline answer (focus areas, planned end) replaces the cached one; the course card shows the planned end too. */
export async function storeTimeline(queryClient: QueryClient, timeline: TimelineT, citizenId: string) {
  queryClient.setQueryData(ctiKeys.timeline(timeline.courseId), timeline);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ['citizens', citizenId, 'courses'] }),
    queryClient.invalidateQueries({ queryKey: ['courses', timeline.courseId, 'checklists'] }),
  ]);
}

/** After the citizen's address changed: every timeline knows whether the citizen has housing. */
export function invalidateTimelines(queryClient: QueryClient) {
  return queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'courses' && q.queryKey[2] === 'timeline' });
}

/** The expected contact rhythm in words: "ugentlig kontakt", "kontakt hver anden uge", … */
export function rhythmText(t: TFunction, days: number | null): string | null {
  if (!days) return null;
  if (days === 7) return t('cti.rhythm.weekly');
  if (days === 14) return t('cti.rhythm.biweekly');
  if (days >= 28 && days <= 31) return t('cti.rhythm.monthly');
  return t('cti.rhythm.days', { count: days });
}

import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { IcmPlan } from '../../../shared/schemas/teams';
import { api } from '../../api';

export type IcmPlanT = z.infer<typeof IcmPlan>;

export const methodKeys = {
  icmPlan: (courseId: string) => ['courses', courseId, 'icm-plan'] as const,
};

/** The ICM plan of a course (version 0 before one is written). */
export function useIcmPlan(courseId: string, enabled = true) {
  return useQuery({ queryKey: methodKeys.icmPlan(courseId), queryFn: () => api.get<IcmPlanT>(`/courses/${encodeURIComponent(courseId)}/icm-plan`), enabled });
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import type { ActionPlanT, Items } from '../../types';

export const actionPlanKeys = { list: (citizenId: string) => ['citizens', citizenId, 'action-plans'] as const };

export function useActionPlans(citizenId: string) {
  return useQuery({
    queryKey: actionPlanKeys.list(citizenId),
    queryFn: async () => (await api.get<Items<ActionPlanT>>(`/citizens/${encodeURIComponent(citizenId)}/action-plans`)).items,
  });
}

/** The PDF of a plan: a plain link with the plan id only (the session cookie authorises it). */
export function actionPlanPdfUrl(planId: string): string {
  return `/api/v1/action-plans/${encodeURIComponent(planId)}.pdf`;
}

import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { goalStatuses, goalTypes, type Goal } from '../../../shared/schemas/measurements';
import { api } from '../../api';
import { isForbidden } from '../../components/errors';

export type GoalT = z.infer<typeof Goal>;
export type GoalStatus = (typeof goalStatuses)[number];
export type GoalType = (typeof goalTypes)[number];
export { goalStatuses, goalTypes };

/** The order the groups are shown in: what is being worked on first. */
export const statusOrder: readonly GoalStatus[] = ['active', 'paused', 'achieved', 'dropped'];

export const goalKeys = { list: (citizenId: string) => ['citizens', citizenId, 'goals'] as const };

/** The citizen's goals; null when the user may not read them (no note access, e.g. a leader: 403). */
export function useGoals(citizenId: string) {
  return useQuery({
    queryKey: goalKeys.list(citizenId),
    queryFn: async () => {
      try {
        return (await api.get<{ items: GoalT[] }>(`/citizens/${encodeURIComponent(citizenId)}/goals`)).items;
      } catch (e) {
        if (isForbidden(e)) return null;
        throw e;
      }
    },
  });
}

/** A changed goal from the API replaces its old copy in the list (or joins it, when new). */
export function storeGoal(queryClient: QueryClient, goal: GoalT) {
  queryClient.setQueryData<GoalT[] | null>(goalKeys.list(goal.citizenId), (old) => {
    if (!old) return [goal];
    return old.some((g) => g.id === goal.id) ? old.map((g) => (g.id === goal.id ? goal : g)) : [goal, ...old];
  });
}

export const goalUrl = (goalId: string) => `/goals/${encodeURIComponent(goalId)}`;

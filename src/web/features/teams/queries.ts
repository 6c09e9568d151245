import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { Items } from '../../types';
import type { BoardT, MethodSettingsT, TeamT } from './types';

const c = (id: string) => encodeURIComponent(id);

export const teamKeys = {
  all: ['teams'] as const,
  one: (id: string) => ['teams', id] as const,
  board: (id: string, date: string) => ['teams', id, 'board', date] as const,
  settings: (organisationId: string) => ['method-settings', organisationId] as const,
};

/** The user's teams (an organisation admin: every team of the organisation). */
export function useTeams(enabled = true) {
  return useQuery({ queryKey: teamKeys.all, queryFn: async () => (await api.get<Items<TeamT>>('/teams')).items, enabled });
}

export function useTeam(id: string) {
  return useQuery({ queryKey: teamKeys.one(id), queryFn: () => api.get<TeamT>(`/teams/${c(id)}`) });
}

/** The daily board of a team on a day (members only). */
export function useBoard(id: string, date: string, enabled: boolean) {
  return useQuery({
    queryKey: teamKeys.board(id, date),
    queryFn: () => api.get<BoardT>(`/teams/${c(id)}/board${query({ date })}`),
    enabled: enabled && /^\d{4}-\d{2}-\d{2}$/.test(date),
  });
}

type BoardWrite = { method: 'post' | 'put' | 'delete'; path: string; body?: unknown };

/**
 * A write on the board (meeting, assignment, decision, crisis flag). Every one answers with the
 * board of the day, which replaces the cached one.
 */
export function useBoardWrite(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: BoardWrite) => {
      const url = `/teams/${c(teamId)}${path}`;
      return method === 'post' ? api.post<BoardT>(url, body) : method === 'put' ? api.put<BoardT>(url, body) : api.delete<BoardT>(url);
    },
    onSuccess: async (board) => {
      // The answer is the board of the day written to (a crisis flag answers with today's).
      queryClient.setQueryData(teamKeys.board(teamId, board.date), board);
      // Other days' boards (the crisis flags) and the team list (caseload) may have changed too.
      await queryClient.invalidateQueries({ queryKey: [...teamKeys.one(teamId), 'board'], predicate: (q) => q.queryKey[3] !== board.date });
      await queryClient.invalidateQueries({ queryKey: teamKeys.all, exact: true });
    },
  });
}

export function useMethodSettings(organisationId: string) {
  return useQuery({
    queryKey: teamKeys.settings(organisationId),
    queryFn: async () => (await api.get<Items<MethodSettingsT>>(`/method-settings${query({ organisationId })}`)).items,
    enabled: Boolean(organisationId),
  });
}

/** Team writes by an admin (create, members); refresh the teams and the admin lists. */
export function useTeamAdminWrite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ method, path, body }: { method: 'post' | 'put'; path: string; body: unknown }) =>
      method === 'post' ? api.post<TeamT>(path, body) : api.put<TeamT>(path, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: teamKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
}

import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../shared/access/roles';
import { rolePermissions } from '../../../shared/access/roles';
import { theoryMethods } from '../../../shared/schemas/theories';
import { api, query } from '../../api';
import { can, useMe } from '../auth/me';
import { useMyUnits } from '../citizens/queries';
import { useAdminUnitList } from '../residence/queries';
import type { MeT } from '../../types';
import type { TheoryT } from './theory/draft';

export type Method = (typeof theoryMethods)[number];
export const isMethod = (m: string): m is Method => (theoryMethods as readonly string[]).includes(m);

/** Everything of one unit's theories lives under ['theories', unitId]. */
export const theoryKeys = {
  unit: (unitId: string) => ['theories', unitId] as const,
  list: (unitId: string) => ['theories', unitId, 'all'] as const,
  method: (unitId: string, method: string) => ['theories', unitId, 'method', method] as const,
};

export type ResultUnit = { id: string; name: string; organisationId: string; organisationName: string };

/** Whether the user leads the unit or administers its organisation (who may save its theories). */
export function leadsUnit(me: MeT, unitId: string, organisationId: string | undefined): boolean {
  const leader = me.memberships.some((m) => m.unitId === unitId && rolePermissions[m.role as Role]?.includes('caseload.unit'));
  const admin = me.memberships.some((m) => m.unitId === null && m.role === 'admin' && m.organisationId === organisationId);
  return leader || admin;
}

/**
 * The units whose results the user follows: those they lead and, for an administrator, every unit of
 * the organisations they administer.
 */
export function useResultUnits() {
  const me = useMe();
  const admin = can(me, 'admin.manage');
  const mine = useMyUnits();
  const adminUnits = useAdminUnitList(admin);
  const units: ResultUnit[] = (mine.data ?? [])
    .filter((u) => leadsUnit(me, u.id, u.organisationId))
    .map((u) => ({ id: u.id, name: u.name, organisationId: u.organisationId, organisationName: u.organisationName }));
  for (const u of adminUnits.data ?? []) {
    if (!units.some((x) => x.id === u.id)) units.push({ id: u.id, name: u.name, organisationId: u.organisationId, organisationName: u.organisationName });
  }
  return { units, isPending: mine.isPending || (admin && adminUnits.isPending), error: mine.error ?? adminUnits.error };
}

/** A unit's theories: the saved ones and the defaults for the other methods it works with. */
export function useUnitTheories(unitIds: string[]) {
  return useQueries({
    queries: unitIds.map((unitId) => ({
      queryKey: theoryKeys.list(unitId),
      queryFn: async () => (await api.get<{ items: TheoryT[] }>(`/theories-of-change${query({ unitId })}`)).items,
    })),
  });
}

/** The unit's theory for one method (its own, or the default); null when there is neither. */
export function useTheory(unitId: string, method: string) {
  return useQuery({
    queryKey: theoryKeys.method(unitId, method),
    queryFn: async () => (await api.get<{ items: TheoryT[] }>(`/theories-of-change${query({ unitId, method })}`)).items[0] ?? null,
    enabled: isMethod(method),
  });
}

type Body = { title: string; elements: unknown[]; links: unknown[] };
type Save = { theory: Pick<TheoryT, 'id' | 'unitId' | 'method' | 'version'>; body: Body };

/** Saves a theory: the first time (a default, or none) as the unit's own (POST), afterwards as a new version (PUT). */
export function useSaveTheory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ theory, body }: Save) =>
      theory.id === null
        ? api.post<TheoryT>('/theories-of-change', { unitId: theory.unitId, method: theory.method, ...body })
        : api.put<TheoryT>(`/theories-of-change/${encodeURIComponent(theory.id)}`, { version: theory.version, ...body }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(theoryKeys.method(saved.unitId, saved.method), saved);
      await queryClient.invalidateQueries({ queryKey: theoryKeys.list(saved.unitId) });
    },
  });
}

import { createContext, useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Permission } from '../../../shared/access/roles';
import { ApiError, api } from '../../api';
import type { MeT } from '../../types';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export function useMeQuery() {
  return useQuery({
    queryKey: ME_KEY,
    queryFn: async (): Promise<MeT | null> => {
      try {
        return await api.get<MeT>('/me');
      } catch (e) {
        if (e instanceof ApiError && e.status === 401) return null;
        throw e;
      }
    },
    staleTime: 60_000,
  });
}

export const MeContext = createContext<MeT | null>(null);

export function useMe(): MeT {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside a signed-in page');
  return me;
}

export function can(me: MeT, permission: Permission): boolean {
  return me.permissions.includes(permission);
}

export function useCan(permission: Permission): boolean {
  return can(useMe(), permission);
}

import { useQuery } from '@tanstack/react-query';
import { api } from '../../api';
import { isForbidden } from '../../components/errors';

export const relations = ['family', 'partner', 'friend', 'neighbour', 'gp', 'psychiatry', 'substance_treatment', 'landlord', 'drop_in', 'job_centre', 'case_officer', 'other'] as const;
export const views = ['positive', 'mixed', 'negative', 'unknown'] as const;

export type NetworkEntryT = {
  id?: string;
  name: string;
  kind: 'person' | 'service';
  relation: (typeof relations)[number];
  contact: string | null;
  citizenView: (typeof views)[number];
  citizenSays: string | null;
};

export type NetworkT = {
  citizenId: string;
  version: number;
  entries: (NetworkEntryT & { id: string })[];
  note: string | null;
  by: { id: string; displayName: string } | null;
  at: string | null;
  canEdit: boolean;
};

export const networkKey = (citizenId: string) => ['network', citizenId] as const;

/** The citizen's network; null when the user may not read it (no note access: 403). */
export function useNetwork(citizenId: string) {
  return useQuery({
    queryKey: networkKey(citizenId),
    queryFn: async () => {
      try {
        return await api.get<NetworkT>(`/citizens/${encodeURIComponent(citizenId)}/network`);
      } catch (e) {
        if (isForbidden(e)) return null;
        throw e;
      }
    },
  });
}

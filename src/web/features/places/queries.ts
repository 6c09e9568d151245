import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../api';
import type { PlacesT } from '../../types';
import { useCan } from '../auth/me';

export const placeKeys = { list: (type: string) => ['places', type] as const, all: ['places'] as const };

/** The place register and the map settings (tiles may be switched off: then the list is the register). */
export function usePlaces(type = '', enabled = true) {
  return useQuery({ queryKey: placeKeys.list(type), queryFn: () => api.get<PlacesT>(`/places${query({ type })}`), placeholderData: (previous) => previous, enabled });
}

/** The place's own text, else the name of its registered place (the text may be empty when a place was chosen). */
export function usePlaceName(): (place: string | null, placeId: string | null) => string | null {
  const places = usePlaces('', useCan('place.read'));
  return (place, placeId) => place ?? places.data?.items.find((p) => p.id === placeId)?.name ?? null;
}

import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Instrument } from '../../../shared/schemas/measurements';
import { api, query } from '../../api';

export type InstrumentT = z.infer<typeof Instrument>;

export const instrumentKeys = { list: (organisationId: string) => ['instruments', organisationId] as const };

/** The organisation's instruments in their latest version: the shipped ones first, then its own. */
export function useInstruments(organisationId: string) {
  return useQuery({
    queryKey: instrumentKeys.list(organisationId),
    queryFn: async () => (await api.get<{ items: InstrumentT[] }>(`/instruments${query({ organisationId })}`)).items,
    enabled: Boolean(organisationId),
  });
}

/** The instrument's name in the UI language (Danish unless English is chosen). */
export const localName = (text: { da: string; en: string }, language: string) => (language === 'en' ? text.en : text.da);

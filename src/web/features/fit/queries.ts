import { useQuery, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Items } from '../../types';
import type { z } from 'zod';
import type { CitizenChart } from '../../../shared/schemas/measurements';
import type { AlertT, DevelopmentT, InstrumentT, SeriesT, TextT } from './types';

export const fitKeys = {
  /** Under "instruments", so that saving an instrument (admin) refreshes these too. */
  instruments: ['instruments', 'in-use'] as const,
  /** Under the citizen, so that refreshing a citizen refreshes the development too. */
  development: (citizenId: string) => ['citizens', citizenId, 'development'] as const,
  /** Not under "me": the 401 handler keeps "me" queries, and alerts name citizens. */
  myAlerts: ['alerts', 'mine'] as const,
};

/** The organisation's instruments in their latest versions. */
export function useInstruments(enabled = true) {
  return useQuery({
    queryKey: fitKeys.instruments,
    queryFn: async () => (await api.get<Items<InstrumentT>>('/instruments')).items,
    staleTime: 300_000,
    enabled,
  });
}

/** Each instrument over time and the citizen's alerts (needs note access: 403 for a leader). */
export function useDevelopment(citizenId: string, enabled = true) {
  return useQuery({
    queryKey: fitKeys.development(citizenId),
    queryFn: () => api.get<DevelopmentT>(`/citizens/${encodeURIComponent(citizenId)}/development`),
    enabled,
  });
}

export function useMyAlerts() {
  return useQuery({ queryKey: fitKeys.myAlerts, queryFn: async () => (await api.get<Items<AlertT>>('/me/alerts')).items });
}

/** After a new measurement: the citizen's development and everyone's alerts. */
export async function refreshMeasurements(queryClient: QueryClient, citizenId: string) {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: fitKeys.development(citizenId) }),
    queryClient.invalidateQueries({ queryKey: ['citizens', citizenId, 'measurements'] }),
    queryClient.invalidateQueries({ queryKey: ['alerts'] }),
  ]);
}

/** Picks the text of an instrument ({da, en}) in the current UI language. */
export function useLocalText() {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'da';
  return (text: TextT | undefined | null) => (text ? text[lang] || text.da : '');
}

/** A change in points with its sign (+4, −8, 0). */
export function signed(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `−${Math.abs(n)}`;
  return '0';
}

/**
 * The citizen's own chart in the citizen view: totals over time only, from the one endpoint the
 * locked session still answers, shaped as a series for SeriesView.
 */
export function useCitizenChart(courseId: string, enabled = true) {
  return useQuery({
    queryKey: ['citizen-chart', courseId],
    enabled,
    queryFn: async (): Promise<SeriesT[]> => {
      const chart = await api.get<z.infer<typeof CitizenChart>>(`/courses/${encodeURIComponent(courseId)}/citizen-chart`);
      return chart.series.map((c) => {
        const first = c.points[0]?.total ?? null;
        const last = c.points[c.points.length - 1]?.total ?? null;
        const change = first !== null && last !== null ? last - first : null;
        return {
          instrument: { ...c.instrument, version: 0, builtIn: true, organisationId: null, intro: { da: '', en: '' }, credit: null, items: [], scoring: { method: 'sum', multiplier: 1 } },
          points: c.points.map((p) => ({ id: p.at, at: p.at, total: p.total, items: {}, mode: 'citizen' as const, version: 0, flags: [] })),
          first,
          last,
          change,
          meaningful: change !== null && Math.abs(change) >= c.instrument.reliableChange,
          band: c.band,
        };
      });
    },
  });
}

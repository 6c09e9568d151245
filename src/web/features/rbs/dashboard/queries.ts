import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../../api';
import { lastDayOf } from './periods';
import type { CatalogueT, DashboardT, IndicatorCoursesT, PeriodT } from './types';

/** The query parameters of a period: its first and last day. */
export const periodDates = (p: Pick<PeriodT, 'fromMonth' | 'toMonth'>) => ({ from: `${p.fromMonth}-01`, to: lastDayOf(p.toMonth) });

/** A unit's dashboard over a period. Figures only, no citizen identities. */
export function useDashboard(unitId: string, period: PeriodT) {
  const { from, to } = periodDates(period);
  return useQuery({
    queryKey: ['dashboard', unitId, from, to, period.interval],
    queryFn: () => api.get<DashboardT>(`/dashboards/${encodeURIComponent(unitId)}${query({ from, to, interval: period.interval })}`),
    placeholderData: (previous) => (previous?.unit.id === unitId ? previous : undefined),
    retry: false,
  });
}

/** The indicator catalogue (which indicators the data can compute at all). */
export function useCatalogue() {
  return useQuery({ queryKey: ['indicators', 'catalogue'], queryFn: () => api.get<CatalogueT>('/indicators'), staleTime: 300_000 });
}

/** The courses behind one indicator's figure for the whole period (loaded on demand; every course listed is logged as read). */
export function useIndicatorCourses(key: string, unitId: string, from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['dashboard', unitId, 'courses', key, from, to],
    queryFn: () => api.get<IndicatorCoursesT>(`/indicators/${encodeURIComponent(key)}/courses${query({ unitId, from, to })}`),
    enabled,
    retry: false,
  });
}

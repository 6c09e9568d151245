import type { z } from 'zod';
import type { Dashboard, IndicatorCatalogue, IndicatorCourses, IndicatorPoint, IndicatorResult } from '../../../../shared/schemas/indicators';

export { indicatorIntervals } from '../../../../shared/schemas/indicators';

export type DashboardT = z.infer<typeof Dashboard>;
export type IndicatorResultT = z.infer<typeof IndicatorResult>;
export type PointT = z.infer<typeof IndicatorPoint>;
export type CatalogueT = z.infer<typeof IndicatorCatalogue>;
export type CatalogueItemT = CatalogueT['items'][number];
export type IndicatorCoursesT = z.infer<typeof IndicatorCourses>;
export type Interval = DashboardT['interval'];
export type Measure = IndicatorResultT['measure'];

/** The period asked for: whole months (YYYY-MM), both included, split by `interval`. */
export type PeriodT = { fromMonth: string; toMonth: string; interval: Interval };

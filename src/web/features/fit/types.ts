import type { z } from 'zod';
import type { AlertList, Development, Instrument, Measurement } from '../../../shared/schemas/measurements';

export type InstrumentT = z.infer<typeof Instrument>;
export type DevelopmentT = z.infer<typeof Development>;
export type SeriesT = DevelopmentT['series'][number];
export type PointT = SeriesT['points'][number];
export type AlertT = z.infer<typeof AlertList>['items'][number];
export type MeasurementT = z.infer<typeof Measurement>;
export type TextT = { da: string; en: string };

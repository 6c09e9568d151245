import { crisisPathway, crisisStay } from './crisis';
import { cti } from './cti';
import { generic } from './generic';
import type { Config } from '../config';
import type { MethodFeature, MethodModel } from './model';
import { outreach } from './outreach';

export const methodModels: readonly MethodModel[] = [outreach, cti, crisisPathway, crisisStay, generic];

export function findMethod(id: string): MethodModel | undefined {
  return methodModels.find((m) => m.id === id);
}

export type { MethodFeature, MethodModel } from './model';

/** Ids of the methods that use `feature`. */
export function methodsWith(feature: MethodFeature): string[] {
  return methodModels.filter((m) => m.features.includes(feature)).map((m) => m.id);
}

/**
 * A method model with the municipality's settings applied (CTI phase lengths and contact rhythm).
 * The model's own values are the defaults.
 */
export function effectiveMethod(method: MethodModel, config: Pick<Config, 'ctiPhaseMonths' | 'ctiContactDays'>): MethodModel {
  if (method.id !== 'cti') return method;
  const timed = ['phase1', 'phase2', 'phase3'];
  return {
    ...method,
    phases: method.phases.map((p) => {
      const i = timed.indexOf(p.id);
      return i < 0 ? p : { ...p, plannedMonths: config.ctiPhaseMonths[i], expectedContactDays: config.ctiContactDays[i] };
    }),
  };
}

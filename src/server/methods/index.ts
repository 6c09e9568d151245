import { act } from './act';
import { crisisPathway, crisisStay } from './crisis';
import { cti } from './cti';
import { generic } from './generic';
import { icm } from './icm';
import type { Config } from '../config';
import type { MethodFeature, MethodModel } from './model';
import { outreach } from './outreach';
import { residential } from './residential';

export const methodModels: readonly MethodModel[] = [outreach, cti, icm, act, crisisPathway, crisisStay, residential, generic];

export function findMethod(id: string): MethodModel | undefined {
  return methodModels.find((m) => m.id === id);
}

export type { MethodFeature, MethodModel } from './model';

/** Ids of the methods that use `feature`. */
export function methodsWith(feature: MethodFeature): string[] {
  return methodModels.filter((m) => m.features.includes(feature)).map((m) => m.id);
}

/** What a municipality may set per method (all optional; the model and the deployment give the rest). */
export type MethodSettingValues = {
  caseloadPerWorker?: number;
  phaseMonths?: number[];
  contactDays?: number[];
  requireHousing?: boolean;
  notSeenDays?: number;
  communityShare?: number;
};

/** The deployment's defaults (environment) for a method, beneath the municipality's own settings. */
export function deploymentDefaults(method: MethodModel, config: Pick<Config, 'ctiPhaseMonths' | 'ctiContactDays' | 'ctiRequireHousing'>): MethodSettingValues {
  const base: MethodSettingValues = {};
  if (method.norms) base.caseloadPerWorker = method.norms.caseloadPerWorker;
  if (method.norms?.communityShare !== undefined) base.communityShare = method.norms.communityShare;
  if (method.features.includes('teamBoard')) base.notSeenDays = method.board?.notSeenDays ?? 7;
  if (method.id === 'cti') Object.assign(base, { phaseMonths: [...config.ctiPhaseMonths], contactDays: [...config.ctiContactDays], requireHousing: config.ctiRequireHousing });
  return base;
}

/**
 * A method model with the settings in force applied: the deployment's defaults, then the
 * municipality's settings (the version a course started under, for a course). The model's own
 * values are the defaults of the defaults.
 */
export function effectiveMethod(
  method: MethodModel,
  config: Pick<Config, 'ctiPhaseMonths' | 'ctiContactDays' | 'ctiRequireHousing'>,
  settings: MethodSettingValues = {},
): MethodModel {
  const v = { ...deploymentDefaults(method, config), ...settings };
  const timed = method.phases.filter((p) => p.plannedMonths !== undefined).map((p) => p.id);
  return {
    ...method,
    phases: method.phases.map((p) => {
      const i = timed.indexOf(p.id);
      if (i < 0) return p;
      return { ...p, plannedMonths: v.phaseMonths?.[i] ?? p.plannedMonths, expectedContactDays: v.contactDays?.[i] ?? p.expectedContactDays };
    }),
    clock: method.clock && (v.requireHousing === false ? { startsIn: method.clock.startsIn } : method.clock),
    norms: method.norms && { ...method.norms, caseloadPerWorker: v.caseloadPerWorker ?? method.norms.caseloadPerWorker, ...(v.communityShare !== undefined ? { communityShare: v.communityShare } : {}) },
    board: v.notSeenDays !== undefined ? { notSeenDays: v.notSeenDays } : method.board,
  };
}

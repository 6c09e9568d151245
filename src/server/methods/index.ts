import { crisisPathway, crisisStay } from './crisis';
import { generic } from './generic';
import type { MethodFeature, MethodModel } from './model';
import { outreach } from './outreach';

export const methodModels: readonly MethodModel[] = [outreach, crisisPathway, crisisStay, generic];

export function findMethod(id: string): MethodModel | undefined {
  return methodModels.find((m) => m.id === id);
}

export type { MethodFeature, MethodModel } from './model';

/** Ids of the methods that use `feature`. */
export function methodsWith(feature: MethodFeature): string[] {
  return methodModels.filter((m) => m.features.includes(feature)).map((m) => m.id);
}

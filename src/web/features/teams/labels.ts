import type { TFunction } from 'i18next';

/** The Danish (or English) name of a team discipline. */
export const disciplineName = (t: TFunction, discipline: string) => t(`disciplines.${discipline}`, { defaultValue: discipline });

/** The method's name (`methods.<id>`). */
export const methodName = (t: TFunction, method: string) => t(`methods.${method}`, { defaultValue: method.toUpperCase() });

/** A member as "Name (discipline)". */
export const memberLabel = (t: TFunction, m: { displayName: string; discipline: string }) => `${m.displayName} (${disciplineName(t, m.discipline)})`;

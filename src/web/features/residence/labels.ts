import type { TFunction } from 'i18next';
import type { UnitMemberT } from './types';

/** A member of the unit as "Name (role, role)". */
export const memberName = (t: TFunction, m: UnitMemberT) => `${m.displayName} (${m.roles.map((r) => t(`roles.${r}`)).join(', ')})`;

import type { MeT, MyUnitT } from '../../types';
import { can, useMe } from '../auth/me';
import { useMyUnits } from '../citizens/queries';

/** A member of a crisis center (its units have the kind `crisis_center`). */
export function isCrisisStaff(units: MyUnitT[] | undefined): boolean {
  return (units ?? []).some((u) => u.kind === 'crisis_center');
}

/** The user holds a role in the organisation (e.g. the crisis center or the municipality of a request). */
export function memberOf(me: MeT, organisationId: string): boolean {
  return me.memberships.some((m) => m.organisationId === organisationId && m.role !== 'spotter');
}

/** Those who follow the pathway (the social mentor, the crisis center) see the requests and the /crisis page. */
export function useFollowsPathway(): boolean {
  const me = useMe();
  return can(me, 'crisis.mentor') || isCrisisStaff(useMyUnits().data);
}

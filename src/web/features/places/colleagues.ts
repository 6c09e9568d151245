import type { MyUnitT } from '../../types';

/** Everyone in the user's units (once each), e.g. to assign to a place or to name on a round. */
export function colleaguesOf(units: MyUnitT[] | undefined, exceptId?: string) {
  const people = new Map<string, string>();
  for (const u of units ?? []) for (const m of u.members) if (m.id !== exceptId) people.set(m.id, m.displayName);
  return [...people].map(([id, displayName]) => ({ id, displayName })).sort((a, b) => a.displayName.localeCompare(b.displayName, 'da'));
}

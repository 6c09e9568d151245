import { findActorById } from '../auth/auth.repo';
import type { Deps } from '../deps';
import { createAccessContext } from './context';
import { createScope, type Scope } from './scope';

/** A scope acting as a given user, for the demo seed and command-line tools: the same door as a request. */
export async function scopeForUser(deps: Deps, userId: string): Promise<Scope> {
  const actor = await findActorById(deps.database.db, userId);
  if (!actor) throw new Error(`no such user ${userId}`);
  return createScope({ db: deps.database.db, access: createAccessContext(actor), config: deps.config, cpr: deps.cpr, clientAddress: null });
}

/** The nil UUID: background jobs act as no user. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/**
 * A scope for background jobs: no user and no permissions, so no route-level rule can be met by it.
 * Jobs compute and store aggregates; they show no one anything and so write no audit rows.
 */
export function jobScope(deps: Deps): Scope {
  const access = createAccessContext({ userId: NO_USER, username: 'job', displayName: 'job', memberships: [] });
  return createScope({ db: deps.database.db, access, config: deps.config, cpr: deps.cpr, clientAddress: null });
}

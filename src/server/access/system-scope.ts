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

import type { z } from 'zod';
import type { LoginBody } from '../../shared/schemas/auth';
import { createAccessContext } from '../access/context';
import type { Deps } from '../deps';
import { AppError } from '../http/problem';
import { clearFailures, createSession, findMemberships, findUserByUsername, hashToken, isThrottled, recordFailure } from './auth.repo';
import { dummyHash, verifyPassword } from './passwords';

/** Checks the password (throttled per username) and opens a session. */
export async function logIn({ database: { db }, config }: Deps, body: z.infer<typeof LoginBody>) {
  const key = body.username.toLowerCase();
  if (await isThrottled(db, key)) throw new AppError(429, 'too_many_attempts');
  const user = await findUserByUsername(db, key);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), body.password);
  if (!user || !ok || user.disabled) {
    await recordFailure(db, key);
    throw new AppError(401, 'invalid_credentials');
  }
  await clearFailures(db, key);
  const token = await createSession(db, user.id, config.sessionHours);
  const memberships = await findMemberships(db, user.id);
  const access = createAccessContext({ userId: user.id, username: user.username, displayName: user.displayName, memberships });
  return {
    token,
    me: { user: { id: user.id, username: user.username, displayName: user.displayName }, memberships, permissions: access.permissions() },
  };
}

/**
 * Confirms the signed-in user's password without a new session: the worker unlocks the device after
 * handing it to the citizen (citizen view). Throttled like a login.
 */
export async function confirmPassword({ database: { db } }: Deps, username: string, password: string, sessionToken: string) {
  // Throttled per session, not per user: whoever holds the device cannot lock the worker out of their account.
  const key = `confirm:${hashToken(sessionToken)}`;
  if (await isThrottled(db, key)) throw new AppError(429, 'too_many_attempts');
  const user = await findUserByUsername(db, username.toLowerCase());
  if (!user || user.disabled || !(await verifyPassword(user.passwordHash, password))) {
    await recordFailure(db, key);
    // 403, not 401: the session is still valid; only the unlock failed.
    throw new AppError(403, 'invalid_credentials');
  }
  await clearFailures(db, key);
}

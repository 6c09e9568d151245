import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Role } from '../../shared/access/roles';
import type { Db } from '../db/client';
import { loginThrottle, memberships, organisations, sessions, units, users } from '../db/schema';
import type { Actor } from '../access/context';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export async function findUserByUsername(db: Db, username: string) {
  const [user] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
  return user;
}

export async function createSession(db: Db, userId: string, hours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({ id: hashToken(token), userId, expiresAt: new Date(Date.now() + hours * 3_600_000) });
  return token;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
}

/** The actor behind a session token, or null when the session is unknown, expired or the user disabled. */
export async function findActorBySession(db: Db, token: string, hours: number): Promise<Actor | null> {
  const id = hashToken(token);
  const [row] = await db
    .select({ userId: users.id, username: users.username, displayName: users.displayName, lastSeenAt: sessions.lastSeenAt, lockedCourseId: sessions.lockedCourseId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false)));
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > 5 * 60_000) {
    // Sliding expiry, refreshed at most every five minutes.
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + hours * 3_600_000) })
      .where(eq(sessions.id, id));
  }
  return { userId: row.userId, username: row.username, displayName: row.displayName, lockedCourseId: row.lockedCourseId, memberships: await findMemberships(db, row.userId) };
}

/** Locks the session to one course while the citizen holds the device, or (null) unlocks it. */
export async function setSessionLock(db: Db, token: string, courseId: string | null): Promise<void> {
  await db.update(sessions).set({ lockedCourseId: courseId }).where(eq(sessions.id, hashToken(token)));
}

export async function findMemberships(db: Db, userId: string): Promise<Actor['memberships']> {
  const rows = await db
    .select({
      id: memberships.id,
      organisationId: memberships.organisationId,
      organisationName: organisations.name,
      unitId: memberships.unitId,
      unitName: units.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .leftJoin(units, eq(units.id, memberships.unitId))
    .where(eq(memberships.userId, userId))
    .orderBy(organisations.name, units.name, memberships.role);
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

const MAX_FAILURES = 5;
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;

/** True while `key` is locked out after repeated failed logins. */
export async function isThrottled(db: Db, key: string): Promise<boolean> {
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
  return Boolean(row?.lockedUntil && row.lockedUntil.getTime() > Date.now());
}

export async function recordFailure(db: Db, key: string): Promise<void> {
  const now = new Date();
  const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
  if (!row || now.getTime() - row.firstFailureAt.getTime() > WINDOW_MS) {
    await db
      .insert(loginThrottle)
      .values({ key, failures: 1, firstFailureAt: now, lockedUntil: null })
      .onConflictDoUpdate({ target: loginThrottle.key, set: { failures: 1, firstFailureAt: now, lockedUntil: null } });
    return;
  }
  const failures = row.failures + 1;
  await db
    .update(loginThrottle)
    .set({ failures, lockedUntil: failures >= MAX_FAILURES ? new Date(now.getTime() + LOCK_MS) : null })
    .where(eq(loginThrottle.key, key));
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}


export async function findActorById(db: Db, userId: string): Promise<Actor | null> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  return { userId: user.id, username: user.username, displayName: user.displayName, memberships: await findMemberships(db, user.id) };
}

import { createHash, randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
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

/**
 * The actor behind a session token, or null when the session is unknown, expired or the user
 * disabled. Asked on every request, so one statement: the session, its user and their memberships
 * (ordered as findMemberships orders them).
 */
export async function findActorBySession(db: Db, token: string, hours: number): Promise<Actor | null> {
  const id = hashToken(token);
  const res = (await db.execute(sql`
    select u.id as "userId", u.username, u.display_name as "displayName", s.last_seen_at as "lastSeenAt", s.locked_course_id as "lockedCourseId",
           coalesce((select json_agg(json_build_object('id', m.id, 'organisationId', m.organisation_id, 'organisationName', o.name,
                                                       'unitId', m.unit_id, 'unitName', un.name, 'role', m.role)
                                     order by o.name, un.name, m.role)
                       from memberships m join organisations o on o.id = m.organisation_id left join units un on un.id = m.unit_id
                      where m.user_id = u.id), '[]'::json) as memberships
      from sessions s join users u on u.id = s.user_id
     where s.id = ${id} and s.expires_at > now() and u.disabled = false`)) as unknown as {
    rows: (Omit<Actor, 'memberships'> & { lastSeenAt: Date | string; memberships: Actor['memberships'] })[];
  };
  const row = res.rows[0];
  if (!row) return null;
  if (Date.now() - new Date(row.lastSeenAt).getTime() > 5 * 60_000) {
    // Sliding expiry, refreshed at most every five minutes.
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + hours * 3_600_000) })
      .where(eq(sessions.id, id));
  }
  return { userId: row.userId, username: row.username, displayName: row.displayName, lockedCourseId: row.lockedCourseId, memberships: row.memberships };
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

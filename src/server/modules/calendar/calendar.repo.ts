import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { hashToken } from '../../auth/auth.repo';
import type { Db } from '../../db/client';
import { calendarTokens, users } from '../../db/schema';

/** Issues a new secret feed token for the user and revokes the earlier ones. */
export async function issueCalendarToken(db: Db, userId: string): Promise<string> {
  const token = randomBytes(24).toString('base64url');
  await revokeCalendarTokens(db, userId);
  await db.insert(calendarTokens).values({ id: hashToken(token), userId });
  return token;
}

export async function revokeCalendarTokens(db: Db, userId: string): Promise<void> {
  await db
    .update(calendarTokens)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)));
}

export async function findCalendarTokenUser(db: Db, token: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: calendarTokens.userId })
    .from(calendarTokens)
    .innerJoin(users, eq(users.id, calendarTokens.userId))
    .where(and(eq(calendarTokens.id, hashToken(token)), isNull(calendarTokens.revokedAt), eq(users.disabled, false)));
  return row?.userId;
}

import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { partnerActivities, partnerContacts, partners, units, users } from '../../db/schema';

export async function findPartners(db: Db, organisationIds: string[], id?: string) {
  const rows = await db
    .select()
    .from(partners)
    .where(id ? eq(partners.id, id) : inArray(partners.organisationId, organisationIds))
    .orderBy(asc(partners.name));
  const visible = rows.filter((p) => organisationIds.includes(p.organisationId));
  const ids = visible.map((p) => p.id);
  if (ids.length === 0) return [];
  // One query at a time: `db` may be a transaction's single connection.
  const contacts = await db.select().from(partnerContacts).where(inArray(partnerContacts.partnerId, ids)).orderBy(asc(partnerContacts.name));
  const activities = await db
      .select({
        id: partnerActivities.id,
        partnerId: partnerActivities.partnerId,
        kind: partnerActivities.kind,
        date: partnerActivities.date,
        description: partnerActivities.description,
        byName: users.displayName,
        unitName: units.name,
      })
      .from(partnerActivities)
      .innerJoin(users, eq(users.id, partnerActivities.byUserId))
      .innerJoin(units, eq(units.id, partnerActivities.unitId))
      .where(inArray(partnerActivities.partnerId, ids))
      .orderBy(desc(partnerActivities.date));
  return visible.map((p) => ({
    ...p,
    contacts: contacts.filter((c) => c.partnerId === p.id),
    activities: activities.filter((a) => a.partnerId === p.id),
  }));
}

export async function insertPartner(db: Db, values: typeof partners.$inferInsert, contacts: Omit<typeof partnerContacts.$inferInsert, 'partnerId'>[]) {
  await db.insert(partners).values(values);
  if (contacts.length) await db.insert(partnerContacts).values(contacts.map((c) => ({ ...c, partnerId: values.id })));
}

export const insertPartnerActivity = (db: Db, values: typeof partnerActivities.$inferInsert) => db.insert(partnerActivities).values(values);

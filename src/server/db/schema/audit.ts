import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The access log. Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE) and hash-chained per
 * organisation: hash = sha256(prevHash + canonical JSON of the row's content).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'bigint' }).primaryKey(),
    organisationId: uuid('organisation_id').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    userId: uuid('user_id'),
    action: text('action').notNull(),
    citizenId: uuid('citizen_id'),
    courseId: uuid('course_id'),
    context: jsonb('context').$type<Record<string, unknown>>().notNull(),
    clientAddress: text('client_address'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_org_id').on(t.organisationId, t.id),
    index('audit_log_citizen').on(t.citizenId, t.at),
    index('audit_log_user').on(t.userId, t.at),
  ],
);

import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Client, TestContext } from '../../test/harness';
import { API, type DemoIds } from '../../test/helpers';

/**
 * Test data for the indicator tests: a fresh unit with its own users (through the admin API), and
 * rows with exact past dates inserted directly (the API stamps "now" on much of what the indicators
 * count, e.g. when a goal was set or a midway meeting was held).
 */
export const PASSWORD = 'indikator-adgangskode';

export async function freshUnit(t: TestContext, ids: DemoIds, org: string, name: string, kind: string, roles: Record<string, string>) {
  const admin = await t.login('admin');
  const unit = (await admin.post(`${API}/admin/units`, { organisationId: ids.org(org), name, kind })).body.id as string;
  const users: Record<string, { id: string; client: Client }> = {};
  for (const [key, role] of Object.entries(roles)) {
    const username = `${name.toLowerCase().replace(/[^a-z0-9]/g, '')}-${key}`;
    const created = await admin.post(`${API}/admin/users`, { username, displayName: `${name} ${key}`, password: PASSWORD });
    expect(created.status).toBe(201);
    expect((await admin.post(`${API}/admin/users/${created.body.id}/memberships`, { unitId: unit, role })).status).toBe(201);
    users[key] = { id: created.body.id, client: await t.login(username, PASSWORD) };
  }
  return { unit, orgId: ids.org(org), users };
}

export type Fx = { t: TestContext; unit: string; orgId: string; by: string };

/** Noon on a day, Danish time (winter or summer, the day is the same). */
export const noon = (day: string) => `${day}T12:00:00+01:00`;

export async function citizen(fx: Fx, name: string): Promise<string> {
  const id = randomUUID();
  await fx.t.sql(`insert into citizens (id, organisation_id, kind, name, own_words, safety_notes) values ($1, $2, 'identified', $3, '{"whatMatters":"","hopesAndDreams":"","wantHelpWith":"","doNotWant":""}', '[]')`, [id, fx.orgId, name]);
  return id;
}

/** A citizen with a course in the unit; `phases` are [day, phase] changes after the start. */
export async function course(
  fx: Fx,
  o: { name: string; method: string; phase: string; start: string; ended?: string; endReason?: string; phases?: [string, string][]; workers?: string[]; citizenId?: string },
): Promise<{ citizenId: string; courseId: string }> {
  const citizenId = o.citizenId ?? (await citizen(fx, o.name));
  const courseId = randomUUID();
  const final = o.phases?.at(-1)?.[1] ?? o.phase;
  await fx.t.sql(
    `insert into courses (id, organisation_id, citizen_id, unit_id, method, method_version, phase, status, start_date, ended_at, end_reason, created_by)
     values ($1, $2, $3, $4, $5, '1', $6, $7, $8, $9, $10, $11)`,
    [courseId, fx.orgId, citizenId, fx.unit, o.method, final, o.ended ? 'ended' : 'active', o.start, o.ended ? noon(o.ended) : null, o.endReason ?? null, fx.by],
  );
  const changes: [string, string | null, string][] = [[o.start, null, o.phase]];
  let from = o.phase;
  for (const [day, to] of o.phases ?? []) {
    changes.push([day, from, to]);
    from = to;
  }
  for (const [day, fromPhase, toPhase] of changes) {
    await fx.t.sql(`insert into course_phase_history (id, course_id, from_phase, to_phase, at, by_user_id) values ($1, $2, $3, $4, $5, $6)`, [randomUUID(), courseId, fromPhase, toPhase, noon(day), fx.by]);
  }
  for (const w of o.workers ?? []) await fx.t.sql(`insert into course_workers (course_id, user_id) values ($1, $2)`, [courseId, w]);
  return { citizenId, courseId };
}

/** Contact attempts on an outreach course: [day, outcome], a minute apart on the same day. */
export async function attempts(fx: Fx, c: { citizenId: string; courseId: string }, list: [string, string][], nextPlanned?: string) {
  for (const [i, [day, outcome]] of list.entries()) {
    const at = `${day}T10:${String(i % 60).padStart(2, '0')}:00+01:00`;
    const next = i === list.length - 1 && nextPlanned ? noon(nextPlanned) : null;
    await fx.t.sql(
      `insert into contact_attempts (id, organisation_id, course_id, citizen_id, at, method, outcome, participant_ids, next_planned_at, created_by)
       values ($1, $2, $3, $4, $5, 'door_knock', $6, $7, $8, $9)`,
      [randomUUID(), fx.orgId, c.courseId, c.citizenId, at, outcome, JSON.stringify([fx.by]), next, fx.by],
    );
  }
}

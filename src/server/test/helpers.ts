import { expect } from 'vitest';
import { Client, ORIGIN, type Response, type TestContext } from './harness';

/** Shared helpers for the API test suites (ids of the demo data, raw requests, problem checks). */

export const API = '/api/v1';

export const demoUsernames = ['admin', 'vita', 'yosef', 'leder', 'mentor', 'spotter', 'krise', 'cti', 'act', 'bo', 'peer', 'boleder', 'myndighed', 'dpo', 'anden'] as const;
export type DemoUsername = (typeof demoUsernames)[number];

export const MANDEN = 'Manden for enden af grusvejen';
export const KVINDEN = 'Kvinden på bænken ved biblioteket';

export type DemoIds = {
  org: (name: string) => string;
  unit: (name: string) => string;
  user: (username: string) => string;
  /** A demo citizen by name or alias. */
  citizen: (nameOrAlias: string) => string;
  /** The first course of a demo citizen. */
  course: (nameOrAlias: string) => string;
};

const must = (map: Map<string, string>, what: string) => (key: string) => {
  const value = map.get(key);
  if (!value) throw new Error(`no demo ${what} "${key}"`);
  return value;
};

/** Looks up the ids of the demo organisation's records (read-only SQL). */
export async function demoIds(t: TestContext): Promise<DemoIds> {
  const orgs = await t.sql<{ id: string; name: string }>('select id, name from organisations');
  const units = await t.sql<{ id: string; name: string }>('select id, name from units');
  const users = await t.sql<{ id: string; username: string }>('select id, username from users');
  const citizens = await t.sql<{ id: string; label: string; course_id: string }>(
    `select c.id, coalesce(c.name, c.alias) as label,
            (select k.id from courses k where k.citizen_id = c.id order by k.created_at, k.id limit 1) as course_id
       from citizens c`,
  );
  return {
    org: must(new Map(orgs.map((o) => [o.name, o.id])), 'organisation'),
    unit: must(new Map(units.map((u) => [u.name, u.id])), 'unit'),
    user: must(new Map(users.map((u) => [u.username, u.id])), 'user'),
    citizen: must(new Map(citizens.map((c) => [c.label, c.id])), 'citizen'),
    course: must(new Map(citizens.map((c) => [c.label, c.course_id])), 'course'),
  };
}

/** Number of rows in a table, optionally filtered (`where` is trusted test SQL with $n params). */
export async function countRows(t: TestContext, table: string, where = 'true', params: unknown[] = []): Promise<number> {
  const [row] = await t.sql<{ n: number }>(`select count(*)::int as n from ${table} where ${where}`, params);
  return row.n;
}

/** The row counts that a rejected request must leave unchanged (the core tables, plus `extra`). */
export async function snapshotCounts(t: TestContext, extra: string[] = []) {
  const tables = ['citizens', 'courses', 'case_notes', 'case_note_versions', 'audit_log', 'access_grants', 'units', 'users', 'memberships', ...extra];
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await countRows(t, table);
  return out;
}

/** Asserts an RFC 9457 problem response with a stable code. */
export function expectProblem(res: Response, status: number, code: string) {
  expect({ status: res.status, code: res.body?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
}

/** Signs in with a new session of its own (not the harness' cached one), e.g. to log it out. */
export async function freshLogin(t: TestContext, username: string, password = 'demo'): Promise<Client> {
  const res = await t.anonymous.post(`${API}/auth/login`, { username, password });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status}`);
  return new Client(t.app, res.headers.get('set-cookie')!.split(';')[0]);
}

/**
 * A request with exactly the given headers (no default Origin), optionally with the Node server
 * bindings (`env`) a real socket would give, e.g. the client address.
 */
export async function rawRequest(
  t: TestContext,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string; env?: unknown } = {},
): Promise<Response> {
  const res = await t.app.request(`${ORIGIN}${path}`, { method, headers: opts.headers ?? {}, body: opts.body }, opts.env as never);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, headers: res.headers, text };
}

/** Creates a citizen through the API and returns its id and first course id. */
export async function createCitizen(client: Client, body: Record<string, unknown>): Promise<{ id: string; courseId: string }> {
  const res = await client.post(`${API}/citizens`, body);
  if (res.status !== 201) throw new Error(`create citizen failed: ${res.status} ${res.text}`);
  const courses = await client.get(`${API}/citizens/${res.body.id}/courses`);
  return { id: res.body.id, courseId: courses.body.items[0].id };
}

/** True when a CPR number passes the (old) modulus-11 check. */
export function passesModulus11(cpr: string): boolean {
  const digits = cpr.replace('-', '').split('').map(Number);
  const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
  return digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11 === 0;
}

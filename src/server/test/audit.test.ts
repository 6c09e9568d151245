import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ORIGIN, type TestContext } from './harness';
import { API, countRows, createCitizen, demoIds, expectProblem, rawRequest, type DemoIds } from './helpers';

/** The access log: one row per record touched, in the same transaction, append-only, tamper-evident. */

type AuditRow = { id: string; organisation_id: string; at: Date | string; user_id: string | null; action: string; citizen_id: string | null; context: any; client_address: string | null };

let t: TestContext;
let demo: DemoIds;

beforeAll(async () => {
  t = await createTestContext();
  demo = await demoIds(t);
});
afterAll(() => t.close());

const lastId = async () => (await t.sql<{ id: string }>('select coalesce(max(id), 0)::text as id from audit_log'))[0].id;
const rowsAfter = (id: string, action?: string) =>
  t.sql<AuditRow>(`select id::text as id, organisation_id, at, user_id, action, citizen_id, context, client_address from audit_log where id > $1::bigint ${action ? 'and action = $2' : ''} order by id`, action ? [id, action] : [id]);

describe('what is logged', () => {
  it('a citizen read writes exactly one citizen.read row with user, time and client address', async () => {
    const vita = await t.login('vita');
    const jonas = demo.citizen('Jonas Vestergaard');
    const before = await lastId();
    const start = Date.now();
    const res = await rawRequest(t, 'GET', `${API}/citizens/${jonas}`, {
      headers: { cookie: vita.cookie!, origin: ORIGIN },
      env: { incoming: { socket: { remoteAddress: '192.0.2.7', remotePort: 50000, remoteFamily: 'IPv4' } } },
    });
    expect(res.status).toBe(200);
    const rows = await rowsAfter(before);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      action: 'citizen.read',
      citizen_id: jonas,
      user_id: demo.user('vita'),
      organisation_id: demo.org('Demo Kommune'),
      client_address: '192.0.2.7',
      context: { purpose: 'view' },
    });
    const at = new Date(row.at).getTime();
    expect(at).toBeGreaterThanOrEqual(start - 1000);
    expect(at).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('a search writes one citizen.search row per citizen returned, with the criterion and no citizen text', async () => {
    const vita = await t.login('vita');
    let before = await lastId();
    const all = await vita.get(`${API}/citizens`);
    const returned = all.body.items.map((i: { id: string }) => i.id).sort();
    expect(returned.length).toBeGreaterThanOrEqual(3);
    let rows = await rowsAfter(before);
    expect(rows.every((r) => r.action === 'citizen.search')).toBe(true);
    expect(rows.map((r) => r.citizen_id).sort()).toEqual(returned);
    expect(rows[0].context).toEqual({ criterion: { q: null, mine: false, unitId: null, page: 1 }, resultCount: returned.length });

    before = await lastId();
    const one = await vita.get(`${API}/citizens?q=Jon`);
    expect(one.body.items.map((i: { displayName: string }) => i.displayName)).toEqual(['Jonas Vestergaard']);
    rows = await rowsAfter(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'citizen.search', citizen_id: demo.citizen('Jonas Vestergaard') });
    expect(rows[0].context.criterion.q).toBe('Jon');
    expect(JSON.stringify(rows[0].context)).not.toMatch(/Vestergaard|Balder|havnen/);
  });

  it('a search by CPR number finds the citizen and never logs the number in clear', async () => {
    const vita = await t.login('vita');
    const { id } = await createCitizen(vita, { kind: 'identified', name: 'Bente Cprsen', cpr: '020275-1234', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } });
    const before = await lastId();
    const res = await vita.get(`${API}/citizens?q=0202751234`);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([id]);
    const rows = await rowsAfter(before);
    expect(rows.map((r) => [r.action, r.citizen_id])).toEqual([['citizen.search', id]]);
    expect(JSON.stringify(rows[0].context)).not.toMatch(/020275|1234|0202751234/);
  });

  it('creates, updates and note reads write their rows', async () => {
    const vita = await t.login('vita');
    let before = await lastId();
    const { id, courseId } = await createCitizen(vita, { kind: 'unidentified', alias: 'Logget borger', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } });
    expect((await rowsAfter(before)).map((r) => [r.action, r.citizen_id])).toEqual([
      ['citizen.create', id],
      ['course.create', id],
      ['course.read', id],
    ]);

    before = await lastId();
    expect((await vita.patch(`${API}/citizens/${id}`, { place: 'Havnen', description: 'Ny beskrivelse' })).status).toBe(200);
    const updates = await rowsAfter(before);
    expect(updates.map((r) => r.action)).toEqual(['citizen.read', 'citizen.update']);
    expect(updates[1].context).toEqual({ fields: ['description', 'place'] });
    expect(JSON.stringify(updates)).not.toContain('Havnen');

    const note = await vita.post(`${API}/courses/${courseId}/notes`, { text: 'Hemmelig notattekst' });
    before = await lastId();
    expect((await vita.get(`${API}/courses/${courseId}/notes`)).status).toBe(200);
    const reads = await rowsAfter(before);
    expect(reads.map((r) => [r.action, r.citizen_id, r.context])).toEqual([['note.read', id, { noteIds: [note.body.id] }]]);
    expect(JSON.stringify(reads)).not.toContain('Hemmelig');
  });

  it('a request that fails after reading writes no row and changes nothing', async () => {
    const vita = await t.login('vita');
    const jonas = demo.citizen('Jonas Vestergaard');
    const [citizenBefore] = await t.sql('select * from citizens where id = $1', [jonas]);
    const before = await lastId();
    const citizensBefore = await countRows(t, 'citizens');
    // The read is logged inside the transaction, then the rule fails: the read row is rolled back too.
    expectProblem(await vita.patch(`${API}/citizens/${jonas}`, { name: null, phone: '99999999' }), 422, 'validation_failed');
    expectProblem(await vita.post(`${API}/citizens`, { kind: 'unidentified', alias: 'Aldrig oprettet', course: { method: 'ukendt', unitId: demo.unit('SKP-teamet') } }), 422, 'validation_failed');
    expect(await rowsAfter(before)).toEqual([]);
    expect(await t.sql('select * from citizens where id = $1', [jonas])).toEqual([citizenBefore]);
    expect(await countRows(t, 'citizens')).toBe(citizensBefore);
    expect(await countRows(t, 'citizens', 'alias = $1', ['Aldrig oprettet'])).toBe(0);
  });
});

describe('the auditor', () => {
  const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });

  it('searches by citizen, by user and by period, and the look-ups are logged', async () => {
    const dpo = await t.login('dpo');
    const jonas = demo.citizen('Jonas Vestergaard');
    const expected = await countRows(t, 'audit_log', 'citizen_id = $1', [jonas]);
    let before = await lastId();
    const byCitizen = await dpo.get(`${API}/audit?citizenId=${jonas}&pageSize=500`);
    expect(byCitizen.status).toBe(200);
    expect(byCitizen.body.total).toBe(expected);
    expect(byCitizen.body.items.every((r: { citizenId: string }) => r.citizenId === jonas)).toBe(true);
    expect(byCitizen.body.items.map((r: { action: string }) => r.action)).toContain('citizen.read');
    expect((await rowsAfter(before)).map((r) => [r.action, r.user_id, r.citizen_id])).toEqual([['audit.search', demo.user('dpo'), jonas]]);

    const byUser = await dpo.get(`${API}/audit?userId=${demo.user('yosef')}`);
    expect(byUser.body.total).toBe(await countRows(t, 'audit_log', 'user_id = $1', [demo.user('yosef')]));
    expect(byUser.body.items.every((r: { userName: string }) => r.userName === 'Yosef Haddad')).toBe(true);

    const thisPeriod = await dpo.get(`${API}/audit?from=${today()}&to=${today()}`);
    expect(thisPeriod.body.total).toBeGreaterThan(0);
    const longAgo = await dpo.get(`${API}/audit?from=2001-01-01&to=2001-12-31`);
    expect(longAgo.body).toMatchObject({ total: 0, items: [] });
    before = await lastId();
    await dpo.get(`${API}/audit?userId=${demo.user('vita')}&from=${today()}`);
    const [lookup] = await rowsAfter(before);
    expect(lookup).toMatchObject({ action: 'audit.search', user_id: demo.user('dpo'), citizen_id: null });
    expect(lookup.context.criterion).toMatchObject({ userId: demo.user('vita'), from: today() });
  });

  it('exports CSV, and the export is logged', async () => {
    const dpo = await t.login('dpo');
    const jonas = demo.citizen('Jonas Vestergaard');
    const expected = await countRows(t, 'audit_log', 'citizen_id = $1', [jonas]);
    const before = await lastId();
    const res = await dpo.get(`${API}/audit/export?citizenId=${jonas}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe('id,at,user_id,user_name,action,citizen_id,course_id,context,client_address');
    expect(lines).toHaveLength(expected + 1);
    expect(lines.slice(1).every((l) => l.includes(jonas))).toBe(true);
    const rows = await rowsAfter(before);
    expect(rows.map((r) => [r.action, r.user_id, r.citizen_id, r.context.format])).toEqual([['audit.export', demo.user('dpo'), jonas, 'csv']]);
  });

  it('refuses the access log to everyone else', async () => {
    for (const username of ['vita', 'leder', 'admin', 'myndighed']) {
      const c = await t.login(username);
      expectProblem(await c.get(`${API}/audit`), 403, 'forbidden');
      expectProblem(await c.get(`${API}/audit/export`), 403, 'forbidden');
    }
    expectProblem(await (await t.login('vita')).get(`${API}/audit/verify`), 403, 'forbidden');
    expectProblem(await t.anonymous.get(`${API}/audit`), 401, 'unauthenticated');
  });
});

describe('append-only and tamper-evident', () => {
  const verify = async () => (await (await t.login('dpo')).get(`${API}/audit/verify`)).body;
  const withTriggerDisabled = async (fn: () => Promise<unknown>) => {
    await t.sql('alter table audit_log disable trigger audit_log_no_update_delete');
    try {
      await fn();
    } finally {
      await t.sql('alter table audit_log enable trigger audit_log_no_update_delete');
    }
  };

  it('verifies the chain and counts the rows', async () => {
    const res = await verify();
    expect(res).toEqual({ ok: true, checked: await countRows(t, 'audit_log', 'organisation_id = $1', [demo.org('Demo Kommune')]), firstBroken: null });
  });

  it('refuses UPDATE, DELETE and TRUNCATE', async () => {
    const n = await countRows(t, 'audit_log');
    await expect(t.sql(`update audit_log set context = '{}'::jsonb where id = (select min(id) from audit_log)`)).rejects.toThrow();
    await expect(t.sql('delete from audit_log where id = (select min(id) from audit_log)')).rejects.toThrow();
    await expect(t.sql('truncate audit_log')).rejects.toThrow();
    expect(await countRows(t, 'audit_log')).toBe(n);
    expect((await verify()).ok).toBe(true);
  });

  it('detects a changed row and a deleted row', async () => {
    const org = demo.org('Demo Kommune');
    const [target] = await t.sql<{ id: string; context: string }>(
      `select id::text as id, context::text as context from audit_log where organisation_id = $1 and action = 'citizen.read' order by id limit 1`,
      [org],
    );
    await withTriggerDisabled(() => t.sql(`update audit_log set context = '{"purpose":"nothing to see"}'::jsonb where id = $1::bigint`, [target.id]));
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { id: target.id, organisationId: org, reason: 'hash_mismatch' } });
    await withTriggerDisabled(() => t.sql('update audit_log set context = $1::jsonb where id = $2::bigint', [target.context, target.id]));
    expect((await verify()).ok).toBe(true);

    const [{ next }] = await t.sql<{ next: string }>('select min(id)::text as next from audit_log where organisation_id = $1 and id > $2::bigint', [org, target.id]);
    await t.sql(`create table audit_saved as select * from audit_log where id = ${BigInt(target.id)}`);
    await withTriggerDisabled(() => t.sql('delete from audit_log where id = $1::bigint', [target.id]));
    expect(await verify()).toMatchObject({ ok: false, firstBroken: { id: next, reason: 'chain_broken' } });
    await t.sql('insert into audit_log select * from audit_saved');
    await t.sql('drop table audit_saved');
    expect((await verify()).ok).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('health and sign-in', () => {
  it('answers health once migrated', async () => {
    const res = await t.anonymous.get('/api/v1/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('signs in a demo user and shows their memberships', async () => {
    const vita = await t.login('vita');
    const me = await vita.get('/api/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe('vita');
    expect(me.body.memberships.map((m: { unitName: string }) => m.unitName)).toEqual(['SKP-teamet']);
  });

  it('counts audit rows with the sql helper', async () => {
    const rows = await t.sql<{ n: number }>('select count(*)::int as n from audit_log where action = $1', ['citizen.create']);
    expect(rows[0].n).toBeGreaterThan(0);
  });
});

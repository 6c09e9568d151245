import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';

/**
 * Recording one resident's participation answers with the activity and everyone's participation the
 * caller sees, so every resident shown is logged as read (as the list, GET /activities, does).
 */

let t: TestContext;
let ids: DemoIds;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
});
afterAll(() => t.close());

describe('recording participation', () => {
  it('logs a read for every other resident whose participation the answer shows', async () => {
    const bo = await t.login('bo');
    const unit = ids.unit('Bostedet');
    const act = await bo.post(`${API}/activities`, { unitId: unit, title: 'Banko', setting: 'residence', place: 'Fællesrummet', startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    expect(act.status).toBe(201);
    const maja = ids.citizen('Maja Kristensen');
    const ali = ids.citizen('Ali Rahimi');
    expect((await bo.post(`${API}/activities/${act.body.id}/participation`, { citizenId: maja, status: 'declined', note: 'Havde det skidt efter weekenden.' })).status).toBe(200);

    const [{ last }] = await t.sql<{ last: string }>(`select coalesce(max(id), 0)::text as last from audit_log`);
    const res = await bo.post(`${API}/activities/${act.body.id}/participation`, { citizenId: ali, status: 'attended' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('Havde det skidt');
    const logged = await t.sql<{ citizen_id: string }>(`select citizen_id from audit_log where id > $1`, [last]);
    expect(logged.map((l) => l.citizen_id)).toContain(maja);
  });
});

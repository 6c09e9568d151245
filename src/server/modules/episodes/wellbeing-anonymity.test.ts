import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';

/**
 * The anonymous staff wellbeing (seed 004, core element 4): the API never ties a score to a user, and
 * a month with fewer than 3 answers shows no median. (Anonymity holds at the API; someone who reads
 * the tables directly could correlate rows by write order: see decision 0011.)
 */

let t: TestContext;
let ids: DemoIds;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
});
afterAll(() => t.close());

const answers = (v: number) => ({ cheerful: v, calm: v, active: v, rested: v, interest: v });

describe('staff wellbeing', () => {
  it('answers without an id or a time, and shows no median below three answers (a new unit)', async () => {
    // A unit of its own, so the month starts empty: the administrator makes it and puts bo, peer and boleder in it.
    const admin = await t.login('admin');
    const org = (await t.sql<{ organisation_id: string }>(`select organisation_id from units where id = $1`, [ids.unit('Bostedet')]))[0].organisation_id;
    const unit = await admin.post(`${API}/admin/units`, { organisationId: org, name: 'Review-bostedet' });
    expect(unit.status).toBe(201);
    for (const [u, role] of [['bo', 'worker'], ['peer', 'peer'], ['boleder', 'leader']] as const) {
      expect((await admin.post(`${API}/admin/users/${ids.user(u)}/memberships`, { unitId: unit.body.id, role })).status).toBe(201);
    }
    const trend = async () => (await (await t.login('boleder')).get(`${API}/units/${unit.body.id}/episodes/trend`)).body.wellbeing.staff.at(-1);
    const first = await (await t.login('bo')).post(`${API}/units/${unit.body.id}/staff-wellbeing`, { answers: answers(1) });
    expect(first.status).toBe(201);
    expect(Object.keys(first.body)).toEqual(['month']);
    expect(await trend()).toMatchObject({ n: 1, median: null });
    expect((await (await t.login('peer')).post(`${API}/units/${unit.body.id}/staff-wellbeing`, { answers: answers(5) })).status).toBe(201);
    expect(await trend()).toMatchObject({ n: 2, median: null });
    expect((await (await t.login('boleder')).post(`${API}/units/${unit.body.id}/staff-wellbeing`, { answers: answers(3) })).status).toBe(201);
    expect((await trend()).n).toBe(3);
    expect((await trend()).median).not.toBeNull();
  });

});

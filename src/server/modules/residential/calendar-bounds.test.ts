import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';
import { today } from '../outreach/dates';

/** Bounds of the activity calendar and of agreements: what a leader, a disabled peer and an outreach worker get. */

let t: TestContext;
let ids: DemoIds;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
});
afterAll(() => t.close());

describe('smaller findings', () => {
  it('the leader does not read what staff wrote about a resident on the activity calendar', async () => {
    const bo = await t.login('bo');
    const unit = ids.unit('Bostedet');
    const act = await bo.post(`${API}/activities`, { unitId: unit, title: 'Svømning', setting: 'community', place: 'Svømmehallen', startsAt: new Date(Date.now() - 3_600_000).toISOString() });
    await bo.post(`${API}/activities/${act.body.id}/participation`, { citizenId: ids.citizen('Maja Kristensen'), status: 'wanted_not_possible', note: 'Abstinenser efter weekenden.' });
    // The leader gets 403 on the resident's motivation (note-level) but reads this note on the calendar.
    const boleder = await t.login('boleder');
    expect((await boleder.get(`${API}/citizens/${ids.citizen('Maja Kristensen')}/motivation`)).status).toBe(403);
    expect((await boleder.get(`${API}/activities?unitId=${unit}`)).text).not.toContain('Abstinenser');
  });

  it('an agreement cannot name a disabled peer worker', async () => {
    const admin = await t.login('admin');
    expect((await admin.patch(`${API}/admin/users/${ids.user('peer')}`, { disabled: true })).status).toBe(200);
    const res = await (await t.login('bo')).post(`${API}/citizens/${ids.citizen('Helle Jakobsen')}/peer-agreements`, { peerUserId: ids.user('peer'), agreedOn: today(), form: 'oral' });
    expect(res.status).toBe(422);
    expect((await admin.patch(`${API}/admin/users/${ids.user('peer')}`, { disabled: false })).status).toBe(200);
  });

  it("an outreach worker's activity calendar does not list the outreach citizens as residents without activity", async () => {
    const vita = await t.login('vita');
    const res = await vita.get(`${API}/activities`);
    expect(res.status).toBe(200);
    expect(res.body.quiet).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../test/harness';
import { API, demoIds, expectProblem, freshLogin, type DemoIds } from '../test/helpers';

/**
 * The citizen view: while the worker's device is handed to the citizen, the session answers only the
 * questions for that one course — whatever URL is typed — until the worker's password unlocks it.
 */

let t: TestContext;
let ids: DemoIds;
let cti: Client;
let kirsten: { citizen: string; course: string };

const WHO5 = { cheerful: 2, calm: 2, active: 2, rested: 2, interest: 2 };

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  cti = await freshLogin(t, 'cti');
  kirsten = { citizen: ids.citizen('Kirsten Holm'), course: ids.course('Kirsten Holm') };
  expect((await cti.post(`${API}/auth/lock`, { courseId: kirsten.course })).status).toBe(200);
});
afterAll(() => t.close());

describe('a session handed to the citizen', () => {
  it('refuses the record and every other citizen with 423 device_locked', async () => {
    for (const path of ['/citizens', `/citizens/${kirsten.citizen}`, `/courses/${kirsten.course}`, `/citizens/${kirsten.citizen}/development`, '/me/alerts', `/citizens/${ids.citizen('Henrik Bach')}`]) {
      expectProblem(await cti.get(`${API}${path}`), 423, 'device_locked');
    }
  });

  it("answers the citizen view of its course: the instruments, the answers and the citizen's own totals", async () => {
    expect((await cti.get(`${API}/me`)).body.lockedCourseId).toBe(kirsten.course);
    expect((await cti.get(`${API}/instruments`)).status).toBe(200);
    const saved = await cti.post(`${API}/courses/${kirsten.course}/measurements`, { instrument: 'who5', mode: 'citizen', answers: WHO5 });
    expect(saved.status).toBe(201);
    const chart = await cti.get(`${API}/courses/${kirsten.course}/citizen-chart`);
    expect(chart.status).toBe(200);
    const who5 = chart.body.series.find((x: { instrument: { key: string } }) => x.instrument.key === 'who5');
    expect(who5.points.at(-1).total).toBe(40);
    // Totals only: no name, no alerts, no answers per item.
    expect(JSON.stringify(chart.body)).not.toContain('Kirsten');
    expect(Object.keys(who5.points[0])).toEqual(['at', 'total']);
  });

  it("refuses answers for another course, and stays locked after a wrong password", async () => {
    expectProblem(await cti.post(`${API}/courses/${ids.course('Jonas Friis')}/measurements`, { instrument: 'who5', mode: 'citizen', answers: WHO5 }), 423, 'device_locked');
    expectProblem(await cti.post(`${API}/auth/confirm`, { password: 'forkert' }), 403, 'invalid_credentials');
    expectProblem(await cti.get(`${API}/citizens`), 423, 'device_locked');
  });

  it("unlocks with the worker's password; other sessions of the worker were never locked", async () => {
    const other = await freshLogin(t, 'cti');
    expect((await other.get(`${API}/citizens/${kirsten.citizen}`)).status).toBe(200);
    expect((await cti.post(`${API}/auth/confirm`, { password: 'demo' })).status).toBe(200);
    expect((await cti.get(`${API}/citizens/${kirsten.citizen}`)).status).toBe(200);
    expect((await cti.get(`${API}/me`)).body.lockedCourseId).toBeNull();
  });

  it('cannot be started on a course the worker does not work on', async () => {
    const vita = await freshLogin(t, 'vita');
    expectProblem(await vita.post(`${API}/auth/lock`, { courseId: kirsten.course }), 404, 'not_found');
    expect((await vita.get(`${API}/citizens`)).status).toBe(200);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, type DemoIds } from '../../test/helpers';

/**
 * Responsibility for a course opens its notes and its work, so it goes only to the unit's staff: a
 * peer worker cannot be made responsible, and reads only their own notes whatever happens.
 */

let t: TestContext;
let ids: DemoIds;
beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
});
afterAll(() => t.close());

describe('a peer worker and responsibility for a course', () => {
  it("cannot be made responsible, nor take the course over, and reads only their own notes", async () => {
    const [bo, peer] = [await t.login('bo'), await t.login('peer')];
    const course = ids.course('Ali Rahimi');
    const before = await bo.get(`${API}/courses/${course}`);
    const handed = await bo.put(`${API}/courses/${course}/responsible`, { userIds: [ids.user('bo'), ids.user('peer')] });
    expect(handed.status).toBe(422);
    expect(handed.body.errors?.[0]?.path).toMatch(/^userIds/);
    expect((await bo.get(`${API}/courses/${course}`)).body.responsible).toEqual(before.body.responsible);

    const notes = await peer.get(`${API}/courses/${course}/notes`);
    expect(notes.status).toBe(200);
    expect(notes.text).not.toContain('Ali spillede guitar');

    const takeOver = await peer.put(`${API}/courses/${course}/responsible`, { userIds: [ids.user('peer')] });
    expect(takeOver.status).toBe(403);
    const handover = await peer.get(`${API}/units/${ids.unit('Bostedet')}/handover`);
    expect(handover.body.view).toBe('peer');
  });
});

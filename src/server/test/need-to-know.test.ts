import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './harness';
import { API, createCitizen, demoIds, MANDEN, type DemoIds } from './helpers';

/**
 * Need-to-know: a user sees a citizen only through an active (or recently ended) course of their
 * unit, or through a break-the-glass grant. Everything else answers exactly like a missing record.
 */

let t: TestContext;
let demo: DemoIds;
/** An identified SKP-teamet citizen with a CPR number, created by vita for these tests. */
let lone: { id: string; courseId: string; noteId: string };
const LONE = { name: 'Lone Testesen', cpr: '010180-1234', alias: 'Lone ved kanalen' };
const reason = 'Politiet ringer: borgeren er fundet forkommen, akut behov for oplysninger';

beforeAll(async () => {
  t = await createTestContext();
  demo = await demoIds(t);
  const vita = await t.login('vita');
  const created = await createCitizen(vita, {
    kind: 'identified',
    ...LONE,
    course: { method: 'outreach', unitId: demo.unit('SKP-teamet') },
  });
  const note = await vita.post(`${API}/courses/${created.courseId}/notes`, { text: 'Første samtale ved kanalen.' });
  lone = { ...created, noteId: note.body.id };
});
afterAll(() => t.close());

const searchIds = async (username: string, q: string) => {
  const res = await (await t.login(username)).get(`${API}/citizens?q=${encodeURIComponent(q)}`);
  expect(res.status).toBe(200);
  return res.body.items.map((i: { id: string }) => i.id) as string[];
};

describe('outsiders get 404 for everything about the citizen', () => {
  for (const username of ['anden', 'cti', 'krise', 'bo', 'peer', 'act', 'myndighed', 'mentor']) {
    it(`${username} cannot see, search or touch the SKP citizen`, async () => {
      const c = await t.login(username);
      const statuses = [
        (await c.get(`${API}/citizens/${lone.id}`)).status,
        (await c.patch(`${API}/citizens/${lone.id}`, { phone: '12345678' })).status,
        (await c.get(`${API}/citizens/${lone.id}/courses`)).status,
        (await c.get(`${API}/courses/${lone.courseId}`)).status,
        (await c.get(`${API}/courses/${lone.courseId}/notes`)).status,
        (await c.post(`${API}/courses/${lone.courseId}/notes`, { text: 'Forsøg udefra' })).status,
        (await c.patch(`${API}/notes/${lone.noteId}`, { text: 'Forsøg udefra' })).status,
      ];
      expect(statuses).toEqual([404, 404, 404, 404, 404, 404, 404]);
      for (const q of [LONE.alias, LONE.name, 'Testesen', LONE.cpr, LONE.cpr.replace('-', '')]) {
        expect(await searchIds(username, q)).not.toContain(lone.id);
      }
      const [row] = await t.sql<{ phone: string | null; notes: number }>(
        'select phone, (select count(*)::int from case_notes n where n.citizen_id = c.id) as notes from citizens c where id = $1',
        [lone.id],
      );
      expect(row).toEqual({ phone: null, notes: 1 });
    });
  }

  it('the responsible worker finds the same citizen by alias, name and CPR in both formats', async () => {
    for (const q of [LONE.alias, LONE.name, LONE.cpr, LONE.cpr.replace('-', '')]) expect(await searchIds('vita', q)).toContain(lone.id);
  });
});

describe('units and leaders', () => {
  it('a citizen created by vita is visible to yosef (same unit) but not to cti (other unit)', async () => {
    const vita = await t.login('vita');
    const { id } = await createCitizen(vita, { kind: 'unidentified', alias: 'Manden under broen', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } });
    expect((await (await t.login('yosef')).get(`${API}/citizens/${id}`)).status).toBe(200);
    expect(await searchIds('yosef', 'under broen')).toEqual([id]);
    expect((await (await t.login('cti')).get(`${API}/citizens/${id}`)).status).toBe(404);
    expect(await searchIds('cti', 'under broen')).toEqual([]);
  });

  it('a leader sees the unit caseload and the citizen, but not the notes', async () => {
    const leder = await t.login('leder');
    const list = await leder.get(`${API}/citizens?pageSize=100`);
    expect(list.body.items.map((i: { displayName: string }) => i.displayName)).toEqual(
      expect.arrayContaining([MANDEN, 'Jonas Vestergaard', 'Kvinden på bænken ved biblioteket', LONE.name]),
    );
    expect(list.body.items.map((i: { displayName: string }) => i.displayName)).not.toContain('Kirsten Holm');
    const citizen = await leder.get(`${API}/citizens/${lone.id}`);
    expect(citizen.status).toBe(200);
    expect(citizen.body).toMatchObject({ cpr: null, hasCpr: true });
    expect(await searchIds('leder', LONE.name)).toEqual([lone.id]);
    expect(await searchIds('leder', LONE.cpr), 'matching by CPR would reveal it').toEqual([]);
    const course = await leder.get(`${API}/courses/${lone.courseId}`);
    expect(course.body).toMatchObject({ canReadNotes: false, canWriteNotes: false });
    expect((await leder.get(`${API}/courses/${lone.courseId}/notes`)).status).toBe(403);
    expect((await leder.post(`${API}/courses/${lone.courseId}/notes`, { text: 'Leder skriver' })).status).toBe(403);
  });

  it('a leader who is a responsible worker on the course reads and writes its notes', async () => {
    const vita = await t.login('vita');
    const { courseId } = await createCitizen(vita, {
      kind: 'unidentified',
      alias: 'Kvinden ved stationen',
      course: { method: 'outreach', unitId: demo.unit('SKP-teamet'), responsibleUserIds: [demo.user('vita'), demo.user('leder')] },
    });
    await vita.post(`${API}/courses/${courseId}/notes`, { text: 'Set ved stationen.' });
    const leder = await t.login('leder');
    const notes = await leder.get(`${API}/courses/${courseId}/notes`);
    expect(notes.status).toBe(200);
    expect(notes.body.items.map((n: { text: string }) => n.text)).toEqual(['Set ved stationen.']);
    expect((await leder.post(`${API}/courses/${courseId}/notes`, { text: 'Leder skriver med.' })).status).toBe(201);
  });

  it("a peer at Bostedet sees the citizen's own words, not the CPR number and not the staff's notes", async () => {
    const ali = demo.citizen('Ali Rahimi');
    expect((await (await t.login('bo')).patch(`${API}/citizens/${ali}`, { cpr: '150390-1111' })).status).toBe(200);
    expect((await (await t.login('bo')).get(`${API}/citizens/${ali}`)).body.cpr).toBe('150390-1111');
    const peer = await t.login('peer');
    const res = await peer.get(`${API}/citizens/${ali}`);
    expect(res.status).toBe(200);
    expect(res.body.ownWords.whatMatters).toBe('Musik og min bror.');
    expect(res.body).toMatchObject({ cpr: null, hasCpr: true, canEdit: false });
    expect(res.text).not.toContain('150390');
    // The peer reads only their own notes: the staff's note about Ali stays with the staff.
    const notes = await peer.get(`${API}/courses/${demo.course('Ali Rahimi')}/notes`);
    expect(notes.status).toBe(200);
    expect(notes.body.items).toEqual([]);
    expect(notes.text).not.toContain('guitar');
    expect(await searchIds('peer', '150390-1111')).toEqual([]);
  });
});

describe('access after a course ends', () => {
  const endCourse = (courseId: string, daysAgo: number) =>
    t.sql(`update courses set status = 'completed', ended_at = now() - make_interval(days => $1::int) where id = $2`, [daysAgo, courseId]);

  it('holds within the grace period and ends after it', async () => {
    const vita = await t.login('vita');
    const { id, courseId } = await createCitizen(vita, { kind: 'unidentified', alias: 'Afsluttet forløb', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } });
    expect(t.deps.config.accessGraceDays).toBe(30);
    await endCourse(courseId, 29);
    expect((await vita.get(`${API}/citizens/${id}`)).status).toBe(200);
    expect((await vita.get(`${API}/courses/${courseId}`)).status).toBe(200);
    expect(await searchIds('vita', 'Afsluttet forløb')).toEqual([id]);
    await endCourse(courseId, 31);
    expect((await vita.get(`${API}/citizens/${id}`)).status).toBe(404);
    expect((await vita.get(`${API}/citizens/${id}/courses`)).status).toBe(404);
    expect((await vita.get(`${API}/courses/${courseId}`)).status).toBe(404);
    expect((await vita.get(`${API}/courses/${courseId}/notes`)).status).toBe(404);
    expect(await searchIds('vita', 'Afsluttet forløb')).toEqual([]);
  });
});

describe('break the glass', () => {
  it('vita searches with a reason, takes a grant and can then read a CTI-teamet citizen', async () => {
    const vita = await t.login('vita');
    const kirsten = demo.citizen('Kirsten Holm');
    expect((await vita.get(`${API}/citizens/${kirsten}`)).status).toBe(404);
    expect((await vita.post(`${API}/break-glass/search`, { q: 'Kirsten', reason: 'kort' })).status).toBe(422);
    const found = await vita.post(`${API}/break-glass/search`, { q: 'Kirsten', reason });
    expect(found.status).toBe(200);
    expect(found.body.items).toEqual([{ id: kirsten, displayName: 'Kirsten Holm', birthYear: 1968 }]);
    const grant = await vita.post(`${API}/break-glass`, { citizenId: kirsten, reason });
    expect(grant.status).toBe(201);
    expect(grant.body).toMatchObject({ citizenId: kirsten, userId: demo.user('vita'), reason });
    const read = await vita.get(`${API}/citizens/${kirsten}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ name: 'Kirsten Holm', access: 'breakGlass', canEdit: false });
    expect((await vita.patch(`${API}/citizens/${kirsten}`, { phone: '11223344' })).status).toBe(403);

    for (const reviewer of ['leder', 'dpo', 'vita']) {
      const list = await (await t.login(reviewer)).get(`${API}/break-glass`);
      expect(list.body.items.map((g: { id: string }) => g.id), reviewer).toContain(grant.body.id);
    }
    for (const other of ['cti', 'anden']) {
      const list = await (await t.login(other)).get(`${API}/break-glass`);
      expect(list.body.items.map((g: { id: string }) => g.id), other).not.toContain(grant.body.id);
    }
  });

  it('anden cannot break the glass into Demo Kommune', async () => {
    const anden = await t.login('anden');
    const search = await anden.post(`${API}/break-glass/search`, { q: 'Kirsten', reason });
    expect(search.status).toBe(200);
    expect(search.body.items).toEqual([]);
    const grant = await anden.post(`${API}/break-glass`, { citizenId: demo.citizen('Kirsten Holm'), reason });
    expect(grant.status).toBe(404);
    expect((await anden.get(`${API}/citizens/${demo.citizen('Kirsten Holm')}`)).status).toBe(404);
  });
});

describe('the administrator sees no citizen content', () => {
  it('answers 403 or 404 wherever citizen data lives', async () => {
    const admin = await t.login('admin');
    const statuses = [
      (await admin.get(`${API}/citizens`)).status,
      (await admin.get(`${API}/citizens?q=Jonas`)).status,
      (await admin.get(`${API}/citizens/${demo.citizen('Jonas Vestergaard')}`)).status,
      (await admin.get(`${API}/citizens/${demo.citizen('Erik Anden')}/courses`)).status,
      (await admin.get(`${API}/courses/${demo.course('Jonas Vestergaard')}`)).status,
      (await admin.get(`${API}/courses/${demo.course('Jonas Vestergaard')}/notes`)).status,
      (await admin.post(`${API}/break-glass/search`, { q: 'Jonas', reason })).status,
      (await admin.post(`${API}/break-glass`, { citizenId: demo.citizen('Jonas Vestergaard'), reason })).status,
      (await admin.get(`${API}/audit`)).status,
    ];
    expect(statuses).toEqual([403, 403, 404, 404, 404, 404, 403, 403, 403]);
    const units = await admin.get(`${API}/admin/units`);
    expect(units.status).toBe(200);
    expect(units.text).not.toMatch(/Jonas|Grusvejen|Kirsten/i);
  });
});

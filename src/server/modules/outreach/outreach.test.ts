import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { summarise } from './summary';

let t: TestContext;
let vita: Client;
let unitId: string;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** A fresh outreach course on SKP-teamet started `startedDaysAgo` days ago (start date set via SQL: backdating is not an API feature). */
async function newCourse(startedDaysAgo = 30) {
  const res = await vita.post('/api/v1/citizens', { kind: 'unidentified', alias: `Test ${Math.random()}`, course: { method: 'outreach', unitId } });
  expect(res.status).toBe(201);
  const courses = await vita.get(`/api/v1/citizens/${res.body.id}/courses`);
  const courseId = courses.body.items[0].id as string;
  await t.sql(`update courses set start_date = current_date - $1::int where id = $2`, [startedDaysAgo, courseId]);
  return courseId;
}

beforeAll(async () => {
  t = await createTestContext();
  vita = await t.login('vita');
  unitId = (await vita.get('/api/v1/units')).body.items[0].id;
});
afterAll(() => t.close());

describe('contact plan', () => {
  it('keeps every version, newest first, with the authors', async () => {
    const courseId = await newCourse();
    expect((await vita.get(`/api/v1/courses/${courseId}/contact-plan`)).body).toEqual({ plan: null });
    const yosef = (await vita.get('/api/v1/units')).body.items[0].members.find((m: { displayName: string }) => m.displayName.startsWith('Yosef'));
    const v1 = await vita.request('PUT', `/api/v1/courses/${courseId}/contact-plan`, { where: 'Ved gården', how: 'Banke på i par', cadenceDays: 7, keepContact: 'Faste aftaler', authorIds: [yosef.id] });
    expect(v1.status).toBe(200);
    expect(v1.body.version).toBe(1);
    expect(v1.body.authors.map((a: { displayName: string }) => a.displayName).sort()).toEqual(['Vita Sørensen', 'Yosef Haddad']);
    await vita.request('PUT', `/api/v1/courses/${courseId}/contact-plan`, { where: 'Ved gården og i Brugsen', how: 'Postkort', cadenceDays: 5 });
    const current = await vita.get(`/api/v1/courses/${courseId}/contact-plan`);
    expect(current.body.plan).toMatchObject({ version: 2, cadenceDays: 5, where: 'Ved gården og i Brugsen' });
    const history = await vita.get(`/api/v1/courses/${courseId}/contact-plan/history`);
    expect(history.body.items.map((p: { version: number }) => p.version)).toEqual([2, 1]);
  });

  it('refuses a cadence of 0 or less and changes nothing', async () => {
    const courseId = await newCourse();
    for (const cadenceDays of [0, -3]) {
      const res = await vita.request('PUT', `/api/v1/courses/${courseId}/contact-plan`, { where: 'x', how: 'y', cadenceDays });
      expect(res.status).toBe(422);
      expect(res.body.errors[0].path).toBe('cadenceDays');
    }
    expect((await vita.get(`/api/v1/courses/${courseId}/contact-plan`)).body.plan).toBeNull();
  });
});

describe('contact attempts', () => {
  it('records an attempt once per client id and shows persistence', async () => {
    const courseId = await newCourse();
    const id = crypto.randomUUID();
    const body = { id, at: daysAgo(10), method: 'door_knock', outcome: 'signs_of_life', signsOfLife: ['footprints', 'full_mailbox'], place: 'Gården', observed: 'Fodspor i sneen' };
    const first = await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, body);
    expect(first.status).toBe(201);
    const retry = await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, body);
    expect(retry.status).toBe(200);
    expect(retry.body.id).toBe(id);
    await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, { at: daysAgo(5), method: 'postcard', outcome: 'no_one_there' });
    await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, { at: daysAgo(2), method: 'door_knock', outcome: 'conversation' });
    const list = await vita.get(`/api/v1/courses/${courseId}/contact-attempts`);
    expect(list.body.items).toHaveLength(3);
    expect(list.body.items[2].signsOfLife).toEqual(['footprints', 'full_mailbox']);
    expect(list.body.hasMore).toBe(false);
    const summary = await vita.get(`/api/v1/courses/${courseId}/summary`);
    expect(summary.body).toMatchObject({ attempts: 3, daysSinceFirstAttempt: 10, daysSinceLastAttempt: 2, attemptsUntilFirstContact: 3 });
    // The timeline asks for the newest few: newest first, and told that older ones exist.
    const newest = await vita.get(`/api/v1/courses/${courseId}/contact-attempts?limit=2`);
    expect(newest.body.items.map((a: { method: string }) => a.method)).toEqual(['door_knock', 'postcard']);
    expect(newest.body.hasMore).toBe(true);
    expect((await vita.get(`/api/v1/courses/${courseId}/contact-attempts?limit=3`)).body).toMatchObject({ hasMore: false });
    expect((await vita.get(`/api/v1/courses/${courseId}/contact-attempts?limit=0`)).status).toBe(422);
  });

  it('refuses attempts in the future, before the course started, or with an unknown outcome', async () => {
    const courseId = await newCourse(3);
    const cases = [
      [{ at: new Date(Date.now() + 3_600_000).toISOString(), method: 'door_knock', outcome: 'no_one_there' }, 'at', 'in_future'],
      [{ at: daysAgo(10), method: 'door_knock', outcome: 'no_one_there' }, 'at', 'before_course_start'],
      [{ at: daysAgo(1), method: 'door_knock', outcome: 'waved' }, 'outcome', 'invalid_value'],
    ] as const;
    for (const [body, path, code] of cases) {
      const res = await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, body);
      expect(res.status).toBe(422);
      expect(res.body.errors).toContainEqual({ path, code });
    }
    expect((await vita.get(`/api/v1/courses/${courseId}/summary`)).body.attempts).toBe(0);
  });
});

describe('overdue', () => {
  it('lists a course whose cadence has passed as overdue for the worker and the leader', async () => {
    const courseId = await newCourse(30);
    await vita.request('PUT', `/api/v1/courses/${courseId}/contact-plan`, { where: 'x', how: 'y', cadenceDays: 7 });
    await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, { at: daysAgo(10), method: 'observation', outcome: 'no_one_there' });
    const summary = await vita.get(`/api/v1/courses/${courseId}/summary`);
    expect(summary.body).toMatchObject({ overdue: true, daysOverdue: 3 });
    const due = await vita.get('/api/v1/me/due');
    expect(due.body.items.find((d: { courseId: string }) => d.courseId === courseId)).toMatchObject({ daysOverdue: 3 });
    const leder = await t.login('leder');
    const unit = await leder.get(`/api/v1/units/${unitId}/overdue`);
    expect(unit.status).toBe(200);
    expect(unit.body.items.find((d: { courseId: string }) => d.courseId === courseId)).toMatchObject({ daysOverdue: 3 });
    const anden = await t.login('anden');
    expect((await anden.get(`/api/v1/units/${unitId}/overdue`)).status).toBe(404);
  });

  it('an attempt at 23:30 Danish time belongs to that day', () => {
    // 2026-01-31 23:30 in Copenhagen (UTC+1) is 22:30 UTC on the 31st.
    const s = summarise({ courseId: 'c', status: 'active', startDate: '2026-01-01', cadenceDays: 1 }, [{ at: new Date('2026-01-31T22:30:00Z'), outcome: 'no_one_there', nextPlannedAt: null }], '2026-02-01');
    expect(s).toMatchObject({ daysSinceLastAttempt: 1, nextDue: '2026-02-01', dueToday: true, overdue: false });
  });
});

describe('phases and closing', () => {
  it('moves 2A → 2B with a reason and refuses a jump the model does not allow', async () => {
    const courseId = await newCourse();
    const jump = await vita.post(`/api/v1/courses/${courseId}/phase`, { to: '2C', reason: 'Springer over' });
    expect(jump.status).toBe(409);
    expect(jump.body.code).toBe('phase_transition_not_allowed');
    const ok = await vita.post(`/api/v1/courses/${courseId}/phase`, { to: '2B', reason: 'Borgeren har sagt ja til fast kontakt' });
    expect(ok.status).toBe(200);
    expect(ok.body.phase).toBe('2B');
    expect(ok.body.phaseHistory.at(-1)).toMatchObject({ fromPhase: '2A', toPhase: '2B', reason: 'Borgeren har sagt ja til fast kontakt' });
  });

  it('ends 2A as not in the target group; a closed course takes no attempts', async () => {
    const courseId = await newCourse();
    const handover = await vita.post(`/api/v1/courses/${courseId}/close`, { reason: 'handover', summary: 'x' });
    expect(handover.status).toBe(409);
    const res = await vita.post(`/api/v1/courses/${courseId}/close`, { reason: 'not_in_target_group', summary: 'Klarer sig selv; henvist til værestedet' });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('completed');
    const late = await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, { at: daysAgo(1), method: 'door_knock', outcome: 'no_one_there' });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('course_not_active');
  });
});

describe('calendar feed', () => {
  it('serves planned attempts without citizen names on a secret, revocable address', async () => {
    const courseId = await newCourse();
    const next = new Date(Date.now() + 3 * 86_400_000).toISOString();
    await vita.post(`/api/v1/courses/${courseId}/contact-attempts`, { at: daysAgo(1), method: 'postcard', outcome: 'no_one_there', nextPlannedAt: next });
    const { body } = await vita.post('/api/v1/me/calendar-token');
    const path = new URL(body.url).pathname + new URL(body.url).search;
    const feed = await t.anonymous.get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(feed.text).toContain('BEGIN:VEVENT');
    expect(feed.text).toContain('Planlagt kontaktforsøg');
    expect(feed.text).not.toContain('Test 0.');
    await vita.delete('/api/v1/me/calendar-token');
    expect((await t.anonymous.get(path)).status).toBe(401);
  });
});

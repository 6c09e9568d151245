import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';

let t: TestContext;
let vita: Client;
let unitId: string;
const isoDaysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function newCourse() {
  const res = await vita.post('/api/v1/citizens', { kind: 'identified', name: `Testborger ${Math.random()}`, course: { method: 'outreach', unitId } });
  const courses = await vita.get(`/api/v1/citizens/${res.body.id}/courses`);
  await t.sql(`update courses set start_date = current_date - 200 where id = $1`, [courses.body.items[0].id]);
  return { citizenId: res.body.id as string, courseId: courses.body.items[0].id as string };
}

async function newOffer(extra: Record<string, unknown> = {}) {
  const res = await vita.post('/api/v1/offers', { name: 'Værestedet Havnen', category: 'drop_in', sector: 'civil', provider: 'Kirkens Korshær', waitingTimeDays: 0, ...extra });
  expect(res.status).toBe(201);
  return res.body;
}

beforeAll(async () => {
  t = await createTestContext();
  vita = await t.login('vita');
  unitId = (await vita.get('/api/v1/units')).body.items[0].id;
});
afterAll(() => t.close());

describe('offer catalog', () => {
  it('marks waiting times older than 90 days as stale', async () => {
    const fresh = await newOffer({ name: 'Frisk', waitingTimeDays: 14 });
    const stale = await newOffer({ name: 'Gammel', waitingTimeDays: 30, waitingTimeConfirmedOn: isoDaysAgo(120) });
    const list = await vita.get('/api/v1/offers');
    const byId = new Map(list.body.items.map((o: { id: string }) => [o.id, o]));
    expect(byId.get(fresh.id)).toMatchObject({ waitingTimeDays: 14, waitingTimeStale: false });
    expect(byId.get(stale.id)).toMatchObject({ waitingTimeStale: true });
    const updated = await vita.patch(`/api/v1/offers/${stale.id}`, { waitingTimeDays: 21 });
    expect(updated.body).toMatchObject({ waitingTimeDays: 21, waitingTimeStale: false });
    const anden = await t.login('anden');
    expect((await anden.get('/api/v1/offers')).body.items.find((o: { id: string }) => o.id === fresh.id)).toBeUndefined();
  });
});

describe('referrals', () => {
  it('follows the status path with dates and never goes backwards', async () => {
    const { courseId } = await newCourse();
    const offer = await newOffer();
    const r = await vita.post(`/api/v1/courses/${courseId}/referrals`, { offerId: offer.id, note: 'Vil gerne spise med', date: isoDaysAgo(120) });
    expect(r.status).toBe(201);
    expect(r.body.status).toBe('proposed');
    const step = (status: string, date: string, extra = {}) => vita.patch(`/api/v1/referrals/${r.body.id}`, { status, date, ...extra });
    expect((await step('contacted', isoDaysAgo(110))).status).toBe(200);
    expect((await step('first_meeting', isoDaysAgo(105), { accompanied: true })).body.accompanied).toBe(true);
    const started = await step('started', isoDaysAgo(100));
    expect(started.body.checks).toEqual({ oneMonthDue: isoDaysAgo(70), threeMonthsDue: isoDaysAgo(9) });
    const back = await step('contacted', isoDaysAgo(1));
    expect(back.status).toBe(409);
    expect(back.body.code).toBe('status_backwards');
    const due = await vita.get('/api/v1/me/due');
    expect(due.body.referralChecks.find((c: { referralId: string }) => c.referralId === r.body.id)).toMatchObject({ check: '1m' });
    await step('retained_1m', isoDaysAgo(60));
    const final = await step('retained_3m', isoDaysAgo(5));
    expect(final.body.history.map((h: { status: string }) => h.status)).toEqual(['proposed', 'contacted', 'first_meeting', 'started', 'retained_1m', 'retained_3m']);
    expect((await step('dropped', isoDaysAgo(1))).body.code).toBe('referral_closed');
  });
});

describe('consent and sharing', () => {
  it('refuses to share without a valid consent, shares with one, and refuses again after withdrawal', async () => {
    const { citizenId, courseId } = await newCourse();
    const offer = await newOffer({ provider: 'Region Psykiatrien', name: 'Distriktspsykiatrien' });
    const r = await vita.post(`/api/v1/courses/${courseId}/referrals`, { offerId: offer.id });
    const before = await t.sql<{ n: number }>(`select count(*)::int as n from shares`);
    const refused = await vita.post(`/api/v1/referrals/${r.body.id}/share`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('no_valid_consent');
    expect((await t.sql<{ n: number }>(`select count(*)::int as n from shares`))[0].n).toBe(before[0].n);

    const badDates = await vita.post(`/api/v1/citizens/${citizenId}/consents`, {
      kind: 'consent', information: 'Henvisning', party: 'Region Psykiatrien', direction: 'to', purpose: 'Henvisning', form: 'oral', validFrom: isoDaysAgo(1), validTo: isoDaysAgo(5),
    });
    expect(badDates.status).toBe(422);
    expect(badDates.body.errors).toContainEqual({ path: 'validTo', code: 'before_start' });

    const consent = await vita.post(`/api/v1/citizens/${citizenId}/consents`, {
      kind: 'consent', information: 'Henvisningens oplysninger', party: 'Region Psykiatrien', direction: 'to', purpose: 'Henvisning til distriktspsykiatrien', form: 'written', validFrom: isoDaysAgo(1),
    });
    expect(consent.status).toBe(201);
    expect(consent.body.validNow).toBe(true);
    const shared = await vita.post(`/api/v1/referrals/${r.body.id}/share`, {});
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({ consentId: consent.body.id, recipient: 'Region Psykiatrien — Distriktspsykiatrien' });
    const logged = await t.sql(`select 1 from audit_log where action = 'referral.share' and citizen_id = $1`, [citizenId]);
    expect(logged).toHaveLength(1);

    expect((await vita.post(`/api/v1/consents/${consent.body.id}/withdraw`)).status).toBe(200);
    const after = await vita.post(`/api/v1/referrals/${r.body.id}/share`, { consentId: consent.body.id });
    expect(after.status).toBe(409);
    expect(after.body.code).toBe('consent_withdrawn');
  });
});

describe('partners and inbound referrals', () => {
  it('registers a partner, an inbound referral from it, and accepting it opens an outreach course', async () => {
    const leder = await t.login('leder');
    const totalOf = async () => (await leder.get('/api/v1/inbound-referrals/stats')).body.months.reduce((n: number, m: { total: number }) => n + m.total, 0);
    const before = await totalOf();
    const partner = await vita.post('/api/v1/partners', { name: 'Boligselskabet Demo', type: 'housing_adviser', contacts: [{ name: 'Hanne Boligrådgiver', role: 'Boligrådgiver' }] });
    expect(partner.status).toBe(201);
    const meeting = await vita.post(`/api/v1/partners/${partner.body.id}/activities`, { unitId, kind: 'meeting', date: isoDaysAgo(3), description: 'Kvartalsmøde om bekymringshenvendelser' });
    expect(meeting.body.activities).toHaveLength(1);
    const inbound = await vita.post('/api/v1/inbound-referrals', {
      unitId, sourceType: 'partner', partnerId: partner.body.id, receivedOn: isoDaysAgo(1), description: 'Lejer i opgang 4 har ikke været set i flere uger; fyldt postkasse', place: 'Opgang 4',
    });
    expect(inbound.status).toBe(201);
    const accepted = await vita.post(`/api/v1/inbound-referrals/${inbound.body.id}/accept`, { alias: 'Lejeren i opgang 4' });
    expect(accepted.status).toBe(200);
    expect(accepted.body.status).toBe('accepted');
    const course = await vita.get(`/api/v1/courses/${accepted.body.courseId}`);
    expect(course.body).toMatchObject({ method: 'outreach', phase: '2A' });
    expect((await vita.post(`/api/v1/inbound-referrals/${inbound.body.id}/decline`, { reason: 'for sent' })).body.code).toBe('already_decided');
    const neighbour = await vita.post('/api/v1/inbound-referrals', { unitId, sourceType: 'neighbour', receivedOn: isoDaysAgo(0), description: 'Nabo bekymret for manden i nr. 7' });
    expect((await vita.post(`/api/v1/inbound-referrals/${neighbour.body.id}/decline`, { reason: 'Ikke i målgruppen; henvist til lægen' })).body.status).toBe('declined');
    expect(await totalOf()).toBe(before + 2);
    const anden = await t.login('anden');
    expect((await anden.post(`/api/v1/inbound-referrals/${neighbour.body.id}/accept`, { alias: 'x' })).status).toBe(404);
  });
});

describe('handover', () => {
  it('hands a course to another worker of the unit, and to another unit through an inbound referral', async () => {
    const { citizenId, courseId } = await newCourse();
    const members = (await vita.get('/api/v1/units')).body.items[0].members as { id: string; displayName: string }[];
    const yosefId = members.find((m) => m.displayName.startsWith('Yosef'))!.id;
    const toYosef = await vita.request('PUT', `/api/v1/courses/${courseId}/responsible`, { userIds: [yosefId] });
    expect(toYosef.body.responsible.map((r: { displayName: string }) => r.displayName)).toEqual(['Yosef Haddad']);

    await vita.post(`/api/v1/courses/${courseId}/phase`, { to: '2B', reason: 'Stabil kontakt' });
    await vita.post(`/api/v1/courses/${courseId}/phase`, { to: '2C', reason: 'Klar til brobygning' });
    const cti = await t.login('cti');
    const ctiUnit = (await cti.get('/api/v1/units')).body.items[0].id;
    expect((await cti.get(`/api/v1/citizens/${citizenId}`)).status).toBe(404);
    const closed = await vita.post(`/api/v1/courses/${courseId}/close`, { reason: 'handover', summary: 'Har fået bolig; CTI overtager.', toUnitId: ctiUnit });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: 'transferred', endReason: 'handover' });
    const open = await cti.get('/api/v1/inbound-referrals?status=open');
    const handover = open.body.items.find((i: { citizenId: string }) => i.citizenId === citizenId);
    expect(handover).toMatchObject({ sourceType: 'handover', description: 'Har fået bolig; CTI overtager.' });
    const accepted = await cti.post(`/api/v1/inbound-referrals/${handover.id}/accept`, { method: 'generic' });
    expect(accepted.status).toBe(200);
    expect((await cti.get(`/api/v1/citizens/${citizenId}`)).status).toBe(200);
    const courses = await cti.get(`/api/v1/citizens/${citizenId}/courses`);
    expect(courses.body.items.find((c: { unitName: string }) => c.unitName === 'CTI-teamet')).toMatchObject({ method: 'generic', status: 'active' });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, createCitizen, demoIds, expectProblem, MANDEN, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, localDate, today } from '../outreach/dates';

/**
 * The register of violent or threatening episodes at a residence (seed 004, core element 4): staff
 * register what happened, who was involved and who was hurt; the leader sees the episodes without
 * the staff's account; peers and outsiders see nothing; nothing is stored on a refusal.
 */

const TABLES = ['episodes', 'episode_people', 'episode_debriefs', 'episode_actions', 'staff_wellbeing', 'staff_wellbeing_given'];

let t: TestContext;
let ids: DemoIds;
let bo: Client, boleder: Client, peer: Client, vita: Client, admin: Client;
let bostedet: string;
let ali: string;
let maja: string;

const daysAgo = (days: number, hour = 21) => {
  const d = new Date(Date.now() - days * 86_400_000);
  d.setUTCHours(hour, 30, 0, 0);
  return d.toISOString();
};

const body = (extra: Record<string, unknown> = {}) => ({
  unitId: bostedet,
  occurredAt: daysAgo(3),
  location: 'Fællesrummet',
  type: 'threat',
  severity: 'moderate',
  description: 'Ali blev vred over tv-programmet og truede med at kaste en stol.',
  actionsTaken: 'Bo talte roligt med ham, og de gik en tur sammen.',
  anyoneHurt: false,
  people: [{ kind: 'resident', citizenId: ali }, { kind: 'staff', userId: ids.user('bo') }, { kind: 'other', description: 'En besøgende' }],
  ...extra,
});

const listed = async (client: Client, id: string, query = `unitId=${bostedet}`) => {
  const res = await client.get(`${API}/episodes?${query}`);
  expect(res.status).toBe(200);
  return res.body.items.find((e: { id: string }) => e.id === id);
};

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, boleder, peer, vita, admin] = await Promise.all(['bo', 'boleder', 'peer', 'vita', 'admin'].map((u) => t.login(u)));
  bostedet = ids.unit('Bostedet');
  ali = ids.citizen('Ali Rahimi');
  maja = ids.citizen('Maja Kristensen');
});
afterAll(() => t.close());

describe('registering an episode', () => {
  let episodeId: string;

  it('is registered by staff with who was involved and who was hurt', async () => {
    const res = await bo.post(`${API}/episodes`, body({ type: 'violence', severity: 'serious', anyoneHurt: true, injuries: 'Et blåt mærke på armen.', people: [{ kind: 'resident', citizenId: ali }, { kind: 'resident', citizenId: maja, hurt: true }, { kind: 'staff', userId: ids.user('bo') }] }));
    expect(res.status).toBe(201);
    episodeId = res.body.id;
    expect(res.body).toMatchObject({
      unitId: bostedet,
      location: 'Fællesrummet',
      type: 'violence',
      severity: 'serious',
      description: 'Ali blev vred over tv-programmet og truede med at kaste en stol.',
      actionsTaken: 'Bo talte roligt med ham, og de gik en tur sammen.',
      anyoneHurt: true,
      injuries: 'Et blåt mærke på armen.',
      people: [
        { kind: 'resident', citizen: { id: ali, displayName: 'Ali Rahimi' }, user: null, description: null, hurt: false },
        { kind: 'resident', citizen: { id: maja, displayName: 'Maja Kristensen' }, user: null, description: null, hurt: true },
        { kind: 'staff', citizen: null, user: { id: ids.user('bo'), displayName: 'Bo Nygaard' }, description: null, hurt: false },
      ],
      debrief: null,
      actions: [],
      createdBy: { id: ids.user('bo'), displayName: 'Bo Nygaard' },
    });
    const audit = await t.sql<{ citizen_id: string; context: { record: string; id: string } }>(`select citizen_id, context from audit_log where action = 'episode.write' and context->>'id' = $1 order by citizen_id`, [episodeId]);
    expect(audit.map((a) => a.citizen_id).sort()).toEqual([ali, maja].sort());
    expect(audit[0].context).toEqual({ record: 'episode', id: episodeId });
  });

  it('without a resident involved is logged once, without a citizen', async () => {
    const res = await bo.post(`${API}/episodes`, body({ type: 'damage', severity: 'minor', people: [{ kind: 'other', description: 'Ukendt person ved hoveddøren' }] }));
    expect(res.status).toBe(201);
    const audit = await t.sql<{ citizen_id: string | null }>(`select citizen_id from audit_log where action = 'episode.write' and context->>'id' = $1`, [res.body.id]);
    expect(audit).toEqual([{ citizen_id: null }]);
  });

  it('is shown in full to staff, newest first', async () => {
    const older = (await bo.post(`${API}/episodes`, body({ occurredAt: daysAgo(90), location: 'Køkkenet' }))).body.id;
    const res = await bo.get(`${API}/episodes?unitId=${bostedet}`);
    const order = res.body.items.map((e: { id: string }) => e.id);
    expect(order.indexOf(episodeId)).toBeLessThan(order.indexOf(older));
    expect(await listed(bo, episodeId)).toMatchObject({ description: 'Ali blev vred over tv-programmet og truede med at kaste en stol.', injuries: 'Et blåt mærke på armen.' });
    // The period filter: 90 days ago is outside the last month.
    expect(await listed(bo, older, `unitId=${bostedet}&from=${addDays(today(), -30)}&to=${today()}`)).toBeUndefined();
    expect(await listed(bo, older, `unitId=${bostedet}&from=${localDate(new Date(daysAgo(90)))}&to=${localDate(new Date(daysAgo(90)))}`)).toMatchObject({ location: 'Køkkenet' });
    // Without a unit: every unit where the caller is staff.
    expect(await listed(bo, episodeId, '')).toMatchObject({ id: episodeId });
  });

  it("is shown to the leader without the staff's account, with the residents the leader sees", async () => {
    const e = await listed(boleder, episodeId);
    expect(e).toMatchObject({ type: 'violence', severity: 'serious', location: 'Fællesrummet', anyoneHurt: true, description: null, actionsTaken: null, injuries: null });
    expect(e.people.map((p: { citizen: { displayName: string } | null }) => p.citizen?.displayName)).toEqual(['Ali Rahimi', 'Maja Kristensen', undefined]);
  });

  it('logs each resident named when the register is read', async () => {
    const before = await t.sql<{ n: number }>(`select count(*)::int as n from audit_log where action = 'episode.read' and citizen_id = $1`, [maja]);
    const res = await bo.get(`${API}/episodes?unitId=${bostedet}`);
    const naming = res.body.items.filter((e: { people: { citizen: { id: string } | null }[] }) => e.people.some((p) => p.citizen?.id === maja)).length;
    expect(naming).toBeGreaterThanOrEqual(1);
    const rows = await t.sql<{ n: number; context: { record: string; count: number } }>(
      `select count(*) over ()::int as n, context from audit_log where action = 'episode.read' and citizen_id = $1 order by id desc limit 1`,
      [maja],
    );
    expect(rows[0].n).toBe(before[0].n + 1);
    expect(rows[0].context).toEqual({ record: 'episode', count: naming });
  });

  it('keeps a resident the caller no longer sees unnamed', async () => {
    const gone = await createCitizen(bo, { kind: 'identified', name: 'Tidligere Beboer', noFixedAddress: true, course: { method: 'residential', unitId: bostedet, startDate: addDays(today(), -400) } });
    const id = (await bo.post(`${API}/episodes`, body({ people: [{ kind: 'resident', citizenId: gone.id }] }))).body.id;
    await t.sql(`update courses set status = 'completed', ended_at = now() - interval '200 days' where id = $1`, [gone.courseId]);
    const e = await listed(bo, id);
    expect(e.people).toEqual([{ kind: 'resident', citizen: null, user: null, description: null, hurt: false }]);
    const logged = await t.sql(`select 1 from audit_log where action = 'episode.read' and citizen_id = $1`, [gone.id]);
    expect(logged).toEqual([]);
  });
});

describe('who may read the register', () => {
  it('refuses a peer worker and the administrator; others do not find the unit', async () => {
    expectProblem(await peer.get(`${API}/episodes?unitId=${bostedet}`), 403, 'forbidden');
    expectProblem(await peer.get(`${API}/episodes`), 403, 'forbidden');
    expectProblem(await admin.get(`${API}/episodes?unitId=${bostedet}`), 403, 'forbidden');
    for (const u of ['vita', 'leder', 'cti', 'krise', 'anden']) expectProblem(await (await t.login(u)).get(`${API}/episodes?unitId=${bostedet}`), 404, 'not_found');
  });

  it("shows staff of another unit only their own units' episodes", async () => {
    const res = await vita.get(`${API}/episodes`);
    expect(res.status).toBe(200);
    expect(res.body.items.filter((e: { unitId: string }) => e.unitId === bostedet)).toEqual([]);
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await bo.get(`${API}/episodes?unitId=${bostedet}&from=${today()}&to=${addDays(today(), -1)}`);
    expectProblem(res, 422, 'validation_failed');
    expect(res.body.errors).toEqual([{ path: 'to', code: 'invalid_value' }]);
  });
});

describe('refusals store nothing', () => {
  const refused = async (client: Client, payload: Record<string, unknown>, status: number, code: string, errors?: unknown) => {
    const before = await snapshotCounts(t, TABLES);
    const res = await client.post(`${API}/episodes`, payload);
    expectProblem(res, status, code);
    if (errors) expect(res.body.errors).toEqual(errors);
    expect(await snapshotCounts(t, TABLES)).toEqual(before);
  };

  it('only staff of the unit register episodes', async () => {
    await refused(boleder, body(), 403, 'forbidden');
    await refused(peer, body(), 403, 'forbidden');
    await refused(admin, body(), 403, 'forbidden');
    await refused(vita, body(), 404, 'not_found');
  });

  it('refuses an episode in the future', async () => {
    await refused(bo, body({ occurredAt: new Date(Date.now() + 3_600_000).toISOString() }), 422, 'validation_failed', [{ path: 'occurredAt', code: 'in_future' }]);
  });

  it('refuses a resident of another unit and a staff member who is not in the unit', async () => {
    await refused(bo, body({ people: [{ kind: 'other', description: 'Nabo' }, { kind: 'resident', citizenId: ids.citizen(MANDEN) }] }), 422, 'validation_failed', [{ path: 'people.1.citizenId', code: 'not_in_unit' }]);
    await refused(bo, body({ people: [{ kind: 'resident', citizenId: ali }, { kind: 'staff', userId: ids.user('vita') }] }), 422, 'validation_failed', [{ path: 'people.1.userId', code: 'not_in_unit' }]);
  });

  it('refuses someone hurt when the episode says nobody was', async () => {
    await refused(bo, body({ anyoneHurt: false, people: [{ kind: 'resident', citizenId: ali, hurt: true }] }), 422, 'validation_failed', [{ path: 'anyoneHurt', code: 'invalid_value' }]);
  });

  it('refuses an episode without anyone involved', async () => {
    await refused(bo, body({ people: [] }), 422, 'validation_failed', [{ path: 'people', code: 'too_short' }]);
  });
});

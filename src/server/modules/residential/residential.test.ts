import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { addDays, today } from '../outreach/dates';

/**
 * Core elements 1–3 of seed 004 and the shift handover: motivation followed while it lasts, the
 * activity calendar with participation and residents without activity, and the harm-reduction plan
 * that makes no abstinence demand.
 */

let t: TestContext;
let ids: DemoIds;
let bo: Client;
let peer: Client;
let boleder: Client;
let vita: Client;
let ali: string;
let maja: string;
let tobias: string;
let unit: string;
const tables = ['motivation_entries', 'activities', 'activity_participation', 'harm_reduction_plans'];
const hoursFromNow = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
const handoverOf = async (client: Client) => (await client.get(`${API}/units/${unit}/handover`)).body;

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [bo, peer, boleder, vita] = [await t.login('bo'), await t.login('peer'), await t.login('boleder'), await t.login('vita')];
  [ali, maja, tobias, unit] = [ids.citizen('Ali Rahimi'), ids.citizen('Maja Kristensen'), ids.citizen('Tobias Winther'), ids.unit('Bostedet')];
});
afterAll(() => t.close());

describe('motivated for now', () => {
  it('is recorded by staff and by the peer for their resident, shown until acted on, then leaves the handover', async () => {
    const made = await bo.post(`${API}/citizens/${maja}/motivation`, { what: 'Vil gerne ringe til sin datter i aften.', noticedOn: today(), noticedBy: 'Maja selv' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ status: 'open', expiresOn: addDays(today(), 7), canAct: true, createdBy: { displayName: 'Bo Nygaard' } });
    const byPeer = await peer.post(`${API}/citizens/${ali}/motivation`, { what: 'Vil gerne se øvelokalet på fredag.', noticedOn: today(), noticedBy: 'Pia Eriksen', expiresOn: addDays(today(), 3) });
    expect(byPeer.status).toBe(201);

    const open = (await handoverOf(bo)).residents.find((r: { citizen: { id: string } }) => r.citizen.id === maja);
    expect(open.motivation.map((m: { what: string }) => m.what)).toContain('Vil gerne ringe til sin datter i aften.');

    const acted = await bo.post(`${API}/motivation/${made.body.id}/acted-on`, { note: 'Lånte hende telefonen i fællesrummet kl. 19.' });
    expect(acted.status).toBe(200);
    expect(acted.body).toMatchObject({ status: 'acted_on', canAct: false, actedOn: { note: 'Lånte hende telefonen i fællesrummet kl. 19.', by: { displayName: 'Bo Nygaard' } } });
    expectProblem(await bo.post(`${API}/motivation/${made.body.id}/acted-on`, { note: 'Igen' }), 409, 'motivation_closed');
    const after = (await handoverOf(bo)).residents.find((r: { citizen: { id: string } }) => r.citizen.id === maja);
    expect(after.motivation.map((m: { what: string }) => m.what)).not.toContain('Vil gerne ringe til sin datter i aften.');
    // The history keeps it, with what was done.
    const list = await bo.get(`${API}/citizens/${maja}/motivation`);
    expect(list.body.items.find((m: { id: string }) => m.id === made.body.id).status).toBe('acted_on');
  });

  it('expires when its date has passed and can then no longer be acted on', async () => {
    const old = await bo.post(`${API}/citizens/${tobias}/motivation`, { what: 'Ville gerne med til fodbold.', noticedOn: addDays(today(), -10), noticedBy: 'Bo', expiresOn: addDays(today(), -3) });
    expect(old.body.status).toBe('expired');
    expectProblem(await bo.post(`${API}/motivation/${old.body.id}/acted-on`, { note: 'For sent' }), 409, 'motivation_closed');
  });

  it('refuses a future date, a peer on a resident who has not agreed, the leader and outsiders — nothing changes', async () => {
    const before = await snapshotCounts(t, tables);
    const body = { what: 'Noget', noticedOn: today(), noticedBy: 'Bo' };
    const future = await bo.post(`${API}/citizens/${maja}/motivation`, { ...body, noticedOn: addDays(today(), 1) });
    expect(future.body.errors).toEqual([{ path: 'noticedOn', code: 'in_future' }]);
    const backwards = await bo.post(`${API}/citizens/${maja}/motivation`, { ...body, expiresOn: addDays(today(), -1) });
    expect(backwards.body.errors).toEqual([{ path: 'expiresOn', code: 'invalid_value' }]);
    expectProblem(await peer.post(`${API}/citizens/${maja}/motivation`, body), 404, 'not_found');
    expectProblem(await boleder.post(`${API}/citizens/${maja}/motivation`, body), 403, 'forbidden');
    expectProblem(await boleder.get(`${API}/citizens/${maja}/motivation`), 403, 'forbidden');
    expectProblem(await vita.post(`${API}/citizens/${maja}/motivation`, body), 404, 'not_found');
    expect(await snapshotCounts(t, tables)).toEqual(before);
  });
});

describe('activities and participation', () => {
  let past: string;
  let upcoming: string;

  it('are added to the shared calendar by staff and by the peer', async () => {
    const a = await bo.post(`${API}/activities`, { unitId: unit, title: 'Keramik', setting: 'community', place: 'Aftenskolen', startsAt: hoursFromNow(-3), contact: 'Underviser Ole' });
    expect(a.status).toBe(201);
    past = a.body.id;
    const b = await peer.post(`${API}/activities`, { unitId: unit, title: 'Morgenløb', setting: 'community', place: 'Søerne', startsAt: hoursFromNow(20), endsAt: hoursFromNow(21) });
    expect(b.status).toBe(201);
    upcoming = b.body.id;
    const list = await peer.get(`${API}/activities?unitId=${unit}`);
    expect(list.body.items.map((x: { title: string }) => x.title)).toEqual(expect.arrayContaining(['Keramik', 'Morgenløb']));
  });

  it('records who took part; a resident the peer does not see is hidden from the peer', async () => {
    expect((await bo.post(`${API}/activities/${past}/participation`, { citizenId: maja, status: 'attended' })).status).toBe(200);
    const res = await bo.post(`${API}/activities/${past}/participation`, { citizenId: ali, status: 'wanted_not_possible', note: 'Var syg' });
    expect(res.body.participation.map((p: { citizen: { displayName: string }; status: string }) => [p.citizen.displayName, p.status])).toEqual([
      ['Ali Rahimi', 'wanted_not_possible'],
      ['Maja Kristensen', 'attended'],
    ]);
    // Changing one's mind replaces the record.
    const changed = await peer.post(`${API}/activities/${past}/participation`, { citizenId: ali, status: 'attended' });
    expect(changed.body.participation.map((p: { citizen: { displayName: string }; status: string }) => [p.citizen.displayName, p.status])).toEqual([['Ali Rahimi', 'attended']]);
    const seen = (await peer.get(`${API}/activities?unitId=${unit}`)).text;
    expect(seen).not.toContain('Maja');
  });

  it('lists residents without an attended activity for 14 days, and takes them off when they attend', async () => {
    const quiet = async () => (await bo.get(`${API}/activities?unitId=${unit}`)).body.quiet.map((q: { citizen: { displayName: string } }) => q.citizen.displayName);
    expect(await quiet()).toContain('Helle Jakobsen');
    expect(await quiet()).not.toContain('Maja Kristensen');
    expect((await bo.post(`${API}/activities/${past}/participation`, { citizenId: ids.citizen('Helle Jakobsen'), status: 'attended' })).status).toBe(200);
    expect(await quiet()).not.toContain('Helle Jakobsen');
  });

  it('refuses attending what has not begun, residents of other units, a reversed period and outsiders — nothing changes', async () => {
    const before = await snapshotCounts(t, tables);
    const future = await bo.post(`${API}/activities/${upcoming}/participation`, { citizenId: maja, status: 'attended' });
    expect(future.body.errors).toEqual([{ path: 'status', code: 'in_future' }]);
    const other = await bo.post(`${API}/activities/${past}/participation`, { citizenId: ids.citizen('Kirsten Holm'), status: 'attended' });
    expect(other.body.errors).toEqual([{ path: 'citizenId', code: 'not_in_unit' }]);
    const hidden = await peer.post(`${API}/activities/${past}/participation`, { citizenId: maja, status: 'declined' });
    expect(hidden.body.errors).toEqual([{ path: 'citizenId', code: 'not_in_unit' }]);
    expect((await bo.get(`${API}/activities?unitId=${unit}&from=${today()}&to=${addDays(today(), -1)}`)).body.errors).toEqual([{ path: 'to', code: 'invalid_value' }]);
    expectProblem(await vita.get(`${API}/activities?unitId=${unit}`), 404, 'not_found');
    expectProblem(await vita.post(`${API}/activities/${past}/participation`, { citizenId: maja, status: 'declined' }), 404, 'not_found');
    expectProblem(await vita.post(`${API}/activities`, { unitId: unit, title: 'X', setting: 'residence', place: 'Y', startsAt: hoursFromNow(1) }), 404, 'not_found');
    expect(await snapshotCounts(t, tables)).toEqual(before);
  });
});

describe('the harm-reduction plan', () => {
  const plan = (extra: Record<string, unknown> = {}) => ({
    substances: 'Hash',
    areas: {
      physical: { consequences: 'Hoster om morgenen', measures: 'Ryger ikke på værelset' },
      psychological: { consequences: 'Uro', measures: 'Samtale' },
      social: { consequences: '', measures: '' },
      economic: { consequences: 'Gæld til en ven', measures: 'Afdragsordning' },
    },
    measures: [{ text: 'Vandpibe i stedet for joints', area: 'physical', who: 'Tobias', abstinence: false }],
    residentWantsAbstinence: false,
    residentsOwnWords: 'Jeg vil bare have det lidt bedre.',
    madeWithResident: true,
    followUpDates: [addDays(today(), 14), addDays(today(), 7)],
    ...extra,
  });

  it('is saved in versions, with the next follow-up', async () => {
    const empty = await bo.get(`${API}/citizens/${tobias}/harm-reduction`);
    expect(empty.body).toEqual({ plan: null, versions: 0, canEdit: true });
    const saved = await bo.put(`${API}/citizens/${tobias}/harm-reduction`, plan({ baseVersion: 0 }));
    expect(saved.status).toBe(200);
    expect(saved.body.plan).toMatchObject({ version: 1, followUpDates: [addDays(today(), 7), addDays(today(), 14)], nextFollowUp: addDays(today(), 7), followUpDue: false, by: { displayName: 'Bo Nygaard' } });
    const again = await bo.put(`${API}/citizens/${tobias}/harm-reduction`, plan({ baseVersion: 1, substances: 'Hash, lidt alkohol' }));
    expect(again.body).toMatchObject({ versions: 2, plan: { substances: 'Hash, lidt alkohol' } });
  });

  it('shows a follow-up due (the demo plan of Maja has one today) in the plan and at handover', async () => {
    const res = await bo.get(`${API}/citizens/${maja}/harm-reduction`);
    expect(res.body.plan).toMatchObject({ followUpDue: true, nextFollowUp: today(), residentWantsAbstinence: false });
    const r = (await handoverOf(bo)).residents.find((x: { citizen: { id: string } }) => x.citizen.id === maja);
    expect(r.harmReductionFollowUp).toBe(today());
  });

  it('makes no abstinence demand: a measure to stop is refused unless the resident wants to stop', async () => {
    const before = await snapshotCounts(t, tables);
    const stop = { text: 'Stopper helt', area: 'physical', who: null, abstinence: true };
    const refused = await bo.put(`${API}/citizens/${tobias}/harm-reduction`, plan({ measures: [plan().measures[0], stop] }));
    expectProblem(refused, 422, 'validation_failed');
    expect(refused.body.errors).toEqual([{ path: 'measures.1.abstinence', code: 'abstinence_not_wanted' }]);
    expectProblem(await bo.put(`${API}/citizens/${tobias}/harm-reduction`, plan({ baseVersion: 1 })), 409, 'stale_version');
    expectProblem(await peer.put(`${API}/citizens/${ali}/harm-reduction`, plan()), 403, 'forbidden');
    expectProblem(await boleder.get(`${API}/citizens/${tobias}/harm-reduction`), 403, 'forbidden');
    expectProblem(await vita.get(`${API}/citizens/${tobias}/harm-reduction`), 404, 'not_found');
    expect(await snapshotCounts(t, tables)).toEqual(before);
    const wanted = await bo.put(`${API}/citizens/${tobias}/harm-reduction`, plan({ residentWantsAbstinence: true, measures: [stop] }));
    expect(wanted.body.plan).toMatchObject({ version: 3, residentWantsAbstinence: true, measures: [{ text: 'Stopper helt', abstinence: true }] });
  });
});

describe('the shift handover', () => {
  it("shows staff last night's episode, the open motivation, goals and follow-ups due, and who has been quiet", async () => {
    const h = await handoverOf(bo);
    expect(h.view).toBe('staff');
    const byName = (n: string) => h.residents.find((r: { citizen: { displayName: string } }) => r.citizen.displayName === n);
    expect(byName('Maja Kristensen').episodes).toEqual([expect.objectContaining({ type: 'threat', location: 'Gangen, 1. sal' })]);
    expect(byName('Maja Kristensen').notes.map((n: { text: string }) => n.text)).toContain('Maja var urolig i nat efter et telefonopkald. Sov først ved 3-tiden.');
    expect(byName('Ali Rahimi').motivation.map((m: { what: string }) => m.what)).toContain('Vil gerne spille guitar til fredagscaféen.');
    expect(byName('Ali Rahimi').goalsDue.map((g: { text: string }) => g.text)).toEqual(['Jeg vil spille i et band igen.']);
    expect(byName('Maja Kristensen').openRequests).toBe(1);
    expect(h.episodes.find((e: { location: string }) => e.location === 'Gangen, 1. sal')).toMatchObject({ debriefed: false });
    expect(h.actionsDue.map((a: { text: string; owner: { displayName: string } }) => [a.text, a.owner.displayName])).toContainEqual(['Aftale fast aftenrunde i fællesrummet kl. 21.', 'Rikke Bang']);
    const logged = await t.sql<{ n: number }>(`select count(*)::int as n from audit_log where action = 'course.read' and context->>'purpose' = 'handover' and user_id = $1`, [ids.user('bo')]);
    expect(logged[0].n).toBeGreaterThanOrEqual(4);
  });

  it('refuses a window in the future or longer than two weeks, the leader and outsiders', async () => {
    expect((await bo.get(`${API}/units/${unit}/handover?since=${encodeURIComponent(hoursFromNow(2))}`)).body.errors).toEqual([{ path: 'since', code: 'in_future' }]);
    expect((await bo.get(`${API}/units/${unit}/handover?since=${encodeURIComponent(hoursFromNow(-24 * 15))}`)).body.errors).toEqual([{ path: 'since', code: 'too_small' }]);
    expectProblem(await boleder.get(`${API}/units/${unit}/handover`), 403, 'forbidden');
    expectProblem(await vita.get(`${API}/units/${unit}/handover`), 404, 'not_found');
  });
});

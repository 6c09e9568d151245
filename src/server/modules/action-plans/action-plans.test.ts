import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts, type DemoIds } from '../../test/helpers';
import { today } from '../outreach/dates';

/**
 * §141 action plans (handleplaner): the case officer (Mona, `myndighed`) writes versions for Per
 * Madsen, who is staying at Akutkrisecentret; parts are shared with the crisis center only on a
 * consent or legal basis valid now, and the crisis center (Kim, `krise`) then sees those parts only.
 */

let t: TestContext;
let ids: DemoIds;
let myndighed: Client;
let mentor: Client;
let krise: Client;
let vita: Client;
let anden: Client;
let per: string;
let crisisOrg: string;
let planId: string;

const PURPOSE = 'Per skal have ro til at komme sig og en bolig at vende hjem til.';
const SUPPORT = 'Bostøtte efter § 85, kontakt til misbrugsbehandling og hjælp til økonomien.';
const PARTICIPATION = 'Planen er skrevet sammen med Per under et møde på akutkrisecentret.';
const OFFERS = [
  { what: 'Ambulant misbrugsbehandling', response: 'accepted', note: 'Vil starte efter opholdet' },
  { what: 'Midlertidigt botilbud', response: 'declined', note: null },
];
const plan = (extra: Record<string, unknown> = {}) => ({
  purpose: PURPOSE,
  supportNeeded: SUPPORT,
  expectedDuration: 'Et år',
  otherMatters: { housing: 'Skrevet op til en ungdomsbolig', treatment: 'Henvist til ambulant behandling' },
  offers: OFFERS,
  citizenParticipation: PARTICIPATION,
  ...extra,
});
const sharing = { sharedSections: ['purpose', 'offers'], shareWithOrganisationId: '' };

const counts = () => snapshotCounts(t, ['action_plans', 'action_plan_versions', 'action_plan_shares', 'consents']);

beforeAll(async () => {
  t = await createTestContext();
  ids = await demoIds(t);
  [myndighed, mentor, krise, vita, anden] = await Promise.all(['myndighed', 'mentor', 'krise', 'vita', 'anden'].map((u) => t.login(u)));
  per = ids.citizen('Per Madsen');
  crisisOrg = ids.org('Akutkrisecentret');
  sharing.shareWithOrganisationId = crisisOrg;
});
afterAll(() => t.close());

describe('versions', () => {
  it('keeps every version, newest first, with the author', async () => {
    const v1 = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan());
    expect(v1.status).toBe(201);
    expect(v1.body).toMatchObject({
      citizenId: per,
      organisation: { id: ids.org('Demo Kommune'), name: 'Demo Kommune' },
      view: 'full',
      shares: [],
      current: { version: 1, purpose: PURPOSE, supportNeeded: SUPPORT, offers: OFFERS, otherMatters: { housing: 'Skrevet op til en ungdomsbolig' }, sharedSections: [], sharedWith: null, by: { displayName: 'Mona Dahl' } },
    });
    planId = v1.body.id;
    const v2 = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ planId, expectedDuration: 'Seks måneder' }));
    expect(v2.body.id).toBe(planId);
    expect(v2.body.versions.map((v: { version: number; expectedDuration: string }) => [v.version, v.expectedDuration])).toEqual([[2, 'Seks måneder'], [1, 'Et år']]);
    const list = (await mentor.get(`${API}/citizens/${per}/action-plans`)).body.items;
    expect(list.map((p: { id: string; view: string; current: { version: number } }) => [p.id, p.view, p.current.version])).toContainEqual([planId, 'full', 2]);
    expect((await mentor.get(`${API}/action-plans/${planId}`)).body).toMatchObject({ view: 'full', current: { version: 2, supportNeeded: SUPPORT } });
  });

  it('refuses bad input and a plan of another citizen, and saves nothing', async () => {
    const susanne = await myndighed.post(`${API}/citizens/${ids.citizen('Susanne Lund')}/action-plans`, plan({ purpose: 'Susannes egen plan' }));
    expect(susanne.status).toBe(201);
    const before = await counts();
    const cases: [Record<string, unknown>, string, string][] = [
      [plan({ planId: susanne.body.id }), 'planId', 'invalid_value'],
      [plan({ purpose: '' }), 'purpose', 'too_short'],
      [plan({ offers: [{ what: 'Værested', response: 'maybe' }] }), 'offers.0.response', 'invalid_value'],
      [plan({ sharedSections: ['purpose'] }), 'sharedWith', 'required'],
      [plan({ ...sharing, shareWithOrganisationId: '00000000-0000-4000-8000-000000000000' }), 'shareWithOrganisationId', 'invalid_value'],
    ];
    for (const [body, path, code] of cases) {
      const res = await myndighed.post(`${API}/citizens/${per}/action-plans`, body);
      expect({ status: res.status, errors: res.body.errors }, path).toEqual({ status: 422, errors: expect.arrayContaining([{ path, code }]) });
    }
    expect(await counts()).toEqual(before);
  });
});

describe('sharing with the crisis center', () => {
  let consentId: string;

  it('is refused without a valid consent or legal basis, and nothing is saved', async () => {
    const other = await myndighed.post(`${API}/citizens/${per}/consents`, {
      kind: 'consent', information: 'Helbredsoplysninger', party: 'Region Psykiatrien', direction: 'to', purpose: 'Henvisning', form: 'oral', validFrom: today(),
    });
    expect(other.status).toBe(201);
    const before = await counts();
    const newPlan = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan(sharing));
    expectProblem(newPlan, 409, 'no_valid_consent');
    // Choosing a consent that names another party does not cover the crisis center either.
    const chosen = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ ...sharing, consentId: other.body.id }));
    expectProblem(chosen, 409, 'no_valid_consent');
    expect(chosen.body.errors).toEqual([{ path: 'consentId', code: 'invalid_value' }]);
    const newVersion = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ ...sharing, planId }));
    expectProblem(newVersion, 409, 'no_valid_consent');
    expect(await counts()).toEqual(before);
    expectProblem(await krise.get(`${API}/action-plans/${planId}`), 404, 'not_found');
    expect((await krise.get(`${API}/citizens/${per}/action-plans`)).body).toEqual({ items: [] });
  });

  it('shares the chosen sections on a consent; the crisis center sees those sections only', async () => {
    const consent = await myndighed.post(`${API}/citizens/${per}/consents`, {
      kind: 'consent', information: 'Handleplanens formål og tilbud', party: 'Akutkrisecentret', direction: 'to', purpose: 'Samarbejde under opholdet', form: 'written', validFrom: today(),
    });
    expect(consent.status).toBe(201);
    consentId = consent.body.id;
    const shared = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ ...sharing, planId }));
    expect(shared.status).toBe(201);
    expect(shared.body.current).toMatchObject({ version: 3, sharedSections: ['purpose', 'offers'], sharedWith: 'Akutkrisecentret' });
    expect(shared.body.shares).toEqual([{ sharedWith: 'Akutkrisecentret', sections: ['purpose', 'offers'], version: 3, at: expect.any(String), consentId }]);
    const logged = await t.sql<{ context: Record<string, unknown> }>(`select context from audit_log where action = 'actionPlan.share' and citizen_id = $1`, [per]);
    expect(logged).toEqual([{ context: { planId, shareId: expect.any(String), consentId, recipient: 'Akutkrisecentret' } }]);

    // A later version that is not shared stays with the municipality.
    await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ planId, supportNeeded: 'Kun til kommunen' }));
    const seen = await krise.get(`${API}/action-plans/${planId}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ view: 'shared', shares: [{ version: 3, consentId }] });
    expect(seen.body.versions.map((v: { version: number }) => v.version)).toEqual([3]);
    expect(seen.body.current).toEqual({
      version: 3,
      purpose: PURPOSE,
      supportNeeded: '',
      expectedDuration: null,
      otherMatters: {},
      offers: OFFERS,
      citizenParticipation: '',
      sharedSections: ['purpose', 'offers'],
      sharedWith: 'Akutkrisecentret',
      by: { id: ids.user('myndighed'), displayName: 'Mona Dahl' },
      at: expect.any(String),
    });
    expect(JSON.stringify(seen.body)).not.toContain('Kun til kommunen');
    expect((await krise.get(`${API}/citizens/${per}/action-plans`)).body.items.map((p: { id: string; view: string }) => [p.id, p.view])).toEqual([[planId, 'shared']]);
    expect((await mentor.get(`${API}/action-plans/${planId}`)).body.current).toMatchObject({ version: 4, supportNeeded: 'Kun til kommunen' });
  });

  it('is refused again once the consent is withdrawn, and allowed on a legal basis', async () => {
    expect((await myndighed.post(`${API}/consents/${consentId}/withdraw`)).status).toBe(200);
    const before = await counts();
    expectProblem(await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ ...sharing, planId, consentId })), 409, 'consent_withdrawn');
    expectProblem(await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ ...sharing, planId })), 409, 'no_valid_consent');
    expect(await counts()).toEqual(before);

    const basis = await myndighed.post(`${API}/citizens/${per}/consents`, {
      kind: 'legal_basis', information: 'Handleplanens formål', party: 'Akutkrisecentret', direction: 'to', purpose: 'Opholdet', legalBasis: 'Serviceloven § 141, stk. 4', validFrom: today(),
    });
    expect(basis.status).toBe(201);
    const res = await myndighed.post(`${API}/citizens/${per}/action-plans`, plan({ planId, sharedSections: ['purpose'], shareWithOrganisationId: crisisOrg }));
    expect(res.status).toBe(201);
    expect(res.body.shares.at(-1)).toMatchObject({ version: 5, sections: ['purpose'], consentId: basis.body.id });
    const seen = (await krise.get(`${API}/action-plans/${planId}`)).body;
    expect(seen.versions.map((v: { version: number }) => v.version)).toEqual([5, 3]);
    expect(seen.current).toMatchObject({ version: 5, purpose: PURPOSE, offers: [] });
  });
});

describe('the PDF', () => {
  it('prints the current version for the municipality and the shared parts for the crisis center', async () => {
    for (const [client, lang] of [[myndighed, ''], [myndighed, '?lang=en'], [krise, '']] as const) {
      const res = await client.get(`${API}/action-plans/${planId}.pdf${lang}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="handleplan-v5.pdf"');
      expect(res.text.startsWith('%PDF')).toBe(true);
    }
    const printed = await t.sql<{ user_id: string; context: Record<string, unknown> }>(`select user_id, context from audit_log where action = 'actionPlan.print' and citizen_id = $1 order by id`, [per]);
    expect(printed.map((r) => r.user_id)).toEqual([ids.user('myndighed'), ids.user('myndighed'), ids.user('krise')]);
    expect(printed[0].context).toEqual({ planId, version: 5 });
  });
});

describe('access', () => {
  it('a worker without actionPlan.write gets 403, and nothing is saved', async () => {
    const before = await counts();
    for (const client of [mentor, krise]) expectProblem(await client.post(`${API}/citizens/${per}/action-plans`, plan({ planId })), 403, 'forbidden');
    expect(await counts()).toEqual(before);
  });

  it('outsiders get 404 for the plans, the plan and the PDF', async () => {
    for (const client of [vita, anden, await t.login('bo')]) {
      expectProblem(await client.get(`${API}/citizens/${per}/action-plans`), 404, 'not_found');
      expectProblem(await client.get(`${API}/action-plans/${planId}`), 404, 'not_found');
      expectProblem(await client.post(`${API}/citizens/${per}/action-plans`, plan({ planId })), 404, 'not_found');
      expect((await client.get(`${API}/action-plans/${planId}.pdf`)).status).toBe(404);
    }
  });
});

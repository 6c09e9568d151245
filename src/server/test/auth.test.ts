import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, ORIGIN, type TestContext } from './harness';
import { API, demoIds, expectProblem, freshLogin, rawRequest, type DemoIds } from './helpers';

/** Sign-in, sessions, CSRF, security headers, administration rules and the API description. */

let t: TestContext;
let demo: DemoIds;

beforeAll(async () => {
  t = await createTestContext();
  demo = await demoIds(t);
});
afterAll(() => t.close());

describe('signing in and out', () => {
  it('sets an httpOnly, SameSite session cookie', async () => {
    const res = await t.anonymous.post(`${API}/auth/login`, { username: 'vita', password: 'demo' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ username: 'vita', displayName: 'Vita Sørensen' });
    expect(res.body.permissions).toContain('note.write');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^bb_session=[^;]{20,}/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=(Lax|Strict)/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it('accepts the username in any case', async () => {
    expect((await t.anonymous.post(`${API}/auth/login`, { username: 'VITA', password: 'demo' })).status).toBe(200);
  });

  it('refuses a wrong password or an unknown user with 401 invalid_credentials and no cookie', async () => {
    for (const body of [{ username: 'yosef', password: 'forkert' }, { username: 'findes-ikke', password: 'demo' }]) {
      const res = await t.anonymous.post(`${API}/auth/login`, body);
      expectProblem(res, 401, 'invalid_credentials');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('throttles a username after 5 failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expectProblem(await t.anonymous.post(`${API}/auth/login`, { username: 'spotter', password: `forkert-${i}` }), 401, 'invalid_credentials');
    const res = await t.anonymous.post(`${API}/auth/login`, { username: 'spotter', password: 'demo' });
    expectProblem(res, 429, 'too_many_attempts');
    expect(res.headers.get('set-cookie')).toBeNull();
    expectProblem(await t.anonymous.post(`${API}/auth/login`, { username: 'Spotter', password: 'demo' }), 429, 'too_many_attempts');
    // Other usernames are not affected.
    expect((await t.anonymous.post(`${API}/auth/login`, { username: 'peer', password: 'demo' })).status).toBe(200);
  });

  it('logout ends the session', async () => {
    const client = await freshLogin(t, 'yosef');
    expect((await client.get(`${API}/me`)).status).toBe(200);
    const out = await client.post(`${API}/auth/logout`);
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(/bb_session=;/);
    expectProblem(await client.get(`${API}/me`), 401, 'unauthenticated');
    expectProblem(await client.get(`${API}/citizens`), 401, 'unauthenticated');
  });

  it('answers 401 unauthenticated without a session or with a made-up one', async () => {
    expectProblem(await t.anonymous.get(`${API}/me`), 401, 'unauthenticated');
    expectProblem(await t.anonymous.get(`${API}/citizens`), 401, 'unauthenticated');
    expectProblem(await rawRequest(t, 'GET', `${API}/me`, { headers: { cookie: 'bb_session=opfundet' } }), 401, 'unauthenticated');
  });
});

describe('cross-site request forgery', () => {
  const newCitizen = () => JSON.stringify({ kind: 'unidentified', alias: 'CSRF-borger', course: { method: 'outreach', unitId: demo.unit('SKP-teamet') } });

  it('refuses an unsafe request with the cookie from a foreign Origin (403 origin_mismatch)', async () => {
    const vita = await t.login('vita');
    const res = await rawRequest(t, 'POST', `${API}/citizens`, { headers: { cookie: vita.cookie!, origin: 'https://evil.example', 'content-type': 'application/json' }, body: newCitizen() });
    expectProblem(res, 403, 'origin_mismatch');
    expect((await t.sql("select count(*)::int as n from citizens where alias = 'CSRF-borger'"))[0]).toEqual({ n: 0 });
    expectProblem(await rawRequest(t, 'POST', `${API}/auth/logout`, { headers: { cookie: vita.cookie!, origin: 'http://localhost:9999' } }), 403, 'origin_mismatch');
    expect((await vita.get(`${API}/me`)).status).toBe(200);
  });

  it('accepts the request from our own origin or with no Origin header', async () => {
    const vita = await t.login('vita');
    const own = await rawRequest(t, 'POST', `${API}/citizens`, { headers: { cookie: vita.cookie!, origin: ORIGIN, 'content-type': 'application/json' }, body: newCitizen() });
    expect(own.status).toBe(201);
    const none = await rawRequest(t, 'POST', `${API}/citizens`, { headers: { cookie: vita.cookie!, 'content-type': 'application/json' }, body: newCitizen() });
    expect(none.status).toBe(201);
    const safe = await rawRequest(t, 'GET', `${API}/me`, { headers: { cookie: vita.cookie!, origin: 'https://evil.example' } });
    expect(safe.status).toBe(200);
  });
});

describe('security headers', () => {
  for (const path of ['/', `${API}/health`, `${API}/me`, `${API}/nowhere`]) {
    it(`are sent on ${path}`, async () => {
      const res = await t.anonymous.get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      if (path.startsWith(API)) expect(res.headers.get('cache-control')).toBe('no-store');
    });
  }
});

describe('administration rules', () => {
  it('an administrator creates a user, a unit and memberships; the new user can then work', async () => {
    const admin = await t.login('admin');
    const short = await admin.post(`${API}/admin/users`, { username: 'ny.medarbejder', displayName: 'Ny Medarbejder', password: 'kort-kode' });
    expectProblem(short, 422, 'password_too_short');
    expect(short.body.errors).toEqual([{ path: 'password', code: 'too_short' }]);
    const user = await admin.post(`${API}/admin/users`, { username: 'ny.medarbejder', displayName: 'Ny Medarbejder', password: 'et-langt-kodeord' });
    expect(user.status).toBe(201);
    expectProblem(await admin.post(`${API}/admin/users`, { username: 'ny.medarbejder', displayName: 'Igen', password: 'et-langt-kodeord' }), 409, 'username_taken');

    const unit = await admin.post(`${API}/admin/units`, { organisationId: demo.org('Demo Kommune'), name: 'Gadeteamet' });
    expect(unit.status).toBe(201);
    expectProblem(await admin.post(`${API}/admin/units`, { organisationId: demo.org('Demo Kommune'), name: 'Gadeteamet' }), 409, 'conflict');
    const units = await admin.get(`${API}/admin/units`);
    expect(units.body.items.map((u: { name: string }) => u.name)).toContain('Gadeteamet');

    const m1 = await admin.post(`${API}/admin/users/${user.body.id}/memberships`, { unitId: demo.unit('SKP-teamet'), role: 'worker' });
    expect(m1.status).toBe(201);
    const again = await admin.post(`${API}/admin/users/${user.body.id}/memberships`, { unitId: demo.unit('SKP-teamet'), role: 'worker' });
    expect(again.body.id, 'adding the same membership twice answers the existing one').toBe(m1.body.id);
    expect((await admin.post(`${API}/admin/users/${user.body.id}/memberships`, { unitId: unit.body.id, role: 'leader' })).status).toBe(201);
    expectProblem(await admin.post(`${API}/admin/users/${user.body.id}/memberships`, { unitId: unit.body.id, role: 'admin' }), 422, 'validation_failed');

    const nu = await freshLogin(t, 'ny.medarbejder', 'et-langt-kodeord');
    const me = await nu.get(`${API}/me`);
    expect(me.body.memberships.map((m: { unitName: string; role: string }) => `${m.unitName}:${m.role}`).sort()).toEqual(['Gadeteamet:leader', 'SKP-teamet:worker']);
    const caseload = await nu.get(`${API}/citizens?pageSize=100`);
    expect(caseload.body.items.map((c: { displayName: string }) => c.displayName)).toContain('Jonas Vestergaard');

    expect((await admin.delete(`${API}/admin/memberships/${m1.body.id}`)).status).toBe(200);
    expectProblem(await admin.delete(`${API}/admin/memberships/${m1.body.id}`), 404, 'not_found');
    expect((await nu.get(`${API}/citizens?pageSize=100`)).body.items.map((c: { displayName: string }) => c.displayName)).not.toContain('Jonas Vestergaard');

    expect((await admin.patch(`${API}/admin/users/${user.body.id}`, { disabled: true })).status).toBe(200);
    expectProblem(await nu.get(`${API}/me`), 401, 'unauthenticated');
    expectProblem(await t.anonymous.post(`${API}/auth/login`, { username: 'ny.medarbejder', password: 'et-langt-kodeord' }), 401, 'invalid_credentials');
  });

  it('refuses to remove or disable the last administrator of an organisation (409 last_admin)', async () => {
    const admin = await t.login('admin');
    const users = await admin.get(`${API}/admin/users`);
    const ada = users.body.items.find((u: { username: string }) => u.username === 'admin');
    const demoAdmin = ada.memberships.find((m: { organisationId: string; role: string }) => m.organisationId === demo.org('Demo Kommune') && m.role === 'admin');
    expectProblem(await admin.delete(`${API}/admin/memberships/${demoAdmin.id}`), 409, 'last_admin');
    expectProblem(await admin.patch(`${API}/admin/users/${ada.id}`, { disabled: true }), 409, 'last_admin');
    expect((await admin.get(`${API}/me`)).status).toBe(200);

    // With a second administrator, the first may go.
    const second = await admin.post(`${API}/admin/users`, { username: 'admin.to', displayName: 'Anden Admin', password: 'et-langt-kodeord' });
    await admin.post(`${API}/admin/users/${second.body.id}/memberships`, { organisationId: demo.org('Demo Kommune'), role: 'admin' });
    const admin2 = await freshLogin(t, 'admin.to', 'et-langt-kodeord');
    expect((await admin2.get(`${API}/admin/units`)).status).toBe(200);
    expect((await admin.patch(`${API}/admin/users/${second.body.id}`, { disabled: true })).status).toBe(200);
    expectProblem(await admin2.get(`${API}/admin/units`), 401, 'unauthenticated');
    expectProblem(await admin.patch(`${API}/admin/users/${ada.id}`, { disabled: true }), 409, 'last_admin');
  });
});

describe('the API description', () => {
  it('GET /api/v1/openapi.json is OpenAPI 3.1 and lists the contract paths', async () => {
    const res = await t.anonymous.get(`${API}/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1\./);
    const paths = Object.keys(res.body.paths);
    for (const p of ['/citizens', '/citizens/{id}', '/citizens/{id}/courses', '/courses/{id}', '/courses/{id}/notes', '/audit', '/audit/verify', '/auth/login', '/auth/logout', '/me', '/health']) {
      expect(paths, p).toContain(p);
    }
    expect(res.body.components.schemas).toHaveProperty('Citizen');
  });

  it('GET /api/docs serves an HTML page with its assets from our own origin', async () => {
    const res = await t.anonymous.get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<html/i);
    expect(res.text).not.toMatch(/https?:\/\//);
    const script = await t.anonymous.get('/api/docs/init.js');
    expect(script.text).toContain('/api/v1/openapi.json');
  });
});

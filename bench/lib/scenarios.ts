import type autocannon from 'autocannon';
import type { BenchIds } from './ids';
import type { Target } from './load';

/** Logs in over HTTP and returns the session cookie. */
export async function login(base: string, user: { username: string; password: string }): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', origin: base }, body: JSON.stringify(user) });
  if (!res.ok) throw new Error(`login as ${user.username} failed: HTTP ${res.status}`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** A course of the worker's unit chosen at random for each operation (kept in the connection's context). */
function pickCourse(ids: BenchIds) {
  return (context: Record<string, unknown>) => {
    // Not the last course: the SQL ceiling's replayed writes pile up there.
    const c = ids.courses[Math.floor(Math.random() * (ids.courses.length - 1))];
    context.courseId = c.courseId;
    context.citizenId = c.citizenId;
  };
}

type Req = Omit<autocannon.Request, 'setupRequest'> & { setupRequest?: (req: autocannon.Request, context: Record<string, unknown>) => autocannon.Request };
const asRequests = (reqs: Req[]) => reqs as unknown as autocannon.Request[];

/**
 * The operations of the suite, as the web app sends them:
 * 1 write — log a contact attempt on a running outreach course (validation, access check, insert, audit row);
 * 2 read — open a citizen: the citizen, their courses, the course's contact attempts and contact plan
 *   (the four requests the citizen page makes for an outreach course — the newest 20 attempts; each is access-checked and logged);
 * 3 lists — the worker's due list, the worker's caseload, a citizen search;
 * 4 dashboards — the leader's dashboard and three indicators.
 */
export function operations(base: string, ids: BenchIds, cookies: { worker: string; leader: string }): Record<string, Target> {
  const worker = { cookie: cookies.worker, origin: base };
  const leader = { cookie: cookies.leader, origin: base };
  const choose = pickCourse(ids);
  const write: Req = {
    method: 'POST',
    setupRequest: (req, context) => {
      choose(context);
      const body = { at: new Date(Date.now() - 60_000).toISOString(), method: 'door_knock', outcome: 'no_one_there', observed: 'Bench: ingen åbnede.' };
      return { ...req, path: `/api/v1/courses/${context.courseId}/contact-attempts`, body: JSON.stringify(body), headers: { ...worker, 'content-type': 'application/json' } };
    },
  };
  const read: Req[] = [
    { method: 'GET', setupRequest: (req, context) => (choose(context), { ...req, path: `/api/v1/citizens/${context.citizenId}` }) },
    { method: 'GET', setupRequest: (req, context) => ({ ...req, path: `/api/v1/citizens/${context.citizenId}/courses` }) },
    { method: 'GET', setupRequest: (req, context) => ({ ...req, path: `/api/v1/courses/${context.courseId}/contact-attempts?limit=20` }) },
    { method: 'GET', setupRequest: (req, context) => ({ ...req, path: `/api/v1/courses/${context.courseId}/contact-plan` }) },
  ];
  const get = (path: string): Req[] => [{ method: 'GET', path }];
  const u = ids.unitId;
  return {
    write: { url: base, headers: worker, requests: asRequests([write]) },
    read: { url: base, headers: worker, requests: asRequests(read) },
    due: { url: base, headers: worker, requests: asRequests(get('/api/v1/me/due')) },
    caseload: { url: base, headers: worker, requests: asRequests(get('/api/v1/citizens?mine=true')) },
    search: { url: base, headers: worker, requests: asRequests(get(`/api/v1/citizens?q=${ids.search}`)) },
    dashboard: { url: base, headers: leader, requests: asRequests(get(`/api/v1/dashboards/${u}`)) },
    daysToFirstContact: { url: base, headers: leader, requests: asRequests(get(`/api/v1/indicators/daysToFirstContact?unitId=${u}`)) },
    overdueContacts: { url: base, headers: leader, requests: asRequests(get(`/api/v1/indicators/overdueContacts?unitId=${u}`)) },
    caseloadPerWorker: { url: base, headers: leader, requests: asRequests(get(`/api/v1/indicators/caseloadPerWorker?unitId=${u}`)) },
  };
}

export const LISTS = ['due', 'caseload', 'search'] as const;
export const DASHBOARDS = ['dashboard', 'daysToFirstContact', 'overdueContacts', 'caseloadPerWorker'] as const;

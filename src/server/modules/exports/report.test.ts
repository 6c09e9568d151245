import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { API, demoIds, expectProblem, snapshotCounts } from '../../test/helpers';
import { exportUnit, getBytes } from './fixtures';

/**
 * The unit's status report as a PDF on the constructed unit "Eksportteamet" (see fixtures.ts): a
 * document of several pages naming the unit, for the unit's leader, its staff and the organisation's
 * administrator and auditor; logged once as an export; bad periods and outsiders refused.
 */

let t: TestContext;
let unit: string;
let leaderPages = 0;
let users: Awaited<ReturnType<typeof exportUnit>>['users'];
const path = (query = 'from=2024-01-01&to=2024-06-30') => `${API}/reports/${unit}.pdf?${query}`;

/** Pages of a PDF: pdfkit writes its page objects uncompressed. */
const pages = (pdf: string) => pdf.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;

beforeAll(async () => {
  t = await createTestContext();
  ({ unit, users } = await exportUnit(t));
});
afterAll(() => t.close());

describe('the status report', () => {
  it('is a PDF of several pages naming the unit, for the leader, in Danish or English', async () => {
    for (const [lang, title, file] of [
      ['', 'Statusrapport: Eksportteamet', 'statusrapport'],
      ['&lang=en', 'Status report: Eksportteamet', 'status-report'],
    ]) {
      const res = await getBytes(t, users.leader.client, path(`from=2024-01-01&to=2024-06-30${lang}`));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename="${file}-eksportteamet-2024-01-01-2024-06-30.pdf"`);
      const pdf = res.bytes.toString('latin1');
      expect(pdf.startsWith('%PDF')).toBe(true);
      expect(pdf).toContain(`(${title})`);
      // A title page, the ten indicators of an outreach team, the default theory of change.
      expect(pages(pdf)).toBeGreaterThan(2);
      leaderPages = pages(pdf);
    }
  });

  it('is for the unit and its organisation: the auditor gets it without the theory of change', async () => {
    const ids = await demoIds(t);
    const auditor = await getBytes(t, await t.login('dpo'), path());
    expect(auditor.status).toBe(200);
    // The same report without its last page, the theory of change (an auditor may not read it).
    expect(pages(auditor.bytes.toString('latin1'))).toBe(leaderPages - 1);
    expect((await getBytes(t, await t.login('admin'), path())).status).toBe(200);
    expect((await getBytes(t, users.worker.client, path())).status).toBe(200);
    const skp = await getBytes(t, await t.login('leder'), `${API}/reports/${ids.unit('SKP-teamet')}.pdf`);
    expect(skp.status).toBe(200);
    expect(skp.bytes.toString('latin1')).toContain('(Statusrapport: SKP-teamet)');
  });

  it('logs the report once as an export in the format pdf, with the indicators in it', async () => {
    expect((await getBytes(t, users.leader.client, path('from=2024-01-01&to=2024-06-30&interval=quarter'))).status).toBe(200);
    const [row] = await t.sql<{ user_id: string; citizen_id: string | null; context: Record<string, unknown> }>(
      `select user_id, citizen_id, context from audit_log where action = 'indicator.export' order by id desc limit 1`,
    );
    expect(row).toEqual({
      user_id: users.leader.id,
      citizen_id: null,
      context: {
        unitId: unit,
        format: 'pdf',
        from: '2024-01-01',
        to: '2024-06-30',
        interval: 'quarter',
        keys: ['citizensByPhase', 'daysToFirstContact', 'attemptsBeforeFirstContact', 'overdueContacts', 'inboundBySource', 'referralRetention', 'caseloadPerWorker', 'who5Change', 'feedbackShare', 'goalsAchieved'],
        view: 'inside',
      },
    });
    const [dashboard] = await t.sql<{ context: Record<string, unknown> }>(`select context from audit_log where action = 'dashboard.read' order by id desc limit 1`);
    expect(dashboard.context).toMatchObject({ unitId: unit, export: true, indicators: 10 });
  });

  it('refuses a bad period or language, other units\' leaders, the peer and spotter, and logs nothing', async () => {
    const before = await snapshotCounts(t);
    const bad = await users.leader.client.get(path('from=2024-05-01&to=2024-04-30'));
    expectProblem(bad, 422, 'validation_failed');
    expect(bad.body.errors).toEqual([{ path: 'to', code: 'before_from' }]);
    const lang = await users.leader.client.get(path('lang=fr'));
    expectProblem(lang, 422, 'validation_failed');
    expect(lang.body.errors).toEqual([{ path: 'lang', code: 'invalid_value' }]);
    for (const who of ['leder', 'boleder', 'vita']) expectProblem(await (await t.login(who)).get(path()), 404, 'not_found');
    for (const who of ['peer', 'spotter'] as const) expectProblem(await users[who].client.get(path()), 403, 'forbidden');
    expectProblem(await users.leader.client.get(`${API}/reports/00000000-0000-4000-8000-000000000000.pdf`), 404, 'not_found');
    expectProblem(await t.anonymous.get(path()), 401, 'unauthenticated');
    expect(await snapshotCounts(t)).toEqual(before);
  });
});

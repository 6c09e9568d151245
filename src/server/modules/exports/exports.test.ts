import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import da from '../../../shared/i18n/da.json';
import en from '../../../shared/i18n/en.json';
import { createTestContext, type Client, type TestContext } from '../../test/harness';
import { API, countRows, expectProblem, snapshotCounts } from '../../test/helpers';
import { exportUnit, getBytes, readWorkbook } from './fixtures';

/**
 * CSV and XLSX exports of indicator tables on the constructed unit "Eksportteamet" (see
 * fixtures.ts): exact cells, small numbers suppressed even for the unit's own leader, no data
 * written as such, one audit row per export, bad input and who may export.
 */

let t: TestContext;
let unit: string;
let users: Awaited<ReturnType<typeof exportUnit>>['users'];
const period = () => `unitId=${unit}&from=2024-01-01&to=2024-06-30`;
const csvPath = (extra = '') => `${API}/exports/indicators.csv?${period()}&keys=daysToFirstContact,attemptsBeforeFirstContact${extra}`;
const S = 'skjult (færre end 5)';
const N = 'ingen data';

/** The CSV as sent: the byte order mark kept (a TextDecoder would drop it), split into lines. */
async function csv(client: Client, path: string) {
  const res = await getBytes(t, client, path);
  expect(res.status).toBe(200);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(res.bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return { headers: res.headers, lines: text.slice(1).split('\r\n') };
}

beforeAll(async () => {
  t = await createTestContext();
  ({ unit, users } = await exportUnit(t));
});
afterAll(() => t.close());

describe('the CSV export', () => {
  it('writes each indicator as a table: suppressed cells and periods as the marker, empty periods as no data, never numbers', async () => {
    const { headers, lines } = await csv(users.leader.client, csvPath());
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="indikatorer-eksportteamet-2024-01-01-2024-06-30.csv"');
    const empty = (key: string, month: string) => [key, month, '0', N, N, N, N, N, N, N].join(';');
    expect(lines).toEqual([
      'Indikator;Periode;Antal borgere (n);Værdi;Median;Fordeling: 0;Fordeling: 1-7;Fordeling: 8-30;Fordeling: 31-90;Fordeling: 91+',
      empty('daysToFirstContact', '2024-01'),
      empty('daysToFirstContact', '2024-02'),
      // Five citizens: the figure is shown, but each bucket holding 1–4 of them is hidden.
      ['daysToFirstContact', '2024-03', '5', '7', '7', S, S, S, S, '0'].join(';'),
      // Four citizens: nothing but the marker.
      ['daysToFirstContact', '2024-04', S, S, S, S, S, S, S, S].join(';'),
      empty('daysToFirstContact', '2024-05'),
      empty('daysToFirstContact', '2024-06'),
      ['daysToFirstContact', 'I alt', '9', '2', '2', S, '5', S, S, '0'].join(';'),
      '',
      'Indikator;Periode;Antal borgere (n);Værdi;Median;Fordeling: 1;Fordeling: 2-3;Fordeling: 4-6;Fordeling: 7-10;Fordeling: 11+',
      empty('attemptsBeforeFirstContact', '2024-01'),
      empty('attemptsBeforeFirstContact', '2024-02'),
      ['attemptsBeforeFirstContact', '2024-03', '5', '2', '2', S, S, S, '0', '0'].join(';'),
      ['attemptsBeforeFirstContact', '2024-04', S, S, S, S, S, S, S, S].join(';'),
      empty('attemptsBeforeFirstContact', '2024-05'),
      empty('attemptsBeforeFirstContact', '2024-06'),
      ['attemptsBeforeFirstContact', 'I alt', '9', '2', '2', S, '7', S, '0', '0'].join(';'),
      '',
    ]);
  });

  it('is written in English when asked, and by quarter', async () => {
    const { headers, lines } = await csv(users.worker.client, `${API}/exports/indicators.csv?${period()}&keys=daysToFirstContact&interval=quarter&lang=en`);
    expect(headers.get('content-disposition')).toBe('attachment; filename="indicators-eksportteamet-2024-01-01-2024-06-30.csv"');
    expect(lines).toEqual([
      'Indicator;Period;Citizens (n);Value;Median;Distribution: 0;Distribution: 1-7;Distribution: 8-30;Distribution: 31-90;Distribution: 91+',
      ['daysToFirstContact', '2024-Q1', '5', '7', '7', ...Array(4).fill('suppressed (fewer than 5)'), '0'].join(';'),
      ['daysToFirstContact', '2024-Q2', ...Array(8).fill('suppressed (fewer than 5)')].join(';'),
      ['daysToFirstContact', 'Total', '9', '2', '2', 'suppressed (fewer than 5)', '5', 'suppressed (fewer than 5)', 'suppressed (fewer than 5)', '0'].join(';'),
      '',
    ]);
  });

  it("exports every indicator relevant to the unit's methods when no keys are given", async () => {
    const { lines } = await csv(users.leader.client, `${API}/exports/indicators.csv?${period()}`);
    const keys = [...new Set(lines.filter(Boolean).map((l) => l.split(';')[0]).filter((k) => k !== 'Indikator'))];
    expect(keys).toEqual(['citizensByPhase', 'daysToFirstContact', 'attemptsBeforeFirstContact', 'overdueContacts', 'inboundBySource', 'referralRetention', 'caseloadPerWorker', 'who5Change', 'feedbackShare', 'goalsAchieved']);
  });
});

describe('the XLSX export', () => {
  it('has a sheet about the export, then one per indicator with its title, definition, header and cells', async () => {
    const res = await getBytes(t, users.leader.client, `${API}/exports/indicators.xlsx?${period()}&keys=daysToFirstContact,attemptsBeforeFirstContact`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="indikatorer-eksportteamet-2024-01-01-2024-06-30.xlsx"');
    const wb = await readWorkbook(res.bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Om', 'daysToFirstContact', 'attemptsBeforeFirstContact']);
    const about = wb.getWorksheet('Om')!;
    expect(about.getCell('A1').value).toBe('Indikatorer for Eksportteamet');
    expect([about.getCell('A3').value, about.getCell('B3').value]).toEqual(['Enhed', 'Eksportteamet']);
    expect(about.getCell('B4').value).toBe('1. januar 2024 – 30. juni 2024');
    expect(about.getCell('B5').value).toBe('måned');
    expect(about.getCell('B6').value).toBe(`Tal, der bygger på færre end 5 borgere, er skjult og vist som »${S}«. En periode uden noget at beregne ud fra er vist som »${N}«.`);
    expect(about.getCell('B8').value).toBe('Eksportteamet leader');

    const days = wb.getWorksheet('daysToFirstContact')!;
    expect(days.getCell('A1').value).toBe(da.indicators.daysToFirstContact.title);
    expect(days.getCell('A2').value).toBe(da.indicators.daysToFirstContact.definition);
    expect(days.getCell('A3').value).toBe('Måleenhed: dage');
    const row = (n: number) => (days.getRow(n).values as unknown[]).slice(1);
    expect(row(5)).toEqual(['Periode', 'Antal borgere (n)', 'Værdi', 'Median', 'Fordeling: 0', 'Fordeling: 1-7', 'Fordeling: 8-30', 'Fordeling: 31-90', 'Fordeling: 91+']);
    expect(row(6)).toEqual(['2024-01', 0, N, N, N, N, N, N, N]);
    expect(row(8)).toEqual(['2024-03', 5, 7, 7, S, S, S, S, 0]);
    expect(row(9)).toEqual(['2024-04', ...Array(8).fill(S)]);
    expect(row(12)).toEqual(['I alt', 9, 2, 2, S, 5, S, S, 0]);
  });

  it('names its first sheet About in English', async () => {
    const res = await getBytes(t, users.leader.client, `${API}/exports/indicators.xlsx?${period()}&keys=daysToFirstContact&lang=en`);
    const wb = await readWorkbook(res.bytes);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['About', 'daysToFirstContact']);
    expect(wb.getWorksheet('daysToFirstContact')!.getCell('A1').value).toBe(en.indicators.daysToFirstContact.title);
  });
});

describe('logging', () => {
  it('logs each export once, with its format, unit, period and keys, and each indicator read as an export', async () => {
    const before = await countRows(t, 'audit_log', `action = 'indicator.read' and (context->>'export')::boolean`);
    expect((await users.leader.client.get(csvPath())).status).toBe(200);
    expect((await getBytes(t, await t.login('dpo'), `${API}/exports/indicators.xlsx?${period()}&keys=daysToFirstContact&interval=quarter`)).status).toBe(200);
    const rows = await t.sql<{ user_id: string; citizen_id: string | null; context: Record<string, unknown> }>(
      `select user_id, citizen_id, context from audit_log where action = 'indicator.export' order by id desc limit 2`,
    );
    expect(rows.map((r) => r.citizen_id)).toEqual([null, null]);
    expect(rows[1].context).toEqual({ unitId: unit, format: 'csv', from: '2024-01-01', to: '2024-06-30', interval: 'month', keys: ['daysToFirstContact', 'attemptsBeforeFirstContact'], view: 'inside' });
    expect(rows[0].context).toEqual({ unitId: unit, format: 'xlsx', from: '2024-01-01', to: '2024-06-30', interval: 'quarter', keys: ['daysToFirstContact'], view: 'outside' });
    expect(rows[1].user_id).toBe(users.leader.id);
    expect(await countRows(t, 'audit_log', `action = 'indicator.read' and (context->>'export')::boolean`)).toBe(before + 3);
  });
});

describe('bad input and access', () => {
  it('refuses a period ending before it starts, an unknown key and an unknown language, and logs nothing', async () => {
    const before = await snapshotCounts(t);
    const bad = async (path: string, field: string, code: string) => {
      const res = await users.leader.client.get(path);
      expectProblem(res, 422, 'validation_failed');
      expect(res.body.errors).toEqual([{ path: field, code }]);
    };
    await bad(`${API}/exports/indicators.csv?unitId=${unit}&from=2024-05-01&to=2024-04-30`, 'to', 'before_from');
    await bad(`${API}/exports/indicators.xlsx?unitId=${unit}&from=2024-05-01&to=2024-04-30`, 'to', 'before_from');
    await bad(`${API}/exports/indicators.csv?${period()}&keys=daysToFirstContact,noSuchThing`, 'keys', 'invalid_value');
    await bad(`${API}/exports/indicators.csv?${period()}&lang=de`, 'lang', 'invalid_value');
    await bad(`${API}/exports/indicators.csv?from=2024-01-01`, 'unitId', 'required');
    expect(await snapshotCounts(t)).toEqual(before);
  });

  it("is 404 for other units' leaders and staff, 403 for the unit's peer and spotter, 401 without a session", async () => {
    const before = await snapshotCounts(t);
    for (const who of ['leder', 'boleder', 'vita', 'anden']) {
      const client: Client = await t.login(who);
      expectProblem(await client.get(csvPath()), 404, 'not_found');
      expectProblem(await client.get(`${API}/exports/indicators.xlsx?${period()}`), 404, 'not_found');
    }
    for (const who of ['peer', 'spotter'] as const) expectProblem(await users[who].client.get(csvPath()), 403, 'forbidden');
    expectProblem(await t.anonymous.get(csvPath()), 401, 'unauthenticated');
    expect(await snapshotCounts(t)).toEqual(before);
  });
});

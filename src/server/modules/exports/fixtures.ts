import ExcelJS from 'exceljs';
import type { Client, TestContext } from '../../test/harness';
import { ORIGIN } from '../../test/harness';
import { demoIds } from '../../test/helpers';
import { attempts, course, freshUnit, type Fx } from '../indicators/fixtures';

/**
 * The exports' test unit, "Eksportteamet": outreach courses with first contact in March 2024
 * (five citizens: days 0, 14, 2, 60, 7 → median 7; attempts 1, 3, 2, 4, 2 → median 2) and in April
 * 2024 (four citizens: days 2, 2, 2, 10; attempts 2, 2, 2, 3), so that in an export March is shown
 * with its small distribution cells hidden, April is suppressed and January, February, May and June
 * have no data.
 */
export async function exportUnit(t: TestContext) {
  const ids = await demoIds(t);
  const made = await freshUnit(t, ids, 'Demo Kommune', 'Eksportteamet', 'team', { leader: 'leader', worker: 'worker', peer: 'peer', spotter: 'spotter' });
  const fx: Fx = { t, unit: made.unit, orgId: made.orgId, by: made.users.worker.id };
  const outreach = (name: string, start: string) => course(fx, { name, method: 'outreach', phase: '2A', start });
  await attempts(fx, await outreach('Marts Et', '2024-03-01'), [['2024-03-01', 'conversation']]);
  await attempts(fx, await outreach('Marts To', '2024-02-15'), [['2024-02-20', 'no_one_there'], ['2024-02-27', 'signs_of_life'], ['2024-03-05', 'conversation']]);
  await attempts(fx, await outreach('Marts Tre', '2024-03-01'), [['2024-03-02', 'no_one_there'], ['2024-03-04', 'brief_contact']]);
  await attempts(fx, await outreach('Marts Fire', '2024-01-05'), [['2024-01-10', 'no_one_there'], ['2024-01-20', 'rejected'], ['2024-02-10', 'no_one_there'], ['2024-03-10', 'meeting_agreed'], ['2024-03-20', 'conversation']]);
  await attempts(fx, await outreach('Marts Fem', '2024-03-10'), [['2024-03-15', 'no_one_there'], ['2024-03-22', 'conversation']]);
  for (const name of ['April Et', 'April To', 'April Tre']) await attempts(fx, await outreach(name, '2024-04-01'), [['2024-04-01', 'no_one_there'], ['2024-04-03', 'brief_contact']]);
  await attempts(fx, await outreach('April Fire', '2024-04-01'), [['2024-04-01', 'no_one_there'], ['2024-04-05', 'signs_of_life'], ['2024-04-11', 'conversation']]);
  return { unit: made.unit, users: made.users };
}

/** A GET whose body is kept as bytes (the harness' client reads bodies as text). */
export async function getBytes(t: TestContext, client: Client, path: string) {
  const res = await t.app.request(`${ORIGIN}${path}`, { headers: { origin: ORIGIN, ...(client.cookie ? { cookie: client.cookie } : {}) } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

export async function readWorkbook(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/harness';
import { refreshInChildProcess, startJobs, type Jobs } from './jobs';

/**
 * The background jobs: on PostgreSQL, pg-boss runs the indicator refresh once at start-up (and then
 * on its cron) in a child process, filling the stored figures of every unit; the embedded database runs no jobs.
 * (`npm test` runs this on PGlite, `npm run test:pg` on the PostgreSQL server.)
 */
let t: TestContext;
let jobs: Jobs | null = null;

beforeAll(async () => {
  t = await createTestContext();
});

afterAll(async () => {
  await jobs?.stop();
  await t?.close();
});

describe('background jobs', () => {
  it('refresh every unit’s stored indicator figures on PostgreSQL; none run on the embedded database', async () => {
    const lines: string[] = [];
    jobs = await startJobs(t.deps, { log: (l) => lines.push(l) });
    if (t.deps.database.kind === 'pglite') {
      expect(jobs).toBeNull();
      expect(await t.sql('select 1 from indicator_refreshes')).toEqual([]);
      return;
    }
    expect(jobs).not.toBeNull();
    const deadline = Date.now() + 60_000;
    while (!lines.some((l) => l.includes('indicators refreshed')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    const units = await t.sql<{ n: number }>('select count(*)::int as n from units');
    const refreshed = await t.sql<{ n: number }>('select count(distinct unit_id)::int as n from indicator_refreshes');
    expect(refreshed[0].n).toBe(units[0].n);
    const line = lines.find((l) => l.includes('indicators refreshed'));
    expect(line).toContain(`${units[0].n} units`);
    // …in a process of its own, not on the server's event loop.
    const pid = Number(/\(process (\d+)\)/.exec(line ?? '')?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(pid).not.toBe(process.pid);
    const schedules = await t.sql<{ name: string; cron: string }>('select name, cron from pgboss.schedule');
    expect(schedules).toEqual([{ name: 'indicators-refresh', cron: t.deps.config.indicatorRefreshCron }]);
  }, 90_000);

  it('report a refresh that fails or takes too long as failed, and stop its process', async () => {
    const unreachable = { ...t.deps.config, databaseUrl: 'postgres://postgres@127.0.0.1:1/none' };
    await expect(refreshInChildProcess(unreachable, { timeoutMs: 60_000 })).rejects.toThrow(/indicator refresh failed/);
    const running = new Set<import('node:child_process').ChildProcess>();
    await expect(refreshInChildProcess(t.deps.config, { timeoutMs: 1, running })).rejects.toThrow(/RefreshTimeout/);
    const deadline = Date.now() + 10_000;
    while (running.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(running.size).toBe(0);
  }, 60_000);
});

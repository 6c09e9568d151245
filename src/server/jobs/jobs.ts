import { fork } from 'node:child_process';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Deps } from '../deps';
import type { RefreshReport } from '../modules/indicators/refresh';

/** The queue of the indicator refresh (issue 8): recompute every unit's stored monthly figures. */
export const INDICATOR_REFRESH = 'indicators-refresh';

export type Jobs = { boss: PgBoss; stop(): Promise<void> };

/**
 * Background jobs on PostgreSQL through pg-boss (its queue lives in the `pgboss` schema of the same
 * database, so several app processes share it and each job runs once). Today one job: the indicator
 * refresh, on the configured cron and once at start-up. The embedded database runs no jobs: its
 * indicators are computed per request. Failures are logged by name only (messages may quote data).
 * Each refresh runs in a child process (refresh-process.ts), not on the server's event loop.
 */
export async function startJobs(deps: Deps, opts: { log?: (line: string) => void } = {}): Promise<Jobs | null> {
  const url = deps.config.databaseUrl;
  if (deps.database.kind !== 'postgres' || !url) return null;
  const log = opts.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss({ connectionString: url, schema: 'pgboss', max: 2, application_name: 'brobygger-jobs' });
  boss.on('error', (err) => console.error(`[jobs] ${err.name} ${(err as { code?: string }).code ?? ''}`));
  await boss.start();
  // singleton: one refresh runs at a time; one more may wait behind it.
  await boss.createQueue(INDICATOR_REFRESH, { name: INDICATOR_REFRESH, policy: 'singleton', expireInMinutes: 60, retryLimit: 2 });
  await boss.schedule(INDICATOR_REFRESH, deps.config.indicatorRefreshCron, {}, { tz: 'Europe/Copenhagen' });
  await boss.work(INDICATOR_REFRESH, async () => {
    const report = await refreshInChildProcess(deps.config);
    log(`[jobs] indicators refreshed: ${report.units.length} units in ${report.ms} ms (process ${report.pid})`);
  });
  await boss.send(INDICATOR_REFRESH, {});
  return { boss, stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }) };
}

/**
 * Runs one indicator refresh in a child process and resolves with its report. Built, the script is
 * dist/server/refresh-process.js beside the server's bundle; from the sources (development, tests)
 * it is the .ts file, run through tsx.
 */
export function refreshInChildProcess(config: Config): Promise<RefreshReport & { pid: number }> {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = new URL(fromSources ? './refresh-process.ts' : './refresh-process.js', import.meta.url);
  const child = fork(script, [], { execArgv: fromSources ? ['--import', 'tsx'] : [], serialization: 'advanced', stdio: 'inherit' });
  return new Promise<RefreshReport & { pid: number }>((resolve, reject) => {
    let answer: { report?: RefreshReport & { pid: number }; error?: string } | null = null;
    child.on('message', (m: typeof answer) => (answer = m));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (answer?.report) resolve(answer.report);
      else reject(Object.assign(new Error(`indicator refresh failed (${answer?.error ?? `exit ${code}`})`), { name: answer?.error ?? 'RefreshProcessExit' }));
    });
    child.send({ config });
  });
}

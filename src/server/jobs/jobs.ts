import { fork, type ChildProcess } from 'node:child_process';
import PgBoss from 'pg-boss';
import type { Config } from '../config';
import type { Deps } from '../deps';
import type { RefreshReport } from '../modules/indicators/refresh';

/** The queue of the indicator refresh (issue 8): recompute every unit's stored monthly figures. */
export const INDICATOR_REFRESH = 'indicators-refresh';

export type Jobs = { boss: PgBoss; stop(): Promise<void> };

/** pg-boss gives a refresh up after this long (and retries it); its child process is killed just before. */
const EXPIRE_MINUTES = 60;

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
  await boss.createQueue(INDICATOR_REFRESH, { name: INDICATOR_REFRESH, policy: 'singleton', expireInMinutes: EXPIRE_MINUTES, retryLimit: 2 });
  await boss.schedule(INDICATOR_REFRESH, deps.config.indicatorRefreshCron, {}, { tz: 'Europe/Copenhagen' });
  const running = new Set<ChildProcess>();
  await boss.work(INDICATOR_REFRESH, async () => {
    const report = await refreshInChildProcess(deps.config, { timeoutMs: (EXPIRE_MINUTES - 1) * 60_000, running });
    log(`[jobs] indicators refreshed: ${report.units.length} units in ${report.ms} ms (process ${report.pid})`);
  });
  await boss.send(INDICATOR_REFRESH, {});
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
      for (const child of running) child.kill(); // a refresh still running is rolled back
    },
  };
}

/**
 * Runs one indicator refresh in a child process and resolves with its report as soon as the child
 * sends it; rejects when the child fails, ends without a report or outlives `timeoutMs` (it is then
 * killed, so an expired job never leaves a refresh running beside its retry). Built, the script is
 * dist/server/refresh-process.js beside the server's bundle; from the sources (development, tests)
 * it is the .ts file, run through tsx.
 */
export function refreshInChildProcess(config: Config, opts: { timeoutMs: number; running?: Set<ChildProcess> }): Promise<RefreshReport & { pid: number }> {
  const fromSources = import.meta.url.endsWith('.ts');
  const script = new URL(fromSources ? './refresh-process.ts' : './refresh-process.js', import.meta.url);
  const child = fork(script, [], { execArgv: fromSources ? ['--import', 'tsx'] : [], serialization: 'advanced', stdio: 'inherit' });
  opts.running?.add(child);
  return new Promise<RefreshReport & { pid: number }>((resolve, reject) => {
    const fail = (name: string) => reject(Object.assign(new Error(`indicator refresh failed (${name})`), { name }));
    const timer = setTimeout(() => {
      child.kill();
      fail('RefreshTimeout');
    }, opts.timeoutMs);
    child.on('message', (m: { report?: RefreshReport & { pid: number }; error?: string }) => {
      if (m.report) resolve(m.report);
      else fail(m.error ?? 'RefreshFailed');
    });
    child.on('error', (err) => fail(err.name));
    child.on('exit', (code) => {
      clearTimeout(timer);
      opts.running?.delete(child);
      fail(`RefreshProcessExit ${code}`); // no effect once the report has resolved the promise
    });
    child.send({ config });
  });
}

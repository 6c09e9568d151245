// Dashboard benchmark: npm run bench:dashboards -- [--database-url URL] [--runs N] [--warmup N] [--live]
// Runs the indicator refresh job's work once (timed), starts the app in this process on a loopback
// port against the bench database (see bench:seed), logs in as the leader of "SKP Nord" and times the
// dashboard and three indicator endpoints sequentially. With --live the stored figures are removed
// first, so every request computes from the raw data (as on the embedded database).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { serve } from '@hono/node-server';
import pg from 'pg';
import { createApp } from '../src/server/app';
import { createCprCrypto } from '../src/server/crypto/cpr-crypto';
import { openDatabase } from '../src/server/db/client';
import { BENCH_LEADER, databaseUrl, parseArgs } from './lib/args';
import { benchConfig, refreshOnce } from './lib/refresh';
import { quantile, round } from './lib/stats';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const url = databaseUrl(args);
  const runs = Number(args.runs ?? 30);
  const warmup = Number(args.warmup ?? 5);
  const live = args.live === 'true';

  let refresh: { ms: number; units: number } | null = null;
  if (live) {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query('delete from indicator_months; delete from indicator_refreshes');
    await c.end();
  } else {
    const report = await refreshOnce(url);
    refresh = { ms: report.ms, units: report.units.length };
    console.log(`indicator refresh (the job's work, all ${report.units.length} units): ${(report.ms / 1000).toFixed(1)} s`);
  }

  const probe = new pg.Client({ connectionString: url });
  await probe.connect();
  const { rows: unitRows } = await probe.query(`select u.id from units u join memberships m on m.unit_id = u.id join users s on s.id = m.user_id where s.username = $1 and m.role = 'leader'`, [BENCH_LEADER.username]);
  const { rows: countRows } = await probe.query(`select (select count(*) from citizens)::int as citizens, (select count(*) from contact_attempts)::int as attempts`);
  await probe.end();
  if (!unitRows.length) throw new Error('no bench leader found: run npm run bench:seed first');
  const unitId: string = unitRows[0].id;
  const { citizens, attempts } = countRows[0] as { citizens: number; attempts: number };
  const scale = citizens >= 20_000 ? 'copenhagen' : citizens >= 2_000 ? 'municipality' : 'small';

  const config = benchConfig(url);
  const database = await openDatabase({ url, dataDir: null });
  await database.migrate();
  const app = createApp({ database, config, cpr: createCprCrypto(config.cprKey) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const port = (server.address() as { port: number }).port;
  const base = `http://127.0.0.1:${port}/api/v1`;
  try {
    const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_LEADER) });
    if (!login.ok) throw new Error(`login failed: HTTP ${login.status}`);
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

    const targets: [string, string][] = [
      ['dashboard', `/dashboards/${unitId}`],
      ['indicator daysToFirstContact', `/indicators/daysToFirstContact?unitId=${unitId}`],
      ['indicator overdueContacts', `/indicators/overdueContacts?unitId=${unitId}`],
      ['indicator caseloadPerWorker', `/indicators/caseloadPerWorker?unitId=${unitId}`],
    ];
    const results = [];
    for (const [name, path] of targets) {
      const once = async () => {
        const t = performance.now();
        const res = await fetch(base + path, { headers: { cookie } });
        const body = await res.arrayBuffer();
        if (!res.ok) throw new Error(`${name}: HTTP ${res.status} ${new TextDecoder().decode(body).slice(0, 200)}`);
        const ms = performance.now() - t;
        // Check that the figures came the way this run measures (stored figures carry their time).
        const json = JSON.parse(new TextDecoder().decode(body)) as { asOf?: string | null; indicators?: { asOf: string | null }[] };
        const asOf = json.indicators ? json.indicators.map((i) => i.asOf) : [json.asOf];
        if (asOf.some((a) => (a === null) !== live)) throw new Error(`${name}: figures were ${live ? 'stored' : 'computed live'}, expected ${live ? 'live' : 'stored'}`);
        return { ms, bytes: body.byteLength };
      };
      for (let i = 0; i < warmup; i++) await once();
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < runs; i++) ({ bytes } = await once().then((r) => (times.push(r.ms), r)));
      times.sort((a, b) => a - b);
      const row = { name, path: path.replace(unitId, '{unitId}'), runs, medianMs: round(quantile(times, 0.5)), p95Ms: round(quantile(times, 0.95)), minMs: round(times[0]), maxMs: round(times[times.length - 1]), bytes };
      results.push(row);
      console.log(`${name.padEnd(32)} median ${String(row.medianMs).padStart(8)} ms   p95 ${String(row.p95Ms).padStart(8)} ms   (${runs} runs, ${bytes} bytes)`);
    }
    const date = new Date().toISOString().slice(0, 10);
    const out = {
      date: new Date().toISOString(),
      scale,
      data: { citizens, contactAttempts: attempts },
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30), node: process.version },
      figures: live ? 'computed per request from the raw data (--live)' : 'stored monthly figures from the refresh job',
      refresh,
      method: `sequential requests over loopback HTTP to an in-process server on PostgreSQL; ${warmup} warm-up requests, then ${runs} measured, per endpoint`,
      results,
    };
    mkdirSync('bench/results', { recursive: true });
    const file = `bench/results/${date}-dashboards-${scale}${live ? '-live' : ''}.json`;
    writeFileSync(file, JSON.stringify(out, null, 2) + '\n');
    console.log(`\nscale ${scale} (${citizens} citizens, ${attempts} contact attempts): written to ${file}`);
  } finally {
    server.close();
    await database.close();
  }
}

main().catch((err) => {
  console.error(`bench:dashboards failed: ${(err as Error).message}`);
  process.exit(1);
});

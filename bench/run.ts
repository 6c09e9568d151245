// The benchmark suite (issue 9): npm run bench -- [--database-url URL] [--connections 32] [--duration 10]
//   [--runs 3] [--warmup 3] [--growth-scale municipality] [--smoke]
// Against the data of `npm run bench:seed` (any scale), on PostgreSQL, with the app started as
// `npm start` starts it. --smoke: seeds small data itself and runs every part for a second, to check
// that the suite completes (CI); its figures mean nothing.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { sql } from 'drizzle-orm';
import { createApp } from '../src/server/app';
import { hashPassword } from '../src/server/auth/passwords';
import { createCprCrypto } from '../src/server/crypto/cpr-crypto';
import { openDatabase } from '../src/server/db/client';
import { BENCH_LEADER, databaseUrl, parseArgs } from './lib/args';
import { SCALES, statements } from './lib/generate';
import { BENCH_WORKER, benchIds, type BenchIds } from './lib/ids';
import { measure, type Measured, type Phase } from './lib/load';
import { BENCH_CPR_KEY, benchConfig } from './lib/refresh';
import { record, replay } from './lib/replay';
import { DASHBOARDS, LISTS, login, operations } from './lib/scenarios';
import { bundle, peakRss, startProcess, waitHealthy, type Server } from './lib/server';
import { round } from './lib/stats';
import { allJs, initialJs } from './lib/web-size';

const args = parseArgs(process.argv.slice(2));
const smoke = args.smoke === 'true';
const phase: Phase = smoke
  ? { warmup: 0, duration: 2, runs: 1, connections: Number(args.connections ?? 32) }
  : { warmup: Number(args.warmup ?? 3), duration: Number(args.duration ?? 10), runs: Number(args.runs ?? 3), connections: Number(args.connections ?? 32) };
const POOL_SIZE = 10; // the app's pool (src/server/db/client.ts)
const url = databaseUrl(args);
const sibling = (name: string) => Object.assign(new URL(url), { pathname: `/${name}` }).toString();
const log = (line: string) => console.log(line);
const SERVER = 'dist/server/main.js'; // npm run build:server

function seed(scale: string, target: string) {
  log(`seeding ${scale} into ${new URL(target).pathname.slice(1)} …`);
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/seed.ts', '--scale', scale, '--database-url', target], { stdio: ['ignore', 'ignore', 'inherit'] });
}

/** The app as `npm start` runs it, on PostgreSQL at `db`; ready once its job has stored the indicators. */
function startApp(db: string, port: number): Promise<Server & { readyMs: number }> {
  return startProcess(SERVER, { DATABASE_URL: db, PORT: String(port), BROBYGGER_DEMO: '0', BROBYGGER_CPR_KEY: BENCH_CPR_KEY, NODE_ENV: 'production' }, /\[jobs\] indicators refreshed/, 600_000);
}

async function measureAll(server: Server, ids: BenchIds, names: readonly string[]): Promise<Record<string, Measured>> {
  const cookies = { worker: await login(server.url, BENCH_WORKER), leader: await login(server.url, BENCH_LEADER) };
  const ops = operations(server.url, ids, cookies);
  const out: Record<string, Measured> = {};
  for (const name of names) {
    out[name] = await measure(ops[name], phase);
    const m = out[name];
    log(`  ${name.padEnd(20)} ${String(m.opsPerSec).padStart(8)} ops/s   p50 ${String(m.p50).padStart(7)} ms   p95 ${String(m.p95).padStart(7)} ms${m.errors || m.non2xx ? `   errors ${m.errors} non-2xx ${m.non2xx}` : ''}`);
    if (m.non2xx || m.errors) throw new Error(`${name}: ${m.non2xx} non-2xx answers and ${m.errors} errors: the operation is broken, not slow`);
  }
  return out;
}

/** Ceiling (b): the SQL of one write and one read, recorded through the app in this process. */
async function recordSql(ids: BenchIds) {
  const config = benchConfig(url);
  const database = await openDatabase({ url, dataDir: null });
  const app = createApp({ database, config, cpr: createCprCrypto(config.cprKey) });
  const origin = 'http://localhost';
  const res = await app.request(`${origin}/api/v1/auth/login`, { method: 'POST', headers: { origin, 'content-type': 'application/json' }, body: JSON.stringify(BENCH_WORKER) });
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  // The read is recorded on the first course; the write on the last, which the replayed writes then
  // fill (thousands of attempts), away from the course whose opening is replayed.
  const { courseId, citizenId } = ids.courses[0];
  const writeCourse = ids.courses[ids.courses.length - 1].courseId;
  const get = async (path: string) => {
    const r = await app.request(`${origin}/api/v1${path}`, { headers: { origin, cookie } });
    if (!r.ok) throw new Error(`recording ${path}: HTTP ${r.status}`);
    return r.json();
  };
  let created = '';
  const write = await record(async () => {
    const r = await app.request(`${origin}/api/v1/courses/${writeCourse}/contact-attempts`, {
      method: 'POST',
      headers: { origin, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ at: new Date(Date.now() - 60_000).toISOString(), method: 'door_knock', outcome: 'no_one_there', observed: 'Bench: ingen åbnede.' }),
    });
    if (r.status !== 201) throw new Error(`recording the write: HTTP ${r.status}`);
    created = ((await r.json()) as { id: string }).id;
  });
  const read = [];
  for (const path of [`/citizens/${citizenId}`, `/citizens/${citizenId}/courses`, `/courses/${courseId}/contact-attempts?limit=20`, `/courses/${courseId}/contact-plan`]) read.push(await record(() => get(path)));
  await database.close();
  return { write: { requests: [write], freshIds: [created] }, read: { requests: read, freshIds: [] } };
}

/** A PGlite data directory with small-scale data, made the way bench:seed fills PostgreSQL. */
async function embeddedDataDir(dir: string) {
  rmSync(dir, { recursive: true, force: true });
  const database = await openDatabase({ url: null, dataDir: dir });
  await database.migrate();
  const hash = await hashPassword(BENCH_LEADER.password);
  for (const s of statements(1, SCALES.small, hash)) await database.db.execute(sql.raw(s.sql));
  await database.close();
}

async function main() {
  const started = performance.now();
  if (smoke) seed('small', url);
  const ids = await benchIds(url);
  log(`bench: ${ids.scale} scale (${ids.citizens} citizens, ${ids.attempts} contact attempts), ${phase.connections} connections, ${phase.runs} × ${phase.duration} s after ${phase.warmup} s warm-up`);

  // The production build, as `npm start` makes it. 8. Web: its initial JavaScript.
  log('building the app (npm run build) …');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const web = { initial: initialJs(), all: allJs() };
  log(`  initial JS ${round(web.initial.gzipBytes / 1024)} KB gzipped (${round(web.initial.bytes / 1024)} KB), all JS ${round(web.all.gzipBytes / 1024)} KB gzipped`);

  // 1–4 on the main data, with the server's peak memory; then the ceilings.
  const app = await startApp(url, 3201);
  let ours: Record<string, Measured>;
  let peakMb: number;
  let refreshPeakMb: number;
  try {
    log('ours:');
    ({ value: ours, peakMb } = await peakRss(app, () => measureAll(app, ids, ['write', 'read', ...LISTS, ...DASHBOARDS])));
    refreshPeakMb = app.childPeakMb();
    log(`  server RSS peak ${peakMb} MB; its indicator refresh process, peak ${refreshPeakMb} MB`);
  } finally {
    await app.stop();
  }
  log('ceiling (a): bare Hono hello:');
  const hello = await startProcess(await bundle('bench/lib/hello-server.ts', 'dist/bench/hello-server.js'), { PORT: '3202' }, /listening/);
  let helloM: Measured;
  try {
    helloM = await measure({ url: hello.url, requests: [{ method: 'GET', path: '/hello' }] }, phase);
    log(`  hello ${helloM.opsPerSec} ops/s p95 ${helloM.p95} ms`);
  } finally {
    await hello.stop();
  }
  log('ceiling (b): the same SQL through a bare pg pool:');
  const sqlOf = await recordSql(ids);
  const ceilingWrite = await replay(url, sqlOf.write.requests, sqlOf.write.freshIds, phase, POOL_SIZE);
  const ceilingRead = await replay(url, sqlOf.read.requests, sqlOf.read.freshIds, phase, POOL_SIZE);
  const count = (requests: unknown[][]) => requests.flat().length;
  log(`  write ${ceilingWrite.opsPerSec} ops/s p95 ${ceilingWrite.p95} ms (${count(sqlOf.write.requests)} statements); read ${ceilingRead.opsPerSec} ops/s p95 ${ceilingRead.p95} ms (${count(sqlOf.read.requests)} statements in 4 requests)`);

  // 6. Growth: 2–4 at the smaller scale on the same machine.
  const growthScale = args['growth-scale'] ?? (smoke ? 'small' : 'municipality');
  const growthUrl = sibling(`brobygger_bench_${growthScale}`);
  seed(growthScale, growthUrl);
  const growthIds = await benchIds(growthUrl);
  const growthApp = await startApp(growthUrl, 3203);
  let growth: Record<string, Measured>;
  try {
    log(`${growthScale} scale (growth):`);
    growth = await measureAll(growthApp, growthIds, ['read', ...LISTS, ...DASHBOARDS]);
  } finally {
    await growthApp.stop();
  }

  // 7. Embedded: start-up to healthy on PGlite at small scale, and 1–2 there against PostgreSQL at small scale.
  const dataDir = '/tmp/brobygger-bench-pglite';
  log('embedded: preparing a PGlite data directory at small scale …');
  await embeddedDataDir(dataDir);
  // The PostgreSQL side is seeded first: nothing else may run while the start-up is timed.
  const smallIds = await (async () => {
    const smallUrl = sibling('brobygger_bench_small');
    if (growthScale !== 'small') seed('small', smallUrl);
    return { url: smallUrl, ids: await benchIds(smallUrl) };
  })();
  const t0 = performance.now();
  const embedded = await startProcess(SERVER, { BROBYGGER_DATA_DIR: dataDir, DATABASE_URL: '', PORT: '3205', BROBYGGER_DEMO: '0', BROBYGGER_CPR_KEY: BENCH_CPR_KEY }, /Brobygger is running/);
  let startupMs: number;
  let onPglite: Record<string, Measured>;
  try {
    startupMs = round(await waitHealthy(`${embedded.url}/api/v1/health`, t0));
    log(`  start-up to healthy ${startupMs} ms`);
    log('  PGlite:');
    onPglite = await measureAll(embedded, smallIds.ids, ['write', 'read']);
  } finally {
    await embedded.stop();
  }
  const smallApp = await startApp(smallIds.url, 3204);
  let onPgSmall: Record<string, Measured>;
  try {
    log('  PostgreSQL, small scale:');
    onPgSmall = await measureAll(smallApp, smallIds.ids, ['write', 'read']);
  } finally {
    await smallApp.stop();
  }

  const ratio = (a: number, b: number) => round(a / b, 2);
  const report = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30), node: process.version },
    data: { scale: ids.scale, citizens: ids.citizens, contactAttempts: ids.attempts },
    phase,
    smoke,
    ours,
    ceilings: { hello: helloM, sqlWrite: ceilingWrite, sqlRead: ceilingRead, statements: { write: count(sqlOf.write.requests), read: count(sqlOf.read.requests) } },
    ratios: {
      writeToSql: ratio(ours.write.opsPerSec, ceilingWrite.opsPerSec),
      readToSql: ratio(ours.read.opsPerSec, ceilingRead.opsPerSec),
      ...Object.fromEntries([...LISTS, ...DASHBOARDS].map((k) => [`${k}ToHello`, ratio(ours[k].opsPerSec, helloM.opsPerSec)])),
    },
    growth: { from: growthScale, to: ids.scale, p95Ratio: Object.fromEntries(Object.entries(growth).map(([k, m]) => [k, ratio(ours[k].p95, m.p95)])), measured: growth },
    memory: { peakRssMb: peakMb, refreshProcessPeakRssMb: refreshPeakMb },
    embedded: { startupMs, pglite: onPglite, postgres: onPgSmall, p95Ratio: { write: ratio(onPglite.write.p95, onPgSmall.write.p95), read: ratio(onPglite.read.p95, onPgSmall.read.p95) }, throughputRatio: { write: ratio(onPglite.write.opsPerSec, onPgSmall.write.opsPerSec), read: ratio(onPglite.read.opsPerSec, onPgSmall.read.opsPerSec) } },
    web: { initialGzipBytes: web.initial.gzipBytes, initialBytes: web.initial.bytes, files: web.initial.files, allGzipBytes: web.all.gzipBytes },
    seconds: round((performance.now() - started) / 1000),
  };
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${report.date.slice(0, 10)}${smoke ? '-smoke' : ''}.json`;
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  log(`\n${table(report)}\nwritten to ${file} (${report.seconds} s)`);
}

type Report = {
  ours: Record<string, Measured>;
  ceilings: { hello: Measured; sqlWrite: Measured; sqlRead: Measured };
  ratios: Record<string, number>;
  growth: { from: string; to: string; p95Ratio: Record<string, number> };
  memory: { peakRssMb: number; refreshProcessPeakRssMb: number };
  embedded: { startupMs: number; p95Ratio: Record<string, number>; throughputRatio: Record<string, number> };
  web: { initialGzipBytes: number };
};

/** The README's table: each figure with its ceiling, ratio and target. */
function table(r: Report): string {
  const rows: string[][] = [];
  const o = r.ours;
  const row = (what: string, m: Measured, ceiling: string, ratioText: string, target: string) => rows.push([what, String(m.opsPerSec), String(m.p95), ceiling, ratioText, target]);
  row('1 write: log a contact attempt', o.write, `(b) ${r.ceilings.sqlWrite.opsPerSec} ops/s, p95 ${r.ceilings.sqlWrite.p95}`, `×${r.ratios.writeToSql}`, '≥ 0.6 × (b); p95 ≤ 25 ms');
  row('2 read: open a citizen (4 requests)', o.read, `(b) ${r.ceilings.sqlRead.opsPerSec} ops/s, p95 ${r.ceilings.sqlRead.p95}`, `×${r.ratios.readToSql}`, '≥ 0.5 × (b); p95 ≤ 25 ms');
  for (const k of LISTS) row(`3 list: ${k}`, o[k], `(a) ${r.ceilings.hello.opsPerSec} ops/s`, `×${r.ratios[`${k}ToHello`]}`, 'p95 ≤ 50 ms');
  for (const k of DASHBOARDS) row(`4 dashboards: ${k}`, o[k], `(a) ${r.ceilings.hello.opsPerSec} ops/s`, `×${r.ratios[`${k}ToHello`]}`, 'p95 ≤ 150 ms');
  const lines = ['| what | ops/s | p95 ms | ceiling | ratio to ceiling | target |', '|---|---|---|---|---|---|', ...rows.map((r_) => `| ${r_.join(' | ')} |`)];
  lines.push('', `| what | figure | target |`, '|---|---|---|');
  for (const [k, v] of Object.entries(r.growth.p95Ratio)) lines.push(`| growth ${r.growth.from} → ${r.growth.to}, p95 ratio: ${k} | ×${v} | ≤ 1.5 |`);
  lines.push(`| server RSS under load (peak) | ${r.memory.peakRssMb} MB | ≤ 400 MB |`);
  lines.push(`| its indicator refresh, a child process (peak, from start-up) | ${r.memory.refreshProcessPeakRssMb} MB | (reported) |`);
  lines.push(`| embedded start-up to healthy, small scale | ${round(r.embedded.startupMs / 1000, 2)} s | ≤ 5 s |`);
  lines.push(`| embedded (PGlite) / PostgreSQL, small scale: write p95, throughput | ×${r.embedded.p95Ratio.write}, ×${r.embedded.throughputRatio.write} | (reported) |`);
  lines.push(`| embedded (PGlite) / PostgreSQL, small scale: read p95, throughput | ×${r.embedded.p95Ratio.read}, ×${r.embedded.throughputRatio.read} | (reported) |`);
  lines.push(`| initial JS, login + caseload (gzipped) | ${round(r.web.initialGzipBytes / 1024)} KB | ≤ 200 KB |`);
  return lines.join('\n');
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`bench failed: ${(err as Error).message}`);
    process.exit(1);
  },
);

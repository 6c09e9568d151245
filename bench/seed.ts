// Bench data generator: npm run bench:seed -- --scale <small|municipality|copenhagen> [--seed N] [--database-url URL]
// Empties the bench database, runs the app's migrations and fills it with fictional data (see bench/README.md).
import pg from 'pg';
import { hashPassword } from '../src/server/auth/passwords';
import { openDatabase } from '../src/server/db/client';
import { BENCH_LEADER, databaseUrl, ensureDatabase, parseArgs } from './lib/args';
import { SCALES, statements } from './lib/generate';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const scale = args.scale ?? 'small';
  const counts = SCALES[scale];
  if (!counts) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
  const seed = Number(args.seed ?? 1);
  if (!Number.isInteger(seed)) throw new Error('--seed must be a whole number');
  const url = databaseUrl(args);
  const started = performance.now();
  await ensureDatabase(url);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Drop and recreate the content: the app's tables and drizzle's migration journal.
    await client.query('drop schema if exists drizzle cascade; drop schema public cascade; create schema public');
    const database = await openDatabase({ url, dataDir: null });
    const t0 = performance.now();
    await database.migrate();
    await database.close();
    console.log(`migrations                 ${secs(t0)}`);

    await client.query(`set synchronous_commit = off`);
    const hash = await hashPassword(BENCH_LEADER.password);
    const result: Record<string, number> = {};
    for (const s of statements(seed, counts, hash)) {
      const t = performance.now();
      await client.query(s.sql);
      let note = '';
      if (s.table) {
        const { rows } = await client.query(`select count(*)::int as n from ${s.table}`);
        result[s.table] = rows[0].n;
        note = `${String(rows[0].n).padStart(9)} rows`;
      }
      console.log(`${s.label.padEnd(26)} ${secs(t)} ${note}`);
    }
    console.log(`\nscale ${scale}, seed ${seed}: done in ${secs(started)}. Log in as ${BENCH_LEADER.username} (leader of "SKP Nord").`);
  } finally {
    await client.end();
  }
}

const secs = (t: number) => `${((performance.now() - t) / 1000).toFixed(2).padStart(7)} s`;

main().catch((err) => {
  console.error(`bench:seed failed: ${(err as Error).message}`);
  process.exit(1);
});

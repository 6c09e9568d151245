import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadConfig } from './config';
import { createCprCrypto } from './crypto/cpr-crypto';
import { openDatabase } from './db/client';
import { startJobs, type Jobs } from './jobs/jobs';
import { demoUsers } from './seed/demo-data';
import { DEMO_PASSWORD, isEmpty, seedDemo } from './seed/demo';

/** config → open db → migrate → (seed) → listen → graceful close */
async function main() {
  const started = performance.now();
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? null : config.dataDir });
  let closing = false;
  let jobs: Jobs | null = null;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: closing…`);
    server?.close();
    await jobs?.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));

  await database.migrate();
  const deps = { database, config, cpr: createCprCrypto(config.cprKey) };
  if (config.demo && (await isEmpty(deps))) {
    console.log('Seeding fictional demo data…');
    await seedDemo(deps);
  }
  // Without its jobs the app still answers (indicators are then computed per request).
  jobs = await startJobs(deps).catch((err: Error) => {
    console.error(`[jobs] could not start: ${err.name}`);
    return null;
  });
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
    const url = `http://localhost:${info.port}`;
    const where = database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
    console.log(`\nBrobygger is running at ${url}  (${where}, ready in ${Math.round(performance.now() - started)} ms)`);
    console.log(`API reference: ${url}/api/docs`);
    if (config.demo) {
      console.log(`\nDemo logins (password "${DEMO_PASSWORD}" for all; demo data is fictional):`);
      for (const u of demoUsers) console.log(`  ${u.username.padEnd(10)} ${u.displayName} — ${u.roles.map((r) => r.role + (r.unit ? ' @ ' + r.unit : '')).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`);
    }
  });
}

main().catch((err) => {
  console.error(`Brobygger could not start: ${(err as Error).message}`);
  process.exit(1);
});

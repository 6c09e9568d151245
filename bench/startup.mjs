// Start-up time to healthy on the embedded database: a first start (migrate + seed demo data) and a
// restart on the same data folder, of the built server. Usage: npm run build && node bench/startup.mjs [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv[2] ?? 3);
const port = 3300;

async function timeToHealthy(dataDir) {
  const started = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
    env: { ...process.env, BROBYGGER_DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
        if (res.ok) return performance.now() - started;
      } catch {
        /* not up yet */
      }
      if (performance.now() - started > 120_000) throw new Error('not healthy within 120 s');
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const first = [];
const restart = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'bb-startup-'));
  first.push(await timeToHealthy(dir));
  restart.push(await timeToHealthy(dir));
  rmSync(dir, { recursive: true, force: true });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`first start (migrate + demo seed): median ${Math.round(median(first))} ms of ${runs} (${first.map(Math.round).join(', ')})`);
console.log(`restart on existing data:          median ${Math.round(median(restart))} ms of ${runs} (${restart.map(Math.round).join(', ')})`);

// Production build of the server: our TypeScript bundled into one ES module by esbuild (packages stay
// in node_modules), with the SQL migrations beside it. `npm start` runs the result with plain Node,
// so a running server neither holds a TypeScript loader nor transpiles at start-up (decision 0013).
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

const out = 'dist/server';
rmSync(out, { recursive: true, force: true });
await build({
  // The server, and the indicator refresh it runs in a child process (src/server/jobs/jobs.ts).
  entryPoints: ['src/server/main.ts', 'src/server/jobs/refresh-process.ts'],
  outdir: out,
  entryNames: '[name]',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
// src/server/db/client.ts looks for its migrations beside the running module.
cpSync('src/server/db/migrations', `${out}/migrations`, { recursive: true });

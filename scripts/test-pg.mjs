// Runs the API test suite against a real PostgreSQL server: DATABASE_URL, or the local default.
// Each test file creates (and drops) its own database on that server.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test' };
console.log(`Running the test suite on PostgreSQL at ${new URL(env.DATABASE_URL).host}`);
const res = spawnSync('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env });
process.exit(res.status ?? 1);

import pg from 'pg';

export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/brobygger_bench';
/** The leader of the first generated unit (an outreach team); the password is only for the bench database. */
export const BENCH_LEADER = { username: 'bench.leder', password: 'bench-password-2024' };

/** `--name value` pairs from the command line. */
export function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, v] = a.includes('=') ? [a.slice(2, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a.slice(2), argv[i + 1]?.startsWith('--') ? 'true' : (argv[++i] ?? 'true')];
    out[k] = v;
  }
  return out;
}

/**
 * The bench database: `--database-url`, else BENCH_DATABASE_URL, else a database of its own. Never the
 * app's DATABASE_URL: the generator empties the database it is given.
 */
export function databaseUrl(args: Record<string, string>): string {
  return args['database-url'] || process.env.BENCH_DATABASE_URL || DEFAULT_URL;
}

/** Creates the database named in `url` when it does not exist (connecting to the server's `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error('database name must be letters, digits and underscores');
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

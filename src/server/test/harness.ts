import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createApp, type App } from '../app';
import { testConfig, type Config } from '../config';
import { createCprCrypto } from '../crypto/cpr-crypto';
import { openDatabase, type Database } from '../db/client';
import type { Deps } from '../deps';
import { seedDemo } from '../seed/demo';

/**
 * A fresh, migrated and demo-seeded database for one test file: in-memory PGlite by default, or a
 * new database on the PostgreSQL server in DATABASE_URL (dropped again by `close`).
 */
async function openTestDatabase(): Promise<{ database: Database; url: string | null; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: await openDatabase({ url: null, dataDir: null }), url: null, drop: async () => {} };
  const name = `bb_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  return {
    database: await openDatabase({ url: testUrl.toString(), dataDir: null }),
    url: testUrl.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export const ORIGIN = 'http://localhost';

export type Response = { status: number; body: any; headers: Headers; text: string };

/** A signed-in (or anonymous) client that talks to the app in-process, as a browser on our origin would. */
export class Client {
  constructor(
    private app: App,
    public cookie: string | null = null,
  ) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const init: RequestInit = { method, headers: { origin: ORIGIN, ...(this.cookie ? { cookie: this.cookie } : {}), ...headers } };
    if (body !== undefined) {
      (init.headers as Record<string, string>)['content-type'] ??= 'application/json';
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await this.app.request(`${ORIGIN}${path}`, init);
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    return { status: res.status, body: parsed, headers: res.headers, text };
  }

  get = (path: string, headers?: Record<string, string>) => this.request('GET', path, undefined, headers);
  post = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('POST', path, body ?? {}, headers);
  patch = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('PATCH', path, body ?? {}, headers);
  put = (path: string, body?: unknown, headers?: Record<string, string>) => this.request('PUT', path, body ?? {}, headers);
  delete = (path: string, headers?: Record<string, string>) => this.request('DELETE', path, undefined, headers);
}

export type TestContext = {
  app: App;
  deps: Deps;
  anonymous: Client;
  /** Logs in a demo user (password "demo") and returns a client carrying the session cookie. */
  login(username: string, password?: string): Promise<Client>;
  /** Runs SQL directly against the test database (for assertions only, never for setup of what the API can do). */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
};

export async function createTestContext(overrides: Partial<Config> = {}): Promise<TestContext> {
  const { database, url, drop } = await openTestDatabase();
  await database.migrate();
  const config = testConfig({ databaseUrl: url, ...overrides });
  const deps: Deps = { database, config, cpr: createCprCrypto(config.cprKey) };
  await seedDemo(deps);
  const app = createApp(deps);
  const sessions = new Map<string, Client>();
  return {
    app,
    deps,
    anonymous: new Client(app),
    async login(username, password = 'demo') {
      const key = `${username}:${password}`;
      const cached = sessions.get(key);
      if (cached) return cached;
      const res = await new Client(app).post('/api/v1/auth/login', { username, password });
      if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${res.text}`);
      const cookie = res.headers.get('set-cookie')!.split(';')[0];
      const client = new Client(app, cookie);
      sessions.set(key, client);
      return client;
    },
    async sql(query, params = []) {
      const { sql } = await import('drizzle-orm');
      const chunks = query.split(/\$\d+/);
      const built = sql.join(
        chunks.map((c, i) => (i < params.length ? sql`${sql.raw(c)}${params[i]}` : sql.raw(c))),
        sql.raw(''),
      );
      const res = (await database.db.execute(built)) as unknown as { rows: any[] };
      return res.rows;
    },
    async close() {
      await database.close();
      await drop();
    },
  };
}

import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { median, quantile, round } from './stats';
import type { Measured, Phase, Run } from './load';

/**
 * Ceiling (b): exactly the SQL work of one of our operations, without our server. The operation is
 * run once through the app in this process while every statement the `pg` driver sends is recorded
 * (text and parameters, transaction statements included), request by request; the recording is
 * then replayed through a bare `pg` pool of the app's size with the same concurrency, each
 * request's statements on a connection taken from the pool for that request (as the app's request
 * holds one at most for its transaction). Ids the operation created (e.g. a new contact attempt's)
 * are replaced by fresh ones on each replay.
 */
export type Statement = { text: string; values: unknown[] };

type QueryFn = (this: pg.Client, ...args: unknown[]) => unknown;
let recording: Statement[] | null = null;
let patched = false;

function patch() {
  if (patched) return;
  patched = true;
  const original = pg.Client.prototype.query as unknown as QueryFn;
  (pg.Client.prototype as unknown as { query: QueryFn }).query = function (this: pg.Client, ...args: unknown[]) {
    if (recording) {
      const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown];
      const text = typeof config === 'string' ? config : config.text;
      const vals = typeof config === 'string' ? values : (config.values ?? values);
      recording.push({ text, values: Array.isArray(vals) ? [...vals] : [] });
    }
    return original.apply(this, args);
  };
}

/** Records the statements `fn` makes the app send. */
export async function record(fn: () => Promise<unknown>): Promise<Statement[]> {
  patch();
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

/** The recording with each of `freshIds` replaced, wherever it stands as a parameter, by a new UUID. */
function instantiate(statements: Statement[], freshIds: string[]): Statement[] {
  if (!freshIds.length) return statements;
  const map = new Map(freshIds.map((id) => [id, randomUUID()]));
  return statements.map((s) => ({ text: s.text, values: s.values.map((v) => (typeof v === 'string' && map.has(v) ? map.get(v)! : v)) }));
}

/** Replays `statements` as one operation per loop, `connections` loops over a pool of `poolSize`, for `seconds`. */
async function once(url: string, requests: Statement[][], freshIds: string[], connections: number, poolSize: number, seconds: number): Promise<Run> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const times: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < end) {
      const t = performance.now();
      let ok = true;
      for (const statements of requests) {
        const client = await pool.connect();
        try {
          for (const s of instantiate(statements, freshIds)) await client.query(s.text, s.values);
        } catch {
          ok = false;
          await client.query('rollback').catch(() => {});
        } finally {
          client.release();
        }
      }
      if (ok) times.push(performance.now() - t);
      else errors += 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, loop));
  await pool.end();
  times.sort((a, b) => a - b);
  return { opsPerSec: round(times.length / seconds), p50: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)), p99: round(quantile(times, 0.99)), ops: times.length, errors, non2xx: 0 };
}

/** Replays an operation — its requests, each a list of statements — as described above. */
export async function replay(url: string, requests: Statement[][], freshIds: string[], phase: Phase, poolSize: number): Promise<Measured> {
  if (phase.warmup > 0) await once(url, requests, freshIds, phase.connections, poolSize, phase.warmup);
  const runs: Run[] = [];
  for (let i = 0; i < phase.runs; i++) runs.push(await once(url, requests, freshIds, phase.connections, poolSize, phase.duration));
  const m = (f: (r: Run) => number) => round(median(runs.map(f)));
  return { runs, opsPerSec: m((r) => r.opsPerSec), p50: m((r) => r.p50), p95: m((r) => r.p95), p99: m((r) => r.p99), errors: runs.reduce((s, r) => s + r.errors, 0), non2xx: 0 };
}

import autocannon from 'autocannon';
import { median, quantile, round } from './stats';

/** One measured load run: operations per second and the latency of an operation (ms). */
export type Run = { opsPerSec: number; p50: number; p95: number; p99: number; ops: number; errors: number; non2xx: number };
/** Runs of one scenario and their medians. */
export type Measured = { runs: Run[]; opsPerSec: number; p50: number; p95: number; p99: number; errors: number; non2xx: number };

export type Phase = { warmup: number; duration: number; runs: number; connections: number };

export type Target = {
  url: string;
  headers?: Record<string, string>;
  /** The requests of one operation, sent one after another on a connection (e.g. opening a citizen's page). */
  requests: autocannon.Request[];
};

/**
 * One autocannon run against `target` for `seconds`. An operation is the target's requests in turn
 * on one connection: its latency is the sum of theirs, taken from autocannon's per-response events
 * (autocannon's own summary has no 95th percentile).
 */
async function once(target: Target, connections: number, seconds: number): Promise<Run> {
  const times: number[] = [];
  const perClient = new Map<unknown, { n: number; sum: number }>();
  const size = target.requests.length;
  // Without a callback the instance is both an event emitter and a promise of the result.
  const instance = autocannon({ url: target.url, headers: target.headers, requests: target.requests, connections, duration: seconds, pipelining: 1 }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  instance.on('response', (client: unknown, _status: number, _bytes: number, responseTime: number) => {
    const acc = perClient.get(client) ?? { n: 0, sum: 0 };
    acc.n += 1;
    acc.sum += responseTime;
    if (acc.n === size) {
      times.push(acc.sum);
      acc.n = 0;
      acc.sum = 0;
    }
    perClient.set(client, acc);
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    opsPerSec: round(times.length / seconds),
    p50: round(quantile(times, 0.5)),
    p95: round(quantile(times, 0.95)),
    p99: round(quantile(times, 0.99)),
    ops: times.length,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A warm-up run, then `runs` measured runs; the medians of their figures. */
export async function measure(target: Target, phase: Phase): Promise<Measured> {
  if (phase.warmup > 0) await once(target, phase.connections, phase.warmup);
  const runs: Run[] = [];
  for (let i = 0; i < phase.runs; i++) runs.push(await once(target, phase.connections, phase.duration));
  const m = (f: (r: Run) => number) => round(median(runs.map(f)));
  return { runs, opsPerSec: m((r) => r.opsPerSec), p50: m((r) => r.p50), p95: m((r) => r.p95), p99: m((r) => r.p99), errors: runs.reduce((s, r) => s + r.errors, 0), non2xx: runs.reduce((s, r) => s + r.non2xx, 0) };
}

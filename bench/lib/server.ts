import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

export type Server = { url: string; pid: number; output: string[]; stop(): Promise<void>; rssMb(): number; childPeakMb(): number };

const rssOf = (pid: number | string) => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0; // gone
  }
};

/** RSS of a process's children together (the app's indicator refresh runs in one), in MB. */
const childrenRss = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).reduce((sum, c) => sum + rssOf(c), 0);
  } catch {
    return 0;
  }
};

/** Bundles a TypeScript entry the way scripts/build-server.mjs bundles the app (packages external). */
export async function bundle(entry: string, outfile: string): Promise<string> {
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', sourcemap: true, logLevel: 'warning' });
  return outfile;
}

/**
 * Starts a built script the way `npm start` runs the app (plain Node on the bundle, one process) and
 * waits until it prints `ready` (a line or a pattern). Its output is kept for the report.
 */
export async function startProcess(script: string, env: Record<string, string>, ready: RegExp, timeoutMs = 120_000): Promise<Server & { readyMs: number }> {
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  // The peak of its child processes over its whole life, from start-up on (sampled every 200 ms).
  let childPeak = childrenRss(child.pid!);
  const sampler = setInterval(() => (childPeak = Math.max(childPeak, childrenRss(child.pid!))), 200);
  sampler.unref();
  child.once('exit', () => clearInterval(sampler));
  const output: string[] = [];
  let readyMs = 0;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} was not ready in ${timeoutMs} ms:\n${output.join('')}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (ready.test(output.join(''))) {
        readyMs = performance.now() - started;
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} ended (${code}) before it was ready:\n${output.join('')}`));
    });
  });
  child.removeAllListeners('exit');
  return {
    url: `http://127.0.0.1:${env.PORT}`,
    pid: child.pid!,
    output,
    readyMs,
    rssMb: () => rssOf(child.pid!),
    childPeakMb: () => Math.round(childPeak),
    stop: () =>
      new Promise<void>((resolve) => {
        clearInterval(sampler);
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/** Polls `url` until it answers 200 (the app's /api/v1/health), returning the ms it took from `since`. */
export async function waitHealthy(url: string, since: number, timeoutMs = 60_000): Promise<number> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return performance.now() - since;
    } catch {
      /* not listening yet */
    }
    if (performance.now() - since > timeoutMs) throw new Error(`${url} not healthy in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The highest RSS of a server while `fn` runs, sampled every 200 ms. */
export async function peakRss<T>(server: Server, fn: () => Promise<T>): Promise<{ value: T; peakMb: number }> {
  let peak = server.rssMb();
  const timer = setInterval(() => (peak = Math.max(peak, server.rssMb())), 200);
  try {
    const value = await fn();
    return { value, peakMb: Math.round(Math.max(peak, server.rssMb())) };
  } finally {
    clearInterval(timer);
  }
}

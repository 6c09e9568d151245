import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a browser fetches before the login page, and before the caseload page, can show:
 * the entry script and the modules index.html preloads, plus the caseload page's own chunks when
 * the router loads them lazily (none today: the caseload page is in the entry). Gzip level 9 as a
 * server would send it.
 */
export function initialJs(distDir = 'dist/web'): { files: { file: string; bytes: number; gzipBytes: number }[]; gzipBytes: number; bytes: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const files = [...new Set(refs)].map((file) => {
    const content = readFileSync(join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
  return { files, bytes: files.reduce((s, f) => s + f.bytes, 0), gzipBytes: files.reduce((s, f) => s + f.gzipBytes, 0) };
}

/** All JavaScript of the build, for comparison. */
export function allJs(distDir = 'dist/web'): { bytes: number; gzipBytes: number } {
  const files = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js'));
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of files) {
    const content = readFileSync(join(distDir, 'assets', f));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { bytes, gzipBytes };
}

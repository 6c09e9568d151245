import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Hono } from 'hono';

/** The browsable API reference at /api/docs: Swagger UI served from the installed package, no CDN. */
export function docsRoutes() {
  const dir = (createRequire(import.meta.url)('swagger-ui-dist') as { getAbsoluteFSPath(): string }).getAbsoluteFSPath();
  const asset = (name: string) => readFileSync(join(dir, name));
  const files: Record<string, [Buffer | string, string]> = {
    'swagger-ui.css': [asset('swagger-ui.css'), 'text/css'],
    'swagger-ui-bundle.js': [asset('swagger-ui-bundle.js'), 'text/javascript'],
    'init.js': ["window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#api' });", 'text/javascript'],
  };
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Brobygger API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><main id="api"></main><script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
  return new Hono()
    .get('/', (c) => c.html(page))
    .get('/:file', (c) => {
      const file = files[c.req.param('file')];
      if (!file) return c.notFound();
      return c.body(file[0] as never, 200, { 'content-type': file[1], 'cache-control': 'public, max-age=3600' });
    });
}

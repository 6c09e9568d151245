// Ceiling (a): a bare Hono "hello" route in the same server set-up as the app (@hono/node-server,
// one Node process started the same way), so the HTTP stack's own cost can be told from ours.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono().get('/hello', (c) => c.json({ status: 'ok' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: '127.0.0.1' }, (info) => console.log(`hello ceiling listening on ${info.port}`));

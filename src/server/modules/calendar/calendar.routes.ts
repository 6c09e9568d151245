import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { scopeForUser } from '../../access/system-scope';
import { AppError } from '../../http/problem';
import { createRouter, errorResponses, json, scopeOf, security } from '../../http/router';
import { buildCalendar } from './calendar.service';
import { findCalendarTokenUser, issueCalendarToken, revokeCalendarTokens } from './calendar.repo';

const tags = ['calendar'];
const origin = (c: { req: { url: string } }, configured: string | null) => configured ?? new URL(c.req.url).origin;

export const calendarRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/me/calendar-token',
      tags,
      security,
      summary: 'Create a secret iCal feed address (revokes the earlier one)',
      responses: { 201: json(z.object({ url: z.string() }), 'Created'), 401: errorResponses[401] },
    }),
    async (c) => {
      const scope = scopeOf(c);
      const token = await issueCalendarToken(scope.db, scope.access.actor.userId);
      return c.json({ url: `${origin(c, scope.config.publicOrigin)}/api/v1/me/calendar.ics?token=${token}` }, 201);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/me/calendar-token',
      tags,
      security,
      summary: 'Revoke your iCal feed address',
      responses: { 200: json(z.object({ ok: z.literal(true) })), 401: errorResponses[401] },
    }),
    async (c) => {
      const scope = scopeOf(c);
      await revokeCalendarTokens(scope.db, scope.access.actor.userId);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/calendar.ics',
      tags,
      summary: 'Your planned contact attempts and meetings (iCal); authenticated by the secret token',
      request: { query: z.strictObject({ token: z.string().min(10).max(100) }) },
      responses: { 200: { content: { 'text/calendar': { schema: z.string() } }, description: 'iCal' }, 401: errorResponses[401], 422: errorResponses[422] },
    }),
    async (c) => {
      const deps = c.get('deps');
      const userId = await findCalendarTokenUser(deps.database.db, c.req.valid('query').token);
      if (!userId) throw new AppError(401, 'unauthenticated');
      const scope = await scopeForUser(deps, userId);
      const body = await buildCalendar(scope, origin(c, deps.config.publicOrigin));
      return c.body(body, 200, { 'content-type': 'text/calendar; charset=utf-8' });
    },
  );

import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { BreakGlassGrant, BreakGlassGrantBody, BreakGlassSearch } from '../../../shared/schemas/courses';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { breakGlass, listGrants, searchForBreakGlass } from './break-glass.service';

const tags = ['break-glass'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const Match = z.object({ id: z.uuid(), displayName: z.string(), birthYear: z.number().int().nullable() });

export const breakGlassRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/break-glass/search',
      tags,
      security,
      summary: 'Find a citizen of your organisation outside your courses, stating why',
      request: jsonBody(BreakGlassSearch),
      responses: { 200: json(z.object({ items: z.array(Match) })), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => {
      const { q, reason } = c.req.valid('json');
      return c.json(await searchForBreakGlass(scopeOf(c), q, reason), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/break-glass',
      tags,
      security,
      summary: 'Take temporary access to a citizen, with a reason (flagged to leader and auditor)',
      request: jsonBody(BreakGlassGrantBody),
      responses: { 201: json(BreakGlassGrant, 'Granted'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => {
      const { citizenId, reason } = c.req.valid('json');
      return c.json(await breakGlass(scopeOf(c), citizenId, reason), 201);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/break-glass',
      tags,
      security,
      summary: 'Break-the-glass use you may review',
      responses: { 200: json(z.object({ items: z.array(BreakGlassGrant) })), 401: e401 },
    }),
    async (c) => c.json(await listGrants(scopeOf(c)), 200),
  );

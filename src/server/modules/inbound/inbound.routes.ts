import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Inbound, InboundAccept, InboundCreate, InboundDecline, InboundQuery, InboundStats } from '../../../shared/schemas/bridging';
import { Id, IdParam } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { acceptInbound, declineInbound, findInboundList, inboundStats, registerInbound } from './inbound.service';

const tags = ['inbound-referrals'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Already accepted or declined' };

export const inboundRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/inbound-referrals',
      tags,
      security,
      summary: 'Register an inbound referral (henvendelse) from a partner, neighbour, relative or the citizen',
      request: jsonBody(InboundCreate),
      responses: { 201: json(Inbound, 'Registered'), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await registerInbound(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inbound-referrals',
      tags,
      security,
      request: { query: InboundQuery },
      responses: { 200: json(z.object({ items: z.array(Inbound) })), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await findInboundList(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/inbound-referrals/stats',
      tags,
      security,
      summary: 'Inbound referrals by source, month by month',
      request: { query: z.strictObject({ unitId: Id.optional(), months: z.coerce.number().int().min(1).max(60).default(12) }) },
      responses: { 200: json(InboundStats), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await inboundStats(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inbound-referrals/{id}/accept',
      tags,
      security,
      summary: 'Accept: open an outreach course on an existing or a new unidentified citizen',
      request: { params: IdParam, ...jsonBody(InboundAccept) },
      responses: { 200: json(Inbound), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await acceptInbound(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/inbound-referrals/{id}/decline',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(InboundDecline) },
      responses: { 200: json(Inbound), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await declineInbound(scopeOf(c), c.req.valid('param').id, c.req.valid('json').reason), 200),
  );

import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Id, IdParam } from '../../../shared/schemas/common';
import {
  CrisisDecisionBody,
  CrisisRequest,
  CrisisRequestCreate,
  CrisisRequestQuery,
  PathwayOverview,
  PickupBody,
  ScreeningBody,
  Spotting,
  SpottingCreate,
} from '../../../shared/schemas/crisis';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { pathwayOverview } from './overview.service';
import { createRequest, decideRequest, getRequest, listRequests, recordPickup, withdrawRequest } from './requests.service';
import { createSpotting, getSpotting, listSpottings, screenSpotting } from './spottings.service';

const tags = ['crisis-center'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Not possible in the current state (see code)' };

export const crisisRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/spottings',
      tags,
      security,
      summary: "Register a citizen in acute crisis; it lands in the social mentor's queue",
      request: jsonBody(SpottingCreate),
      responses: { 201: json(Spotting, 'Registered'), 401: e401, 403: e403, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await createSpotting(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/spottings',
      tags,
      security,
      summary: "The spotter's own registrations (status only), or the social mentor's queue",
      responses: { 200: json(z.object({ items: z.array(Spotting) })), 401: e401, 403: e403 },
    }),
    async (c) => c.json(await listSpottings(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/spottings/{id}', tags, security, request: { params: IdParam }, responses: { 200: json(Spotting), 401: e401, 404: e404, 422: e422 } }),
    async (c) => c.json(await getSpotting(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/spottings/{id}/screening',
      tags,
      security,
      summary: "The social mentor's target-group screening",
      request: { params: IdParam, ...jsonBody(ScreeningBody) },
      responses: { 200: json(Spotting), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await screenSpotting(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/crisis-requests',
      tags,
      security,
      summary: 'Ask a crisis center to admit a citizen (needs a valid collaboration agreement)',
      request: jsonBody(CrisisRequestCreate),
      responses: { 201: json(CrisisRequest, 'Sent'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await createRequest(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/crisis-requests',
      tags,
      security,
      summary: 'Requests the caller sent (social mentor) or received (crisis center)',
      request: { query: CrisisRequestQuery.extend({ courseId: Id.optional() }) },
      responses: { 200: json(z.object({ items: z.array(CrisisRequest) })), 401: e401, 422: e422 },
    }),
    async (c) => c.json(await listRequests(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/crisis-requests/{id}', tags, security, request: { params: IdParam }, responses: { 200: json(CrisisRequest), 401: e401, 404: e404, 422: e422 } }),
    async (c) => c.json(await getRequest(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/crisis-requests/{id}/decision',
      tags,
      security,
      summary: 'The crisis center admits (with the planned length of stay) or declines with a reason',
      request: { params: IdParam, ...jsonBody(CrisisDecisionBody) },
      responses: { 200: json(CrisisRequest), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await decideRequest(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/crisis-requests/{id}/pickup',
      tags,
      security,
      summary: 'Plan the pickup (time, transport, who accompanies) and confirm it; the time from request to pickup is measured',
      request: { params: IdParam, ...jsonBody(PickupBody) },
      responses: { 200: json(CrisisRequest), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await recordPickup(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/crisis-requests/{id}/withdraw',
      tags,
      security,
      summary: 'The social mentor withdraws a request the center has not decided on',
      request: { params: IdParam, ...jsonBody(z.strictObject({})) },
      responses: { 200: json(CrisisRequest), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await withdrawRequest(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/crisis/overview',
      tags,
      security,
      summary: 'The pathway at a glance: citizens by step, with what is waiting or overdue',
      responses: { 200: json(PathwayOverview), 401: e401 },
    }),
    async (c) => c.json(await pathwayOverview(scopeOf(c)), 200),
  );

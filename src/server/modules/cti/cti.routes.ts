import { createRoute } from '@hono/zod-openapi';
import { IdParam } from '../../../shared/schemas/common';
import { FocusAreasBody, Network, NetworkBody, PlannedEndBody, Timeline } from '../../../shared/schemas/cti';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { getTimeline, saveFocusAreas, setPlannedEnd } from './cti.service';
import { getNetwork, saveNetwork } from './network.service';

const tags = ['cti'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Not possible in the current state (see code)' };

export const ctiRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/timeline',
      tags,
      security,
      summary: 'Phases with planned and actual dates, the place on the clock, the contact rhythm and focus areas',
      request: { params: IdParam },
      responses: { 200: json(Timeline), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await getTimeline(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/focus-areas',
      tags,
      security,
      summary: "The citizen's 1–3 focus areas for a phase, with the activity plan",
      request: { params: IdParam, ...jsonBody(FocusAreasBody) },
      responses: { 200: json(Timeline), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await saveFocusAreas(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/planned-end',
      tags,
      security,
      summary: 'Move the planned end (past the CTI clock only with a reason)',
      request: { params: IdParam, ...jsonBody(PlannedEndBody) },
      responses: { 200: json(Timeline), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await setPlannedEnd(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

export const networkRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}/network',
      tags: ['citizens'],
      security,
      summary: "The citizen's network: people and services, with the citizen's view of each",
      request: { params: IdParam },
      responses: { 200: json(Network), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await getNetwork(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/citizens/{id}/network',
      tags: ['citizens'],
      security,
      summary: 'Save the network as a new version',
      request: { params: IdParam, ...jsonBody(NetworkBody) },
      responses: { 200: json(Network), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await saveNetwork(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

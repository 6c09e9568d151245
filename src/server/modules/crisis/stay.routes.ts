import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { Checklists, FuturePlan, FuturePlanBody, MidwayBody, MidwayMeeting, Session, SessionCreate, TickBody } from '../../../shared/schemas/crisis';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { getChecklists, tickItem } from './checklists.service';
import { getFuturePlan, getMidway, listSessions, logSession, saveFuturePlan, saveMidway } from './stay.service';

const tags = ['crisis-center'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Not possible in the current state (see code)' };
const ItemParam = z.strictObject({ id: IdParam.shape.id, itemId: z.string().regex(/^[A-Za-z0-9]{1,60}\.[A-Za-z0-9]{1,60}$/) });

export const stayRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/checklists',
      tags,
      security,
      summary: "The course's steps and checklist items, with who ticked what and when",
      request: { params: IdParam },
      responses: { 200: json(Checklists), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await getChecklists(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/checklists/{itemId}',
      tags,
      security,
      summary: 'Tick or untick a checklist item',
      request: { params: ItemParam, ...jsonBody(TickBody) },
      responses: { 200: json(Checklists), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await tickItem(scopeOf(c), c.req.valid('param').id, c.req.valid('param').itemId, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/sessions',
      tags,
      security,
      summary: 'Logged care, counselling and motivational sessions',
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(Session) })), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await listSessions(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/sessions',
      tags,
      security,
      summary: 'Log a session (a retry with the same id creates nothing new)',
      request: { params: IdParam, ...jsonBody(SessionCreate) },
      responses: { 200: json(Session, 'Already logged'), 201: json(Session, 'Logged'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => {
      const { created, session } = await logSession(scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      return c.json(session, created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/midway-meeting',
      tags,
      security,
      summary: 'The midway meeting of the stay (proposed from the arrival and the planned length)',
      request: { params: IdParam },
      responses: { 200: json(MidwayMeeting), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await getMidway(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/midway-meeting',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(MidwayBody) },
      responses: { 200: json(MidwayMeeting), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await saveMidway(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/future-plan',
      tags,
      security,
      summary: 'The future plan written with the citizen during the stay, with its versions',
      request: { params: IdParam },
      responses: { 200: json(FuturePlan), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await getFuturePlan(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/future-plan',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(FuturePlanBody) },
      responses: { 200: json(FuturePlan), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await saveFuturePlan(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

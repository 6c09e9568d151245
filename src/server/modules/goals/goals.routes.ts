import { createRoute } from '@hono/zod-openapi';
import { IdParam } from '../../../shared/schemas/common';
import { FollowUpCreate, Goal, GoalCreate, GoalList, GoalPatch } from '../../../shared/schemas/measurements';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { addFollowUp, createGoal, listGoals, updateGoal } from './goals.service';

const tags = ['goals'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (see code)' };

export const goalRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: '/citizens/{id}/goals', tags, security, summary: "The citizen's goals with their follow-ups", request: { params: IdParam }, responses: { 200: json(GoalList), 401: e401, 403: e403, 404: e404, 422: e422 } }),
    async (c) => c.json(await listGoals(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/citizens/{id}/goals',
      tags,
      security,
      summary: "A goal in the citizen's own words",
      request: { params: IdParam, ...jsonBody(GoalCreate) },
      responses: { 201: json(Goal), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await createGoal(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'patch', path: '/goals/{id}', tags, security, summary: 'Change a goal (text, steps, review date, status)', request: { params: IdParam, ...jsonBody(GoalPatch) }, responses: { 200: json(Goal), 401: e401, 403: e403, 404: e404, 422: e422 } }),
    async (c) => c.json(await updateGoal(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/goals/{id}/follow-ups',
      tags,
      security,
      summary: 'Follow up on a goal: progress 0–10 and a note',
      request: { params: IdParam, ...jsonBody(FollowUpCreate) },
      responses: { 201: json(Goal), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await addFollowUp(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

import { createRoute } from '@hono/zod-openapi';
import { IdParam } from '../../../shared/schemas/common';
import { IcmPlan, IcmPlanBody } from '../../../shared/schemas/teams';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { getIcmPlan, saveIcmPlan } from './icm-plan.service';

const tags = ['icm'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Not possible in the current state (see code)' };

export const icmRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/icm-plan',
      tags,
      security,
      summary: 'The ICM plan: purpose, the coordinating case manager, services and who does what, review date',
      request: { params: IdParam },
      responses: { 200: json(IcmPlan), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await getIcmPlan(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/icm-plan',
      tags,
      security,
      summary: 'Save a new version of the ICM plan',
      request: { params: IdParam, ...jsonBody(IcmPlanBody) },
      responses: { 200: json(IcmPlan), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await saveIcmPlan(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

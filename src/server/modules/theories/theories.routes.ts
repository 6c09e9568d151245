import { createRoute } from '@hono/zod-openapi';
import { IdParam } from '../../../shared/schemas/common';
import { Theory, TheoryCreate, TheoryGetQuery, TheoryList, TheoryListQuery, TheoryUpdate } from '../../../shared/schemas/theories';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createTheory, getTheory, listTheories, updateTheory } from './theories.service';

const tags = ['theories-of-change'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict: theory_exists (POST) or stale_version (PUT)' };

export const theoryRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/theories-of-change',
      tags,
      security,
      summary: "A unit's theories of change: its own for the method, or the shipped default (isDefault, id null) when it has none",
      request: { query: TheoryListQuery },
      responses: { 200: json(TheoryList), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listTheories(scopeOf(c), q.unitId, q.method), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/theories-of-change',
      tags,
      security,
      summary: "Save a unit's own theory of change for a method (version 1): the unit's leader or the organisation's administrator",
      request: jsonBody(TheoryCreate),
      responses: { 201: json(Theory), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await createTheory(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/theories-of-change/{id}',
      tags,
      security,
      summary: 'A saved theory of change: its latest version, or `version`',
      request: { params: IdParam, query: TheoryGetQuery },
      responses: { 200: json(Theory), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await getTheory(scopeOf(c), c.req.valid('param').id, c.req.valid('query').version), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/theories-of-change/{id}',
      tags,
      security,
      summary: 'Save a new version of a theory of change; `version` is the version edited (409 stale_version when a newer one exists)',
      request: { params: IdParam, ...jsonBody(TheoryUpdate) },
      responses: { 200: json(Theory), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await updateTheory(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

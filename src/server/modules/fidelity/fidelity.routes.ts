import { createRoute } from '@hono/zod-openapi';
import { Fidelity, FidelityQuery } from '../../../shared/schemas/cti';
import { createRouter, errorResponses, json, scopeOf, security } from '../../http/router';
import { fidelityOf } from './fidelity.service';

const { 401: e401, 403: e403, 422: e422 } = errorResponses;

export const fidelityRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/fidelity',
    tags: ['fidelity'],
    security,
    summary: "A unit's method fidelity: each indicator computed from the data, with its norm",
    request: { query: FidelityQuery },
    responses: { 200: json(Fidelity), 401: e401, 403: e403, 422: e422 },
  }),
  async (c) => c.json(await fidelityOf(scopeOf(c), c.req.valid('query')), 200),
);

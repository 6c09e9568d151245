import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Partner, PartnerActivityCreate, PartnerCreate } from '../../../shared/schemas/bridging';
import { IdParam } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createPartner, getPartner, listPartners, logPartnerActivity } from './partners.service';

const tags = ['partners'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;

export const partnerRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: '/partners', tags, security, summary: 'The partner register', responses: { 200: json(z.object({ items: z.array(Partner) })), 401: e401, 403: e403 } }),
    async (c) => c.json(await listPartners(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/partners', tags, security, request: jsonBody(PartnerCreate), responses: { 201: json(Partner, 'Created'), 401: e401, 403: e403, 422: e422 } }),
    async (c) => c.json(await createPartner(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/partners/{id}', tags, security, request: { params: IdParam }, responses: { 200: json(Partner), 401: e401, 403: e403, 404: e404, 422: e422 } }),
    async (c) => c.json(await getPartner(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/partners/{id}/activities',
      tags,
      security,
      summary: 'Log a partner meeting or a communication activity',
      request: { params: IdParam, ...jsonBody(PartnerActivityCreate) },
      responses: { 201: json(Partner, 'Logged'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await logPartnerActivity(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Offer, OfferCreate, OfferQuery, OfferUpdate } from '../../../shared/schemas/bridging';
import { IdParam } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createOffer, editOffer, listOffers } from './offers.service';

const tags = ['offers'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;

export const offerRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/offers',
      tags,
      security,
      summary: 'The offer catalog, with waiting times and whether they are stale',
      request: { query: OfferQuery },
      responses: { 200: json(z.object({ items: z.array(Offer) })), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await listOffers(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/offers', tags, security, request: jsonBody(OfferCreate), responses: { 201: json(Offer, 'Created'), 401: e401, 403: e403, 422: e422 } }),
    async (c) => c.json(await createOffer(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/offers/{id}',
      tags,
      security,
      summary: 'Edit an offer; a new waiting time counts as confirmed today',
      request: { params: IdParam, ...jsonBody(OfferUpdate) },
      responses: { 200: json(Offer), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await editOffer(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

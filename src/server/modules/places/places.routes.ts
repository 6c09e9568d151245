import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { Place, PlaceCreate, PlaceQuery, RoundCreate } from '../../../shared/schemas/plans';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createPlace, getPlace, listPlaces, logRound } from './places.service';

const tags = ['places'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;

const PlaceList = z.object({
  items: z.array(Place),
  map: z.object({ tileUrl: z.string().nullable(), attribution: z.string().nullable(), center: z.tuple([z.number(), z.number()]), zoom: z.number().int() }),
});

export const placeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/places',
      tags,
      security,
      summary: 'The place register (geographic mapping) with the map settings',
      request: { query: PlaceQuery },
      responses: { 200: json(PlaceList), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await listPlaces(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/places', tags, security, request: jsonBody(PlaceCreate), responses: { 201: json(Place, 'Created'), 401: e401, 403: e403, 422: e422 } }),
    async (c) => c.json(await createPlace(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/places/{id}', tags, security, request: { params: IdParam }, responses: { 200: json(Place), 401: e401, 404: e404, 422: e422 } }),
    async (c) => c.json(await getPlace(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/places/{id}/rounds',
      tags,
      security,
      summary: 'Log an outreach round at the place',
      request: { params: IdParam, ...jsonBody(RoundCreate) },
      responses: { 201: json(Place, 'Logged'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await logRound(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Consent, ConsentCreate } from '../../../shared/schemas/bridging';
import { IdParam } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { findConsentsOfCitizen, recordConsent, withdrawConsent } from './consents.service';

const tags = ['consents'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Already withdrawn' };

export const consentRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/citizens/{id}/consents',
      tags,
      security,
      summary: 'Record a consent (what, to/from whom, purpose, form, validity) or a legal basis for sharing',
      request: { params: IdParam, ...jsonBody(ConsentCreate) },
      responses: { 201: json(Consent, 'Recorded'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await recordConsent(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}/consents',
      tags,
      security,
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(Consent) })), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await findConsentsOfCitizen(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/consents/{id}/withdraw',
      tags,
      security,
      summary: 'Withdraw a consent; sharing on it stops at once',
      request: { params: IdParam },
      responses: { 200: json(Consent), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await withdrawConsent(scopeOf(c), c.req.valid('param').id), 200),
  );

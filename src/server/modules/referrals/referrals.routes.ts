import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Referral, ReferralCreate, ReferralUpdate, Share, ShareBody } from '../../../shared/schemas/bridging';
import { IdParam } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createReferral, findReferralsOfCourse, updateReferral } from './referrals.service';
import { shareReferral } from './share.service';

const tags = ['referrals'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict: status going backwards, referral ended, or no valid consent' };
const params = { params: IdParam };

export const referralRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/referrals',
      tags,
      security,
      summary: 'Refer the citizen from this course to an offer',
      request: { ...params, ...jsonBody(ReferralCreate) },
      responses: { 201: json(Referral, 'Created'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await createReferral(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/referrals',
      tags,
      security,
      request: params,
      responses: { 200: json(z.object({ items: z.array(Referral) })), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await findReferralsOfCourse(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/referrals/{id}',
      tags,
      security,
      summary: 'Record the next status (contacted, first meeting, started, retained 1/3 months) or dropped/declined',
      request: { ...params, ...jsonBody(ReferralUpdate) },
      responses: { 200: json(Referral), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await updateReferral(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/referrals/{id}/share',
      tags,
      security,
      summary: 'Share the referral with the offer, on a consent or legal basis valid now',
      request: { ...params, ...jsonBody(ShareBody) },
      responses: { 201: json(Share, 'Shared'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await shareReferral(scopeOf(c), c.req.valid('param').id, c.req.valid('json').consentId), 201),
  );

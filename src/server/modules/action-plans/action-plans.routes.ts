import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { ActionPlan, ActionPlanBody } from '../../../shared/schemas/plans';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { getActionPlan, listActionPlans, printActionPlan, saveActionPlan } from './action-plans.service';

const tags = ['action-plans'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Sharing refused: no consent or legal basis valid now' };

export const actionPlanRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}/action-plans',
      tags,
      security,
      summary: "The citizen's §141 action plans (in full, or the parts shared with the caller's organisation)",
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(ActionPlan) })), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await listActionPlans(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/citizens/{id}/action-plans',
      tags,
      security,
      summary: 'Write a §141 action plan, or a new version of one (case officer)',
      request: { params: IdParam, ...jsonBody(ActionPlanBody) },
      responses: { 201: json(ActionPlan, 'Saved'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await saveActionPlan(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/action-plans/{id}', tags, security, request: { params: IdParam }, responses: { 200: json(ActionPlan), 401: e401, 404: e404, 422: e422 } }),
    async (c) => c.json(await getActionPlan(scopeOf(c), c.req.valid('param').id), 200),
  );

/** `GET /action-plans/{id}.pdf`: a plain route, since the id and the suffix share one path segment. */
export const actionPlanPdfRoutes = createRouter();
actionPlanPdfRoutes.openAPIRegistry.registerPath({
  method: 'get',
  path: '/action-plans/{id}.pdf',
  tags,
  security,
  summary: 'The current version of a §141 action plan as a printable PDF (?lang=en for English)',
  request: { params: IdParam },
  responses: { 200: { description: 'The PDF', content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } } }, 401: e401, 404: e404 },
});
actionPlanPdfRoutes.get('/action-plans/:file{[0-9a-fA-F-]{36}\\.pdf}', async (c) => {
  const id = c.req.param('file').slice(0, -4);
  const parsed = IdParam.safeParse({ id });
  if (!parsed.success) return c.notFound();
  const lang = c.req.query('lang') === 'en' ? 'en' : 'da';
  const { pdf, version } = await printActionPlan(scopeOf(c), parsed.data.id, lang);
  return c.body(new Uint8Array(pdf), 200, {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="handleplan-v${version}.pdf"`,
    'cache-control': 'no-store',
  });
});

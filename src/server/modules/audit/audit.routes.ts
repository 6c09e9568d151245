import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AuditPage, AuditQuery, AuditVerify } from '../../../shared/schemas/audit';
import { createRouter, errorResponses, json, scopeOf, security } from '../../http/router';
import { exportAuditCsv, findAuditRows, verifyAuditLog } from './audit.service';

const tags = ['audit'];
const { 401: e401, 403: e403, 422: e422 } = errorResponses;

export const auditRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit',
      tags,
      security,
      summary: 'Search the access log (auditor)',
      request: { query: AuditQuery },
      responses: { 200: json(AuditPage), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await findAuditRows(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/export',
      tags,
      security,
      summary: 'Export the access log as CSV (auditor)',
      request: { query: AuditQuery },
      responses: { 200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' }, 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => {
      const csv = await exportAuditCsv(scopeOf(c), c.req.valid('query'));
      return c.body(csv, 200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="access-log.csv"' });
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/audit/verify',
      tags,
      security,
      summary: 'Recompute the hash chain and report the first broken row',
      responses: { 200: json(AuditVerify), 401: e401, 403: e403 },
    }),
    async (c) => c.json(await verifyAuditLog(scopeOf(c)), 200),
  );

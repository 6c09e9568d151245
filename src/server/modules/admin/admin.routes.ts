import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { AdminUser, MembershipCreate, Organisation, Unit, UnitCreate, UnitUpdate, UserCreate, UserUpdate } from '../../../shared/schemas/admin';
import { Created } from '../../../shared/schemas/citizens';
import { IdParam } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import * as admin from './admin.service';

const tags = ['admin'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (e.g. the last administrator)' };
const list = <T extends z.ZodType>(item: T) => json(z.object({ items: z.array(item) }));

export const adminRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: '/admin/organisations', tags, security, responses: { 200: list(Organisation), 401: e401, 403: e403 } }),
    async (c) => c.json(await admin.listOrganisations(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/admin/units', tags, security, responses: { 200: list(Unit), 401: e401, 403: e403 } }),
    async (c) => c.json(await admin.listUnits(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/units',
      tags,
      security,
      request: jsonBody(UnitCreate),
      responses: { 201: json(Created, 'Created'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await admin.createUnit(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/admin/units/{id}',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(UnitUpdate) },
      responses: { 200: json(Created), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await admin.editUnit(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/admin/users', tags, security, responses: { 200: list(AdminUser), 401: e401, 403: e403 } }),
    async (c) => c.json(await admin.listUsers(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/users',
      tags,
      security,
      request: jsonBody(UserCreate),
      responses: { 201: json(Created, 'Created'), 401: e401, 403: e403, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await admin.createUser(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/admin/users/{id}',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(UserUpdate) },
      responses: { 200: json(Created), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await admin.editUser(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/admin/users/{id}/memberships',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(MembershipCreate) },
      responses: { 201: json(Created, 'Created'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await admin.addMembership(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/admin/memberships/{id}',
      tags,
      security,
      request: { params: IdParam },
      responses: { 200: json(z.object({ ok: z.literal(true) })), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await admin.removeMembership(scopeOf(c), c.req.valid('param').id), 200),
  );

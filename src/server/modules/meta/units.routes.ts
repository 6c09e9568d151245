import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { roles } from '../../../shared/access/roles';
import { createRouter, errorResponses, json, scopeOf, security } from '../../http/router';
import { findOrganisationUnits, findUnitsWithMembers } from './units.repo';

const MyUnit = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  members: z.array(z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(roles) })),
});

export const unitRoutes = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/units',
    tags: ['units'],
    security,
    summary: 'The units you belong to, with their members',
    responses: { 200: json(z.object({ items: z.array(MyUnit) })), 401: errorResponses[401] },
  }),
  async (c) => {
    const scope = scopeOf(c);
    const unitIds = [...new Set(scope.access.actor.memberships.flatMap((m) => (m.unitId ? [m.unitId] : [])))];
    const items = await findUnitsWithMembers(scope.db, unitIds);
    return c.json({ items: items.map((u) => ({ ...u, members: u.members.map((m) => ({ ...m, role: m.role as (typeof roles)[number] })) })) }, 200);
  },
)
  .openapi(
    createRoute({
      method: 'get',
      path: '/organisation-units',
      tags: ['units'],
      security,
      summary: 'All units of your organisations (names only), e.g. to hand a course over',
      responses: { 200: json(z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string(), organisationId: z.uuid(), organisationName: z.string() })) })), 401: errorResponses[401] },
    }),
    async (c) => {
      const scope = scopeOf(c);
      const orgs = [...new Set(scope.access.actor.memberships.map((m) => m.organisationId))];
      return c.json({ items: await findOrganisationUnits(scope.db, orgs) }, 200);
    },
  );

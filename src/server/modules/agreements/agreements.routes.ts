import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Agreement, AgreementCreate } from '../../../shared/schemas/crisis';
import { Id } from '../../../shared/schemas/common';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { agreementParties, createAgreement, listAgreements } from './agreements.service';

const tags = ['crisis-center'];
const { 401: e401, 403: e403, 422: e422 } = errorResponses;

const Parties = z.object({
  organisations: z.array(z.object({ id: Id, name: z.string(), kind: z.string() })),
  people: z.array(z.object({ id: Id, displayName: z.string(), organisationId: Id, roles: z.array(z.string()) })),
});

export const agreementRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/collaboration-agreements',
      tags,
      security,
      summary: "Collaboration agreements where one of the caller's organisations is a party",
      responses: { 200: json(z.object({ items: z.array(Agreement) })), 401: e401 },
    }),
    async (c) => c.json(await listAgreements(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/collaboration-agreements/parties',
      tags,
      security,
      summary: 'Organisations and people to choose from when entering an agreement',
      responses: { 200: json(Parties), 401: e401, 403: e403 },
    }),
    async (c) => c.json(await agreementParties(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/collaboration-agreements',
      tags,
      security,
      summary: 'Enter a collaboration agreement between a crisis center and a municipality',
      request: jsonBody(AgreementCreate),
      responses: { 201: json(Agreement, 'Created'), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await createAgreement(scopeOf(c), c.req.valid('json')), 201),
  );

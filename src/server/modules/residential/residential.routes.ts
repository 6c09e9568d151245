import { createRoute } from '@hono/zod-openapi';
import { IdParam } from '../../../shared/schemas/common';
import {
  Activity,
  ActivityCreate,
  ActivityList,
  ActivityQuery,
  Handover,
  HandoverQuery,
  HarmReductionBody,
  HarmReductionResponse,
  MotivationActedOn,
  MotivationCreate,
  MotivationEntry,
  MotivationList,
  ParticipationCreate,
  PeerAgreement,
  PeerAgreementCreate,
  PeerAgreementList,
  PeerRole,
  PeerRoleBody,
} from '../../../shared/schemas/residential';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createActivity, listActivities, recordParticipation } from './activities.service';
import { handover } from './handover.service';
import { getHarmReduction, saveHarmReduction } from './harm-reduction.service';
import { actOnMotivation, createMotivation, listMotivation } from './motivation.service';
import { getPeerRole, listPeerAgreements, recordPeerAgreement, setPeerRole, withdrawPeerAgreement } from './peer.service';

const tags = ['residential'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (see code)' };
const errors = { 401: e401, 403: e403, 404: e404, 422: e422 };

export const residentialRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: '/citizens/{id}/motivation', tags, security, summary: 'What the resident is motivated for now (and earlier entries)', request: { params: IdParam }, responses: { 200: json(MotivationList), ...errors } }),
    async (c) => c.json(await listMotivation(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/citizens/{id}/motivation', tags, security, summary: '"Motivated for now": what, noticed when, by whom', request: { params: IdParam, ...jsonBody(MotivationCreate) }, responses: { 201: json(MotivationEntry), ...errors } }),
    async (c) => c.json(await createMotivation(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'post', path: '/motivation/{id}/acted-on', tags, security, summary: 'Record what was done with the motivation while it lasted', request: { params: IdParam, ...jsonBody(MotivationActedOn) }, responses: { 200: json(MotivationEntry), 409: e409, ...errors } }),
    async (c) => c.json(await actOnMotivation(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/activities', tags, security, summary: "The residence's shared activity calendar, and residents without activity for a while", request: { query: ActivityQuery }, responses: { 200: json(ActivityList), ...errors } }),
    async (c) => c.json(await listActivities(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/activities', tags, security, summary: 'An activity at the residence or in the local community', request: jsonBody(ActivityCreate), responses: { 201: json(Activity), ...errors } }),
    async (c) => c.json(await createActivity(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'post', path: '/activities/{id}/participation', tags, security, summary: "A resident's participation: attended, declined, wanted to but could not", request: { params: IdParam, ...jsonBody(ParticipationCreate) }, responses: { 200: json(Activity), ...errors } }),
    async (c) => c.json(await recordParticipation(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/citizens/{id}/harm-reduction', tags, security, summary: "The resident's harm-reduction plan (latest version)", request: { params: IdParam }, responses: { 200: json(HarmReductionResponse), ...errors } }),
    async (c) => c.json(await getHarmReduction(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({ method: 'put', path: '/citizens/{id}/harm-reduction', tags, security, summary: 'Save a new version of the harm-reduction plan (no abstinence demand)', request: { params: IdParam, ...jsonBody(HarmReductionBody) }, responses: { 200: json(HarmReductionResponse), 409: e409, ...errors } }),
    async (c) => c.json(await saveHarmReduction(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/units/{id}/peer-role', tags, security, summary: "The unit's peer worker role: access, tasks and boundaries", request: { params: IdParam }, responses: { 200: json(PeerRole), ...errors } }),
    async (c) => c.json(await getPeerRole(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({ method: 'put', path: '/units/{id}/peer-role', tags, security, summary: 'Set the peer role (the unit leader)', request: { params: IdParam, ...jsonBody(PeerRoleBody) }, responses: { 200: json(PeerRole), ...errors } }),
    async (c) => c.json(await setPeerRole(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/citizens/{id}/peer-agreements', tags, security, summary: "The resident's agreements to work with peer workers, with each unit's peer role", request: { params: IdParam }, responses: { 200: json(PeerAgreementList), ...errors } }),
    async (c) => c.json(await listPeerAgreements(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/citizens/{id}/peer-agreements', tags, security, summary: "Record the resident's agreement to work with a peer worker", request: { params: IdParam, ...jsonBody(PeerAgreementCreate) }, responses: { 201: json(PeerAgreement), 409: e409, ...errors } }),
    async (c) => c.json(await recordPeerAgreement(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'post', path: '/peer-agreements/{id}/withdraw', tags, security, summary: 'The resident withdraws the agreement; the peer loses access at once', request: { params: IdParam }, responses: { 200: json(PeerAgreement), 409: e409, ...errors } }),
    async (c) => c.json(await withdrawPeerAgreement(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/units/{id}/handover', tags, security, summary: 'Shift handover: per resident what happened since the last shift', request: { params: IdParam, query: HandoverQuery }, responses: { 200: json(Handover), ...errors } }),
    async (c) => c.json(await handover(scopeOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );

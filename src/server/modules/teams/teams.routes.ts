import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { AssignmentBody, Board, BoardQuery, CrisisFlagBody, DecisionBody, MeetingBody, MethodSettings, MethodSettingsBody, Team, TeamCreate, TeamList, TeamMembersBody } from '../../../shared/schemas/teams';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { assign, getBoard, recordDecision, recordMeeting, setCrisis, unassign } from './board.service';
import { listMethodSettings, saveMethodSettings } from './method-settings.service';
import { createTeam, getTeam, listTeams, updateMembers } from './teams.service';

const tags = ['teams'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (see code)' };
const boardResponses = { 200: json(Board), 401: e401, 403: e403, 404: e404, 422: e422 };
const AssignmentParam = z.strictObject({ id: IdParam.shape.id, assignmentId: IdParam.shape.id });
const CrisisParam = z.strictObject({ id: IdParam.shape.id, courseId: IdParam.shape.id });
const OrgQuery = z.strictObject({ organisationId: IdParam.shape.id });
const MethodParam = z.strictObject({ method: z.string().regex(/^[a-z_]{1,40}$/) });

export const teamRoutes = createRouter()
  .openapi(
    createRoute({ method: 'get', path: '/teams', tags, security, summary: "The caller's teams (all of the organisation's, for its administrator)", responses: { 200: json(TeamList), 401: e401 } }),
    async (c) => c.json(await listTeams(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/teams',
      tags,
      security,
      summary: 'Create a team (a unit) with members and their disciplines (administrator)',
      request: jsonBody(TeamCreate),
      responses: { 201: json(Team), 401: e401, 403: e403, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await createTeam(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({ method: 'get', path: '/teams/{id}', tags, security, request: { params: IdParam }, responses: { 200: json(Team), 401: e401, 404: e404, 422: e422 } }),
    async (c) => c.json(await getTeam(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/teams/{id}/members',
      tags,
      security,
      summary: "Replace the team's members (administrator); a removed member loses access to the team's caseload",
      request: { params: IdParam, ...jsonBody(TeamMembersBody) },
      responses: { 200: json(Team), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await updateMembers(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/teams/{id}/board',
      tags,
      security,
      summary: "The daily team-meeting board: who is seen today and by whom, who is in crisis, who has not been seen, the day's decisions (members only)",
      request: { params: IdParam, query: BoardQuery },
      responses: boardResponses,
    }),
    async (c) => c.json(await getBoard(scopeOf(c), c.req.valid('param').id, c.req.valid('query').date), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/teams/{id}/meetings', tags, security, summary: "Record the day's team meeting as held", request: { params: IdParam, ...jsonBody(MeetingBody) }, responses: boardResponses }),
    async (c) => c.json(await recordMeeting(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'post', path: '/teams/{id}/assignments', tags, security, summary: 'Agree who sees a citizen on a day', request: { params: IdParam, ...jsonBody(AssignmentBody) }, responses: boardResponses }),
    async (c) => c.json(await assign(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({ method: 'delete', path: '/teams/{id}/assignments/{assignmentId}', tags, security, summary: 'Remove an agreed visit', request: { params: AssignmentParam }, responses: boardResponses }),
    async (c) => c.json(await unassign(scopeOf(c), c.req.valid('param').id, c.req.valid('param').assignmentId), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/teams/{id}/decisions',
      tags,
      security,
      summary: 'Record a decision taken at the board or on the spot, with the member who had the authority',
      request: { params: IdParam, ...jsonBody(DecisionBody) },
      responses: boardResponses,
    }),
    async (c) => c.json(await recordDecision(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/teams/{id}/crisis/{courseId}',
      tags,
      security,
      summary: 'Mark a citizen on the team as in crisis, or no longer (answers the board of `date`, default today)',
      request: { params: CrisisParam, query: BoardQuery, ...jsonBody(CrisisFlagBody) },
      responses: boardResponses,
    }),
    async (c) => c.json(await setCrisis(scopeOf(c), c.req.valid('param').id, c.req.valid('param').courseId, c.req.valid('json').inCrisis, c.req.valid('query').date), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/method-settings',
      tags: ['methods'],
      security,
      summary: "An organisation's settings per method, with the values in force (administrator)",
      request: { query: OrgQuery },
      responses: { 200: json(z.object({ items: z.array(MethodSettings) })), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await listMethodSettings(scopeOf(c), c.req.valid('query').organisationId), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/method-settings/{method}',
      tags: ['methods'],
      security,
      summary: "Save a new version of a method's settings; running courses keep the version they started under",
      request: { params: MethodParam, ...jsonBody(MethodSettingsBody) },
      responses: { 200: json(MethodSettings), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await saveMethodSettings(scopeOf(c), c.req.valid('param').method, c.req.valid('json')), 200),
  );

import { createRoute } from '@hono/zod-openapi';
import { IdParam } from '../../../shared/schemas/common';
import {
  CollaborationModel,
  CollaborationModelCreate,
  CollaborationModelList,
  Meeting,
  MeetingCreate,
  MeetingList,
  MeetingQuery,
  SpecialistAdvice,
  SpecialistFollowUp,
  SpecialistMemberSet,
  SpecialistRequest,
  SpecialistRequestCreate,
  SpecialistRequestList,
  SpecialistRequestQuery,
  SpecialistTeam,
} from '../../../shared/schemas/residential';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { createMeeting, listMeetings } from './meetings.service';
import { createModel, listModels } from './models.service';
import { adviseRequest, createRequest, followUpRequest, listRequests } from './specialist.service';
import { getTeam, setTeamMember } from './specialist-team.service';

/** Residential services, core elements 5 (collaboration) and 6 (the specialised team). */

const tags = ['residential'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (see code)' };
const errors = { 401: e401, 403: e403, 404: e404, 422: e422 };

export const collaborationRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/collaboration-meetings',
      tags,
      security,
      summary: 'Collaboration meetings of your units (staff or leader), newest first; only residents you see are listed',
      request: { query: MeetingQuery },
      responses: { 200: json(MeetingList), ...errors },
    }),
    async (c) => c.json(await listMeetings(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/collaboration-meetings',
      tags,
      security,
      summary: 'Record a meeting that was held; with external participants each resident needs a consent or legal basis valid now for each external party',
      request: jsonBody(MeetingCreate),
      responses: { 201: json(Meeting), ...errors, 409: e409 },
    }),
    async (c) => c.json(await createMeeting(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{id}/collaboration-models',
      tags,
      security,
      summary: "The unit's written collaboration models, newest first",
      request: { params: IdParam },
      responses: { 200: json(CollaborationModelList), ...errors },
    }),
    async (c) => c.json(await listModels(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/units/{id}/collaboration-models',
      tags,
      security,
      summary: 'Add a collaboration model (the unit leader or the administrator)',
      request: { params: IdParam, ...jsonBody(CollaborationModelCreate) },
      responses: { 201: json(CollaborationModel), ...errors },
    }),
    async (c) => c.json(await createModel(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{id}/specialist-team',
      tags,
      security,
      summary: "The unit's specialised team and each member's competences",
      request: { params: IdParam },
      responses: { 200: json(SpecialistTeam), ...errors },
    }),
    async (c) => c.json(await getTeam(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/units/{id}/specialist-team',
      tags,
      security,
      summary: 'Put a member of the unit on the specialised team, change their competences, or take them off (the unit leader or the administrator)',
      request: { params: IdParam, ...jsonBody(SpecialistMemberSet) },
      responses: { 200: json(SpecialistTeam), ...errors },
    }),
    async (c) => c.json(await setTeamMember(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/specialist-requests',
      tags,
      security,
      summary: 'Questions to the specialised team in your units (staff or team member), newest first; only about residents you see',
      request: { query: SpecialistRequestQuery },
      responses: { 200: json(SpecialistRequestList), ...errors },
    }),
    async (c) => c.json(await listRequests(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/specialist-requests',
      tags,
      security,
      summary: 'Ask the specialised team about a resident',
      request: jsonBody(SpecialistRequestCreate),
      responses: { 201: json(SpecialistRequest), ...errors },
    }),
    async (c) => c.json(await createRequest(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/specialist-requests/{id}/advice',
      tags,
      security,
      summary: "The specialised team's advice (a member of the unit's team, once)",
      request: { params: IdParam, ...jsonBody(SpecialistAdvice) },
      responses: { 200: json(SpecialistRequest), ...errors, 409: e409 },
    }),
    async (c) => c.json(await adviseRequest(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/specialist-requests/{id}/follow-up',
      tags,
      security,
      summary: 'How the advice was followed up (staff of the unit, after the advice, once)',
      request: { params: IdParam, ...jsonBody(SpecialistFollowUp) },
      responses: { 200: json(SpecialistRequest), ...errors, 409: e409 },
    }),
    async (c) => c.json(await followUpRequest(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { DebriefCreate, Episode, EpisodeCreate, EpisodeList, EpisodeQuery, EpisodeTrend, StaffWellbeingCreate, TrendQuery } from '../../../shared/schemas/residential';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { addDebrief, completeAction, createEpisode, listEpisodes } from './episodes.service';
import { episodeTrend } from './trend.service';
import { answerWellbeing, wellbeingStatus } from './wellbeing.service';

const tags = ['episodes'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict (see code)' };

const month = z.string().describe('YYYY-MM, Danish time');
export const StaffWellbeingGiven = z.object({ month }).meta({ id: 'StaffWellbeingGiven' });
export const StaffWellbeingStatus = z.object({ month, answered: z.boolean().describe("Whether the caller has answered this month's question") }).meta({ id: 'StaffWellbeingStatus' });

export const episodeRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/episodes',
      tags,
      security,
      summary: 'Violent or threatening episodes of the units where you are staff or leader, newest first',
      description: "A leader sees the episodes without the staff's account (description, what was done, injuries, the debrief's summary). Residents are named only when you see them.",
      request: { query: EpisodeQuery },
      responses: { 200: json(EpisodeList), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await listEpisodes(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/episodes',
      tags,
      security,
      summary: 'Register a violent or threatening episode',
      request: jsonBody(EpisodeCreate),
      responses: { 201: json(Episode), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await createEpisode(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/episodes/{id}/debrief',
      tags,
      security,
      summary: 'The debrief after an episode, with follow-up actions (once per episode)',
      request: { params: IdParam, ...jsonBody(DebriefCreate) },
      responses: { 201: json(Episode), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await addDebrief(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/episode-actions/{id}/done',
      tags,
      security,
      summary: "Mark a debrief's follow-up action done (staff of the unit, or the action's owner)",
      request: { params: IdParam },
      responses: { 200: json(Episode), 401: e401, 403: e403, 404: e404, 409: e409 },
    }),
    async (c) => c.json(await completeAction(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{id}/episodes/trend',
      tags,
      security,
      summary: "The unit's episodes month by month, with residents' and staff's wellbeing (numbers only)",
      description: 'Default period: the 12 whole months up to and including the current one. A month with fewer than 3 wellbeing answers shows no median.',
      request: { params: IdParam, query: TrendQuery },
      responses: { 200: json(EpisodeTrend), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await episodeTrend(scopeOf(c), c.req.valid('param').id, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{id}/staff-wellbeing',
      tags,
      security,
      summary: "Whether you have answered this month's anonymous wellbeing question for the unit",
      request: { params: IdParam },
      responses: { 200: json(StaffWellbeingStatus), 401: e401, 403: e403, 404: e404 },
    }),
    async (c) => c.json(await wellbeingStatus(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/units/{id}/staff-wellbeing',
      tags,
      security,
      summary: "Answer this month's wellbeing question (WHO-5), anonymously: only the score and the month are kept",
      request: { params: IdParam, ...jsonBody(StaffWellbeingCreate) },
      responses: { 201: json(StaffWellbeingGiven), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await answerWellbeing(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

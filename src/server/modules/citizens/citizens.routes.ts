import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { Citizen, CitizenCreate, CitizenList, CitizenQuery, CitizenUpdate, CourseCreate, Created } from '../../../shared/schemas/citizens';
import { IdParam } from '../../../shared/schemas/common';
import { Course } from '../../../shared/schemas/courses';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { addCourseToCitizen, findCoursesOfCitizen } from '../courses/courses.service';
import { createCitizen, findCitizens, getCitizenById, updateCitizenById } from './citizens.service';

const tags = ['citizens'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;

export const citizenRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/citizens',
      tags,
      security,
      summary: 'Create a citizen with its first course',
      request: jsonBody(CitizenCreate),
      responses: { 201: json(Created, 'Created'), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await createCitizen(scopeOf(c), c.req.valid('json')), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens',
      tags,
      security,
      summary: 'Search the citizens visible to you (caseload)',
      request: { query: CitizenQuery },
      responses: { 200: json(CitizenList), 401: e401, 403: e403, 422: e422 },
    }),
    async (c) => c.json(await findCitizens(scopeOf(c), c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}',
      tags,
      security,
      request: { params: IdParam },
      responses: { 200: json(Citizen), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await getCitizenById(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/citizens/{id}',
      tags,
      security,
      summary: 'Edit a citizen; kind "identified" identifies an unidentified citizen',
      request: { params: IdParam, ...jsonBody(CitizenUpdate) },
      responses: { 200: json(Citizen), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await updateCitizenById(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/citizens/{id}/courses',
      tags,
      security,
      request: { params: IdParam },
      responses: { 200: json(z.object({ items: z.array(Course) })), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await findCoursesOfCitizen(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/citizens/{id}/courses',
      tags,
      security,
      request: { params: IdParam, ...jsonBody(CourseCreate) },
      responses: { 201: json(Created, 'Created'), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await addCourseToCitizen(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );

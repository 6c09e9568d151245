import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { Course, MethodModel, Note, NoteCreate, NoteList, NoteUpdate } from '../../../shared/schemas/courses';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { methodsInForce } from '../teams/method-settings.service';
import { createNote, editNote, findNotesOfCourse } from '../notes/notes.service';
import { getCourseById } from './courses.service';

const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict' };

export const courseRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'get',
      path: '/methods',
      tags: ['courses'],
      security,
      summary: "The method models with the settings in force in the organisation (default: the caller's first)",
      request: { query: z.strictObject({ organisationId: z.uuid().optional() }) },
      responses: { 200: json(z.object({ items: z.array(MethodModel) })), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await methodsInForce(scopeOf(c), c.req.valid('query').organisationId), 200),
  )
  .openapi(
    createRoute({ method: 'get', path: '/courses/{id}', tags: ['courses'], security, request: { params: IdParam }, responses: { 200: json(Course), 401: e401, 404: e404, 422: e422 } }),
    async (c) => c.json(await getCourseById(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/notes',
      tags: ['notes'],
      security,
      request: { params: IdParam },
      responses: { 200: json(NoteList), 401: e401, 403: e403, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await findNotesOfCourse(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/notes',
      tags: ['notes'],
      security,
      request: { params: IdParam, ...jsonBody(NoteCreate) },
      responses: { 200: json(Note, 'Already written (same client id)'), 201: json(Note, 'Created'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => {
      const { created, note } = await createNote(scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      return created ? c.json(note, 201) : c.json(note, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/notes/{id}',
      tags: ['notes'],
      security,
      summary: 'Edit your own case note within the edit window; the earlier text is kept',
      request: { params: IdParam, ...jsonBody(NoteUpdate) },
      responses: { 200: json(Note), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await editNote(scopeOf(c), c.req.valid('param').id, c.req.valid('json').text), 200),
  );

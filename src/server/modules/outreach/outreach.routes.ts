import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { IdParam } from '../../../shared/schemas/common';
import { Course } from '../../../shared/schemas/courses';
import { ContactAttempt, ContactAttemptBody, ContactAttemptList, ContactAttemptQuery, ContactPlan, ContactPlanBody, CourseCloseBody, CourseSummary, DueCourse, PhaseChangeBody, ReferralCheck, ResponsibleBody } from '../../../shared/schemas/outreach';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../../http/router';
import { changeCoursePhase, changeResponsible, closeCourse } from '../courses/course-lifecycle.service';
import { findMyDueCourses, findUnitOverdueCourses } from './due.service';
import { findContactAttempts, getContactPlan, getCourseSummary, recordContactAttempt, reviseContactPlan } from './outreach.service';

const tags = ['outreach'];
const { 401: e401, 403: e403, 404: e404, 422: e422 } = errorResponses;
const e409 = { ...e403, description: 'Conflict: not possible in the course’s current state or method' };
const params = { params: IdParam };

export const outreachRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/contact-plan',
      tags,
      security,
      summary: 'Revise the contact plan (a new version; earlier versions are kept)',
      request: { ...params, ...jsonBody(ContactPlanBody) },
      responses: { 200: json(ContactPlan), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await reviseContactPlan(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/contact-plan',
      tags,
      security,
      summary: 'The current contact plan (null before the first one is written)',
      request: params,
      responses: { 200: json(z.object({ plan: ContactPlan.nullable() })), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json({ plan: (await getContactPlan(scopeOf(c), c.req.valid('param').id, false))[0] ?? null }, 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/contact-plan/history',
      tags,
      security,
      request: params,
      responses: { 200: json(z.object({ items: z.array(ContactPlan) })), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json({ items: await getContactPlan(scopeOf(c), c.req.valid('param').id, true) }, 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/contact-attempts',
      tags,
      security,
      summary: 'Log a contact attempt (idempotent by client id)',
      request: { ...params, ...jsonBody(ContactAttemptBody) },
      responses: { 200: json(ContactAttempt, 'Already recorded (same client id)'), 201: json(ContactAttempt, 'Created'), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => {
      const { created, attempt } = await recordContactAttempt(scopeOf(c), c.req.valid('param').id, c.req.valid('json'));
      return created ? c.json(attempt, 201) : c.json(attempt, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/contact-attempts',
      tags,
      security,
      summary: 'The course’s contact attempts, newest first (the newest `limit` when given)',
      request: { ...params, query: ContactAttemptQuery },
      responses: { 200: json(ContactAttemptList), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await findContactAttempts(scopeOf(c), c.req.valid('param').id, c.req.valid('query').limit), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/courses/{id}/summary',
      tags,
      security,
      summary: 'Persistence figures, overdue state and next due day',
      request: params,
      responses: { 200: json(CourseSummary), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await getCourseSummary(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/me/due',
      tags,
      security,
      summary: 'Your courses that are overdue or due today, and referral retention checks that are due',
      responses: { 200: json(z.object({ items: z.array(DueCourse), referralChecks: z.array(ReferralCheck) })), 401: e401 },
    }),
    async (c) => c.json(await findMyDueCourses(scopeOf(c)), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/units/{id}/overdue',
      tags,
      security,
      summary: 'All overdue courses of a unit, with how long they are overdue',
      request: params,
      responses: { 200: json(z.object({ items: z.array(DueCourse) })), 401: e401, 404: e404, 422: e422 },
    }),
    async (c) => c.json(await findUnitOverdueCourses(scopeOf(c), c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/phase',
      tags: ['courses'],
      security,
      summary: 'Move the course to another phase, with a reason',
      request: { ...params, ...jsonBody(PhaseChangeBody) },
      responses: { 200: json(Course), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await changeCoursePhase(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/courses/{id}/close',
      tags: ['courses'],
      security,
      summary: 'End the course (e.g. not in the target group, handover) with a closing summary',
      request: { ...params, ...jsonBody(CourseCloseBody) },
      responses: { 200: json(Course), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await closeCourse(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/courses/{id}/responsible',
      tags: ['courses'],
      security,
      summary: 'Hand the course to other workers of its unit',
      request: { ...params, ...jsonBody(ResponsibleBody) },
      responses: { 200: json(Course), 401: e401, 403: e403, 404: e404, 409: e409, 422: e422 },
    }),
    async (c) => c.json(await changeResponsible(scopeOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );

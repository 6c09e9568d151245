import { createRoute } from '@hono/zod-openapi';
import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { LoginBody, Me } from '../../shared/schemas/auth';
import { createRouter, errorResponses, json, jsonBody, scopeOf, security } from '../http/router';
import { deleteSession, findMemberships, setSessionLock } from './auth.repo';
import { checkCitizenView } from '../modules/measurements/citizen-chart.service';
import { findCourse } from '../modules/courses/courses.repo';
import { confirmPassword, logIn } from './auth.service';
import { SESSION_COOKIE } from './session-middleware';

const Ok = z.object({ ok: z.literal(true) });

export const authRoutes = createRouter()
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/login',
      tags: ['auth'],
      request: jsonBody(LoginBody),
      responses: { 200: json(Me, 'Signed in; the session cookie is set'), 401: errorResponses[401], 422: errorResponses[422], 429: errorResponses[401] },
    }),
    async (c) => {
      const deps = c.get('deps');
      const { token, me } = await logIn(deps, c.req.valid('json'));
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: deps.config.secureCookies,
        path: '/',
        maxAge: deps.config.sessionHours * 3600,
      });
      return c.json(me, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/confirm',
      tags: ['auth'],
      security,
      summary: "Confirm the signed-in user's password (unlocks the device after the citizen view)",
      request: jsonBody(z.strictObject({ password: z.string().min(1).max(200) })),
      responses: { 200: json(Ok), 401: errorResponses[401], 403: errorResponses[403], 422: errorResponses[422], 429: errorResponses[401] },
    }),
    async (c) => {
      const scope = scopeOf(c);
      await confirmPassword(c.get('deps'), scope.access.actor.username, c.req.valid('json').password, c.get('sessionToken')!);
      const lockedCourseId = scope.access.actor.lockedCourseId;
      if (lockedCourseId) {
        await setSessionLock(scope.db, c.get('sessionToken')!, null);
        const course = await findCourse(scope.db, lockedCourseId);
        await scope.audit([{ action: 'device.unlock', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: {} }]);
      }
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/auth/lock',
      tags: ['auth'],
      security,
      summary: 'Hand the device to the citizen: until POST /auth/confirm the session answers only the citizen view of this course',
      request: jsonBody(z.strictObject({ courseId: z.uuid() })),
      responses: { 200: json(Ok), 401: errorResponses[401], 403: errorResponses[403], 404: errorResponses[404], 409: errorResponses[403], 422: errorResponses[422] },
    }),
    async (c) => {
      const scope = scopeOf(c);
      const course = await checkCitizenView(scope, c.req.valid('json').courseId);
      await setSessionLock(scope.db, c.get('sessionToken')!, course.id);
      await scope.audit([{ action: 'device.lock', citizenId: course.citizenId, courseId: course.id, organisationId: course.organisationId, context: {} }]);
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'post', path: '/auth/logout', tags: ['auth'], security, responses: { 200: json(Ok), 401: errorResponses[401] } }),
    async (c) => {
      const token = c.get('sessionToken');
      if (token) await deleteSession(c.get('deps').database.db, token);
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.json({ ok: true as const }, 200);
    },
  )
  .openapi(
    createRoute({ method: 'get', path: '/me', tags: ['auth'], security, responses: { 200: json(Me), 401: errorResponses[401] } }),
    async (c) => {
      const scope = scopeOf(c);
      const { actor } = scope.access;
      const memberships = await findMemberships(scope.db, actor.userId);
      return c.json(
        {
          user: { id: actor.userId, username: actor.username, displayName: actor.displayName },
          memberships,
          permissions: scope.access.permissions(),
          lockedCourseId: actor.lockedCourseId ?? null,
        },
        200,
      );
    },
  );


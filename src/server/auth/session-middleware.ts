import type { MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie } from 'hono/cookie';
import { createAccessContext } from '../access/context';
import { createScope } from '../access/scope';
import type { Env } from '../http/router';
import { problem } from '../http/problem';
import { findActorBySession } from './auth.repo';

export const SESSION_COOKIE = 'bb_session';

/** Attaches the signed-in user's scope (or null) to the request. */
export const sessionMiddleware: MiddlewareHandler<Env> = async (c, next) => {
  const { database, config, cpr } = c.get('deps');
  const token = getCookie(c, SESSION_COOKIE) ?? null;
  c.set('sessionToken', token);
  c.set('scope', null);
  if (token) {
    const actor = await findActorBySession(database.db, token, config.sessionHours);
    if (actor) {
      c.set('scope', createScope({ db: database.db, access: createAccessContext(actor), config, cpr, clientAddress: clientAddress(c) }));
    }
  }
  await next();
};

function clientAddress(c: Parameters<MiddlewareHandler<Env>>[0]): string | null {
  try {
    return getConnInfo(c).remote.address ?? null;
  } catch {
    return null; // app.request() in tests has no socket
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard: an unsafe request that carries the session cookie must come
 * from our own origin (or carry no Origin header, as same-origin navigations may).
 */
export const originGuard: MiddlewareHandler<Env> = async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method) && getCookie(c, SESSION_COOKIE)) {
    const origin = c.req.header('origin');
    const own = c.get('deps').config.publicOrigin ?? new URL(c.req.url).origin;
    if (origin && origin !== own) return problem(c, 403, 'origin_mismatch');
  }
  await next();
};

const PUBLIC_PATHS = new Set(['/api/v1/health', '/api/v1/auth/login', '/api/v1/openapi.json', '/api/v1/me/calendar.ics']);

/** Every API route but the public ones needs a signed-in user. */
export const requireAuth: MiddlewareHandler<Env> = async (c, next) => {
  if (!PUBLIC_PATHS.has(c.req.path) && !c.get('scope')) return problem(c, 401, 'unauthenticated');
  await next();
};

/**
 * While the device is handed to the citizen (the citizen view), the session answers only what the
 * citizen view needs for its one course: no other citizen, no record, whatever URL is typed.
 * `POST /auth/confirm` with the worker's password lifts the lock.
 */
export const deviceLock: MiddlewareHandler<Env> = async (c, next) => {
  const courseId = c.get('scope')?.access.actor.lockedCourseId;
  if (courseId) {
    const allowed = [
      ['GET', '/api/v1/me'],
      ['GET', '/api/v1/instruments'],
      ['POST', `/api/v1/courses/${courseId}/measurements`],
      ['GET', `/api/v1/courses/${courseId}/citizen-chart`],
      ['POST', '/api/v1/auth/confirm'],
      ['POST', '/api/v1/auth/logout'],
    ];
    if (!allowed.some(([m, p]) => c.req.method === m && c.req.path === p)) return problem(c, 423, 'device_locked');
  }
  await next();
};

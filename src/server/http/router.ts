import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { z } from 'zod';
import { Problem } from '../../shared/schemas/common';
import type { Scope } from '../access/scope';
import type { Deps } from '../deps';
import { AppError, fieldIssues, problem } from './problem';

export type Env = { Variables: { deps: Deps; scope: Scope | null; sessionToken: string | null } };

/** A router whose validation failures answer 422 problem+json naming the fields. */
export function createRouter() {
  return new OpenAPIHono<Env>({
    defaultHook: (result, c) => {
      if (!result.success) return problem(c, 422, 'validation_failed', fieldIssues(result.error as z.ZodError, (result as { data?: unknown }).data));
    },
  });
}

/** The signed-in user's scope; routes behind the auth guard always have one. */
export function scopeOf(c: Context<Env>): Scope {
  const scope = c.get('scope');
  if (!scope) throw new AppError(401, 'unauthenticated');
  return scope;
}

export const json = <T extends z.ZodType>(schema: T, description = 'OK') => ({
  content: { 'application/json': { schema } },
  description,
});

export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});

const problemResponse = (description: string) => ({ content: { 'application/problem+json': { schema: Problem } }, description });

/** Error responses every authenticated route may give. */
export const errorResponses = {
  401: problemResponse('Not signed in'),
  403: problemResponse('Not permitted'),
  404: problemResponse('Not found (or not visible to you)'),
  422: problemResponse('Validation failed'),
} satisfies RouteConfig['responses'];

export const security = [{ session: [] }];

import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { ErrorCode, FieldIssue, FieldIssueCode } from '../../shared/errors';

/** An error with a stable code, answered as application/problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    readonly errors?: FieldIssue[],
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const conflict = (code: ErrorCode = 'conflict') => new AppError(409, code);
export const invalid = (path: string, code: FieldIssueCode) => new AppError(422, 'validation_failed', [{ path, code }]);

const titles: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export function problem(c: Context, status: ContentfulStatusCode, code: ErrorCode, errors?: FieldIssue[]) {
  const body = { type: `about:blank#${code}`, title: titles[status] ?? 'Error', status, code, ...(errors ? { errors } : {}) };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

/** The value at `path` in `input` (undefined when absent). */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Maps zod issues to field issues with stable codes; never echoes the input value. `input` (what
 * was validated) tells a missing field ("required") from one of the wrong type ("invalid_type").
 */
export function fieldIssues(error: ZodError, input?: unknown): FieldIssue[] {
  return error.issues.flatMap((issue): FieldIssue | FieldIssue[] => {
    const params = (issue as { params?: { code?: FieldIssueCode } }).params;
    let code: FieldIssueCode = params?.code ?? 'invalid';
    const missing = valueAt(input, issue.path) === undefined;
    if (!params?.code) {
      switch (issue.code) {
        case 'invalid_type':
          code = missing ? 'required' : 'invalid_type';
          break;
        case 'too_big':
          code = (issue as { origin?: string }).origin === 'string' || (issue as { origin?: string }).origin === 'array' ? 'too_long' : 'too_big';
          break;
        case 'too_small':
          code = (issue as { origin?: string }).origin === 'string' || (issue as { origin?: string }).origin === 'array' ? 'too_short' : 'too_small';
          break;
        case 'invalid_format':
          code = 'invalid_format';
          break;
        case 'invalid_value':
          code = missing ? 'required' : 'invalid_value';
          break;
        case 'unrecognized_keys':
          return (issue as { keys: string[] }).keys.map((k) => ({ path: [...issue.path, k].join('.'), code: 'unknown_field' as const }));
      }
    }
    return { path: issue.path.join('.'), code };
  });
}

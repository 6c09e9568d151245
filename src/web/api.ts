import type { ErrorCode, FieldIssue } from '../shared/errors';

/** An error answer from the API (application/problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | 'network_error';
  readonly errors: FieldIssue[];

  constructor(status: number, code: ErrorCode | 'network_error', errors: FieldIssue[] = []) {
    super(code);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.errors = errors;
  }

  /** The issue code for one field path (e.g. "alias", "course.unitId"), if any. */
  fieldError(path: string): string | undefined {
    return this.errors.find((e) => e.path === path)?.code;
  }
}

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called whenever the API answers 401 (the session ended): the app goes back to the login page. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

const BASE = '/api/v1';

async function request(method: string, path: string, body?: unknown): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(BASE + path, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network_error');
  }
  if (res.ok) return res;
  let code: ErrorCode = 'internal_error';
  let errors: FieldIssue[] = [];
  try {
    const problem = (await res.json()) as { code?: ErrorCode; errors?: FieldIssue[] };
    if (problem.code) code = problem.code;
    if (Array.isArray(problem.errors)) errors = problem.errors;
  } catch {
    // not a problem+json body: keep the generic code
  }
  const error = new ApiError(res.status, code, errors);
  const isLogin = path === '/auth/login';
  if (res.status === 401 && !isLogin) unauthorizedListeners.forEach((l) => l());
  throw error;
}

async function json<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await request(method, path, body);
  return (await res.json()) as T;
}

export const api = {
  get: <T>(path: string) => json<T>('GET', path),
  post: <T>(path: string, body?: unknown) => json<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => json<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => json<T>('PUT', path, body),
  delete: <T>(path: string) => json<T>('DELETE', path),
  /** A binary download (e.g. CSV) fetched with the session, never exposing query data in the page URL. */
  blob: async (path: string) => (await request('GET', path)).blob(),
};

/** Builds a query string from the non-empty values. */
export function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

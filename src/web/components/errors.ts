import type { TFunction } from 'i18next';
import { ApiError } from '../api';

/** The translated message for any error thrown by the API client. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return t(`errors.${error.code}`, { defaultValue: t('errors.internal_error') });
  return t('errors.internal_error');
}

export type ClientErrors = Record<string, string>;

/** The issue code for a field: client-side checks first, then the server's validation answer. */
export function fieldCode(path: string, client: ClientErrors, error: unknown): string | undefined {
  if (client[path]) return client[path];
  return error instanceof ApiError ? error.fieldError(path) : undefined;
}

/** True when an error is a 404 (not found or not visible: the same to the user). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.code === 'not_found');
}

export function isForbidden(error: unknown): boolean {
  return error instanceof ApiError && error.status === 403;
}

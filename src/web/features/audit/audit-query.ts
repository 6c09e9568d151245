import { query } from '../../api';
import type { AuditFilterValues } from './AuditFilters';

export const AUDIT_PAGE_SIZE = 50;

/** The query string for the API (never the page URL: it may hold a CPR number). */
export function auditQuery(filters: AuditFilterValues, page?: number): string {
  return query({ ...filters, page, pageSize: page ? AUDIT_PAGE_SIZE : undefined });
}

import { stringify } from 'csv-stringify/sync';
import type { z } from 'zod';
import { parseCpr } from '../../../shared/cpr';
import type { AuditAction, AuditQuery } from '../../../shared/schemas/audit';
import { inTransaction, type Scope } from '../../access/scope';
import { forbidden, invalid } from '../../http/problem';
import { citizenOrganisations, findCitizenIdsByCprHash, searchAudit, verifyChains, type AuditFilter } from './audit.repo';

type Query = z.infer<typeof AuditQuery>;

function auditorOrgs(scope: Scope) {
  const orgs = scope.access.organisationsWith('audit.read');
  if (orgs.length === 0) throw forbidden();
  return orgs;
}

async function filterOf(s: Scope, q: Query): Promise<AuditFilter> {
  const organisationIds = auditorOrgs(s);
  let citizenIds: string[] | undefined;
  if (q.cpr) {
    const parsed = parseCpr(q.cpr);
    if (!parsed) throw invalid('cpr', 'invalid_cpr');
    citizenIds = await findCitizenIdsByCprHash(s.db, organisationIds, s.cpr.hash(parsed.normalized));
  }
  if (q.citizenId) citizenIds = citizenIds ? citizenIds.filter((id) => id === q.citizenId) : [q.citizenId];
  return { organisationIds, citizenIds, userId: q.userId, from: q.from, to: q.to };
}

/** The auditor's own look-ups in the log are logged too, per citizen looked up. */
async function logLookup(s: Scope, f: AuditFilter, q: Query, action: 'audit.search' | 'audit.export', resultCount: number) {
  const criterion = { citizenId: q.citizenId ?? null, cpr: q.cpr ? '[cpr]' : null, userId: q.userId ?? null, from: q.from ?? null, to: q.to ?? null };
  const extra = action === 'audit.export' ? { format: 'csv' } : {};
  const citizens = await citizenOrganisations(s.db, f.citizenIds ?? []);
  await s.audit(
    citizens.length
      ? citizens.map((c) => ({ action, citizenId: c.id, organisationId: c.organisationId, context: { criterion, resultCount, ...extra } }) as never)
      : [{ action, citizenId: null, organisationId: f.organisationIds[0], context: { criterion, resultCount, ...extra } } as never],
  );
}

const toRow = (r: Awaited<ReturnType<typeof searchAudit>>['rows'][number]) => ({
  ...r,
  id: r.id.toString(),
  at: r.at.toISOString(),
  action: r.action as AuditAction,
});

export function findAuditRows(scope: Scope, q: Query) {
  return inTransaction(scope, async (s) => {
    const f = await filterOf(s, q);
    const { total, rows } = await searchAudit(s.db, f, { limit: q.pageSize, offset: (q.page - 1) * q.pageSize });
    await logLookup(s, f, q, 'audit.search', total);
    return { items: rows.map(toRow), total, page: q.page, pageSize: q.pageSize };
  });
}

const EXPORT_LIMIT = 100_000;

export function exportAuditCsv(scope: Scope, q: Query) {
  return inTransaction(scope, async (s) => {
    const f = await filterOf(s, q);
    const { total, rows } = await searchAudit(s.db, f, { limit: EXPORT_LIMIT, offset: 0 });
    await logLookup(s, f, q, 'audit.export', total);
    return stringify(
      rows.map(toRow).map((r) => [r.id, r.at, r.userId ?? '', r.userName ?? '', r.action, r.citizenId ?? '', r.courseId ?? '', JSON.stringify(r.context), r.clientAddress ?? '']),
      { header: true, columns: ['id', 'at', 'user_id', 'user_name', 'action', 'citizen_id', 'course_id', 'context', 'client_address'] },
    );
  });
}

export async function verifyAuditLog(scope: Scope) {
  const orgs = [...new Set([...scope.access.organisationsWith('audit.read'), ...scope.access.organisationsWith('admin.manage')])];
  if (orgs.length === 0) throw forbidden();
  const { checked, firstBroken } = await verifyChains(scope.db, orgs);
  return { ok: firstBroken === null, checked, firstBroken };
}

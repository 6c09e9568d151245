import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { Pagination } from '../../components/Pagination';
import type { AuditPageT } from '../../types';
import { useCan } from '../auth/me';
import { GrantsSection } from '../break-glass/GrantsSection';
import { AuditFilters, emptyFilters, type AuditFilterValues } from './AuditFilters';
import { AUDIT_PAGE_SIZE as PAGE_SIZE, auditQuery } from './audit-query';
import { AuditTable } from './AuditTable';
import { ExportButton } from './ExportButton';
import { VerifyLog } from './VerifyLog';

export function AuditPage() {
  const { t } = useTranslation();
  const allowed = useCan('audit.read');
  const [filters, setFilters] = useState<AuditFilterValues>(emptyFilters);
  const [page, setPage] = useState(1);
  const [users, setUsers] = useState<Map<string, string>>(new Map());
  const rows = useQuery({
    queryKey: ['audit', filters, page],
    queryFn: async () => {
      const data = await api.get<AuditPageT>(`/audit${auditQuery(filters, page)}`);
      // Remember who appears in the log, for the user filter.
      setUsers((prev) => {
        const next = new Map(prev);
        for (const r of data.items) if (r.userId && r.userName) next.set(r.userId, r.userName);
        return next.size === prev.size ? prev : next;
      });
      return data;
    },
    enabled: allowed,
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
      {!allowed ? (
        <p className="alert alert-info">{t('errors.forbidden')}</p>
      ) : (
        <>
          <p>{t('audit.intro')}</p>
          <VerifyLog />
          <AuditFilters
            users={users}
            onApply={(f) => {
              setFilters(f);
              setPage(1);
            }}
          />
          <ExportButton filters={filters} />
          {rows.isPending ? <Loading /> : null}
          <ErrorAlert error={rows.error} />
          {rows.data ? (
            <>
              <p role="status" className="result-count">
                {t('common.total', { count: rows.data.total })}
              </p>
              {rows.data.items.length > 0 ? <AuditTable rows={rows.data.items} /> : <p>{t('audit.empty')}</p>}
              <Pagination page={page} pageSize={PAGE_SIZE} total={rows.data.total} onPage={setPage} />
            </>
          ) : null}
          <GrantsSection />
        </>
      )}
    </>
  );
}

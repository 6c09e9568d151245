import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import type { AuditFilterValues } from './AuditFilters';
import { auditQuery } from './audit-query';

/**
 * Downloads the CSV through fetch and a Blob, so the filters (possibly a CPR number) never appear in
 * a link, the page URL or the browser history.
 */
export function ExportButton({ filters }: { filters: AuditFilterValues }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const blob = await api.blob(`/audit/export${auditQuery(filters)}`);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = `adgangslog-${new Date().toISOString().slice(0, 10)}.csv`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDone(t('audit.exported'));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="export">
      <button type="button" className="button-secondary" onClick={() => void download()} disabled={busy}>
        {busy ? t('audit.exporting') : t('audit.export')}
      </button>
      <ErrorAlert error={error} />
      <StatusMessage message={done} />
    </div>
  );
}

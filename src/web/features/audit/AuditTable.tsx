import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { AuditRowT } from '../../types';

function contextText(context: Record<string, unknown>): string {
  return Object.entries(context)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('; ');
}

export function AuditTable({ rows }: { rows: AuditRowT[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table stack-on-phone audit-table">
        <caption className="visually-hidden">{t('audit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.user')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.citizen')}</th>
            <th scope="col">{t('audit.context')}</th>
            <th scope="col">{t('audit.address')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row" data-label={t('audit.at')}>
                <time dateTime={r.at}>{formatDateTime(r.at)}</time>
              </th>
              <td data-label={t('audit.user')}>{r.userName ?? t('common.none')}</td>
              <td data-label={t('audit.action')}>{t(`audit.actions.${r.action}`, { defaultValue: r.action })}</td>
              <td data-label={t('audit.citizen')} className="mono">
                {r.citizenId ?? t('common.none')}
              </td>
              <td data-label={t('audit.context')} className="context-cell">
                {contextText(r.context) || t('common.none')}
              </td>
              <td data-label={t('audit.address')}>{r.clientAddress ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

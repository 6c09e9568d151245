import { useTranslation } from 'react-i18next';
import { inboundSources } from '../../../shared/inbound-sources';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { todayLocal } from '../../format';
import { useInboundStats, type InboundStatsMonth } from '../outreach/queries';

const MONTHS = 12;

/** The last `n` months as yyyy-mm, oldest first, filled with zeros where nothing came in. */
function fillMonths(data: InboundStatsMonth[], n: number): InboundStatsMonth[] {
  const [y, m] = todayLocal().split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    return data.find((x) => x.month === key) ?? { month: key, bySource: {}, total: 0 };
  });
}

/** Inbound referrals by source, month by month, as an accessible table. */
export function InboundStatsTable({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const stats = useInboundStats(unitId, MONTHS);
  const month = (key: string) => {
    const [y, m] = key.split('-');
    return `${t(`months.${Number(m)}`)} ${y}`;
  };
  return (
    <section className="section inbound-stats" aria-labelledby={`stats-${unitId}`}>
      <h2 id={`stats-${unitId}`}>{t('inboundStats.title', { unit: unitName })}</h2>
      {stats.isPending ? <Loading /> : null}
      <ErrorAlert error={stats.error} />
      {stats.data ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('inboundStats.caption', { unit: unitName })}>
          <table className="data-table stats-table">
            <caption>{t('inboundStats.caption', { unit: unitName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inboundStats.month')}</th>
                {inboundSources.map((s) => (
                  <th scope="col" key={s}>
                    {t(`inbound.sources.${s}`)}
                  </th>
                ))}
                <th scope="col">{t('inboundStats.total')}</th>
              </tr>
            </thead>
            <tbody>
              {fillMonths(stats.data, MONTHS).map((row) => (
                <tr key={row.month}>
                  <th scope="row">{month(row.month)}</th>
                  {inboundSources.map((s) => (
                    <td key={s} className="num">
                      {row.bySource[s] ?? 0}
                    </td>
                  ))}
                  <td className="num">
                    <strong>{row.total}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

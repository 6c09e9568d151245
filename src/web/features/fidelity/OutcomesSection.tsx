import './outcomes.css';
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Outcomes } from '../../../shared/schemas/measurements';
import { api, query } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { isForbidden } from '../../components/errors';

type OutcomesT = z.infer<typeof Outcomes>;
type ChangeT = OutcomesT['change'][number];

const goalStatuses = ['active', 'achieved', 'paused', 'dropped'] as const;

/** improved / unchanged / worsened as one bar; the numbers beside it carry the same information. */
function DistributionBar({ row }: { row: ChangeT }) {
  const total = row.improved + row.unchanged + row.worsened;
  if (total === 0) return null;
  const part = (n: number) => `${(n / total) * 100}%`;
  return (
    <div className="outcome-bar" aria-hidden="true">
      {row.improved ? <span className="outcome-bar-improved" style={{ width: part(row.improved) }} /> : null}
      {row.unchanged ? <span className="outcome-bar-unchanged" style={{ width: part(row.unchanged) }} /> : null}
      {row.worsened ? <span className="outcome-bar-worsened" style={{ width: part(row.worsened) }} /> : null}
    </div>
  );
}

/**
 * Resultater: what a unit's work leads to, for its leader — how often sessions get the citizen's
 * feedback, how the citizens measured at least twice have changed, and the goals by status. Counts only.
 */
export function OutcomesSection({ unitId }: { unitId: string }) {
  const { t, i18n } = useTranslation();
  const outcomes = useQuery({
    queryKey: ['outcomes', unitId],
    queryFn: () => api.get<OutcomesT>(`/outcomes${query({ unitId })}`),
    enabled: Boolean(unitId),
  });
  if (isForbidden(outcomes.error)) return null;
  const o = outcomes.data;
  const number = (n: number) => n.toLocaleString(i18n.language, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const name = (n: { da: string; en: string }) => (i18n.language === 'en' ? n.en : n.da);
  return (
    <section aria-labelledby="outcomes-heading" className="section outcomes-section">
      <h2 id="outcomes-heading">{t('outcomes.title')}</h2>
      <p>{t('outcomes.intro')}</p>
      {outcomes.isPending ? <Loading /> : null}
      <ErrorAlert error={outcomes.error} />
      {o ? (
        <>
          <h3>{t('outcomes.sessions.title')}</h3>
          <p className="outcome-figure">
            {o.sessions.share === null
              ? t('outcomes.sessions.none')
              : t('outcomes.sessions.share', { percent: Math.round(o.sessions.share * 100), withFeedback: o.sessions.withFeedback, total: o.sessions.total })}
          </p>
          <p className="hint">{t('outcomes.sessions.definition')}</p>

          <h3>{t('outcomes.change.title')}</h3>
          {o.change.length === 0 ? (
            <p className="muted">{t('outcomes.change.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="data-table outcomes-table">
                <caption>{t('outcomes.change.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('outcomes.change.instrument')}</th>
                    <th scope="col">{t('outcomes.change.citizens')}</th>
                    <th scope="col">{t('outcomes.change.distribution')}</th>
                    <th scope="col">{t('outcomes.change.median')}</th>
                  </tr>
                </thead>
                <tbody>
                  {o.change.map((row) => (
                    <tr key={row.instrument}>
                      <th scope="row">{name(row.name)}</th>
                      <td>{row.citizens}</td>
                      <td>
                        <DistributionBar row={row} />
                        <ul className="plain-list outcome-counts">
                          <li>
                            <span className="outcome-key outcome-bar-improved" aria-hidden="true" />
                            {t('outcomes.change.improved', { count: row.improved })}
                          </li>
                          <li>
                            <span className="outcome-key outcome-bar-unchanged" aria-hidden="true" />
                            {t('outcomes.change.unchanged', { count: row.unchanged })}
                          </li>
                          <li>
                            <span className="outcome-key outcome-bar-worsened" aria-hidden="true" />
                            {t('outcomes.change.worsened', { count: row.worsened })}
                          </li>
                        </ul>
                      </td>
                      <td>
                        {row.medianChange === null ? t('outcomes.change.noMedian') : number(row.medianChange)}
                        <div className="hint">{t('outcomes.change.reliableChange', { value: row.reliableChange.toLocaleString(i18n.language) })}</div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="hint">{t('outcomes.change.definition')}</p>

          <h3>{t('outcomes.goals.title')}</h3>
          {o.goals.total === 0 ? (
            <p className="muted">{t('outcomes.goals.none')}</p>
          ) : (
            <dl className="details-list details-compact outcome-goals">
              {goalStatuses.map((s) => (
                <div key={s}>
                  <dt>{t(`goalStatuses.${s}`)}</dt>
                  <dd>{o.goals[s]}</dd>
                </div>
              ))}
              <div>
                <dt>{t('outcomes.goals.total')}</dt>
                <dd>{o.goals.total}</dd>
              </div>
            </dl>
          )}
        </>
      ) : null}
    </section>
  );
}

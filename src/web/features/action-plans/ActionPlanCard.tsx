import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { ActionPlanT } from '../../types';
import { ActionPlanContent } from './ActionPlanContent';
import { actionPlanPdfUrl } from './queries';

type Props = { plan: ActionPlanT; canWrite: boolean; onRevise: () => void };

/** A plan: its current version, where it was shared, its earlier versions and the PDF. */
export function ActionPlanCard({ plan: p, canWrite, onRevise }: Props) {
  const { t } = useTranslation();
  const headingId = `action-plan-${p.id}`;
  const older = p.versions.filter((v) => v.version !== p.current.version).sort((a, b) => b.version - a.version);
  return (
    <article className="card action-plan" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {t('actionPlans.planTitle', { organisation: p.organisation.name, version: p.current.version })}
      </h3>
      {p.view === 'shared' ? <p className="alert alert-info">{t('actionPlans.sharedView')}</p> : null}
      <ActionPlanContent version={p.current} view={p.view} />
      {p.shares.length > 0 ? (
        <details>
          <summary>{t('actionPlans.shares', { count: p.shares.length })}</summary>
          <ul className="plain-list history-list">
            {p.shares.map((s, i) => (
              <li key={i}>
                {t('actionPlans.shareEntry', {
                  with: s.sharedWith,
                  sections: s.sections.map((x) => t(`actionPlans.sections.${x}`)).join(', '),
                  version: s.version,
                  time: formatDateTime(s.at),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {older.length > 0 ? (
        <details className="plan-history">
          <summary>{t('actionPlans.history', { count: older.length })}</summary>
          <ol className="plain-list">
            {older.map((v) => (
              <li key={v.version} className="card plan-version">
                <ActionPlanContent version={v} view={p.view} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      <div className="action-row">
        <a className="button-secondary" href={actionPlanPdfUrl(p.id)} download>
          {t('actionPlans.pdf')}
          <span className="visually-hidden"> – {t('actionPlans.planTitle', { organisation: p.organisation.name, version: p.current.version })}</span>
        </a>
        {canWrite && p.view === 'full' ? (
          <button type="button" className="button-secondary" onClick={onRevise}>
            {t('actionPlans.revise')}
          </button>
        ) : null}
      </div>
    </article>
  );
}

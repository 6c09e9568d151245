import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import type { MotivationListT } from './types';

/** Earlier motivation (acted on or expired), folded away further down the page. */
export function MotivationHistory({ motivation }: { motivation: MotivationListT | null | undefined }) {
  const { t } = useTranslation();
  const earlier = (motivation?.items ?? []).filter((m) => m.status !== 'open');
  if (!motivation) return null;
  return (
    <section aria-labelledby="motivation-history-heading" className="section">
      <h2 id="motivation-history-heading">{t('resident.motivation.historyTitle')}</h2>
      {earlier.length === 0 ? (
        <p className="muted">{t('resident.motivation.historyNone')}</p>
      ) : (
        <details className="motivation-history">
          <summary>{t('resident.motivation.historyShow', { count: earlier.length })}</summary>
          <ul className="plain-list card-list">
            {earlier.map((m) => (
              <li key={m.id} className="card motivation-earlier">
                <p className="motivation-earlier-what">{m.what}</p>
                <p className="muted">{t('resident.motivation.noticed', { date: formatDate(m.noticedOn), by: m.noticedBy })}</p>
                {m.actedOn ? (
                  <p>
                    <span className="badge badge-active">{t('resident.motivation.status.acted_on')}</span>{' '}
                    {t('resident.motivation.actedOnBy', { at: formatDateTime(m.actedOn.at), by: m.actedOn.by.displayName })}
                    <span className="pre-wrap motivation-acted-note"> {m.actedOn.note}</span>
                  </p>
                ) : (
                  <p>
                    <span className="badge">{t(`resident.motivation.status.${m.status}`)}</span> {t('resident.motivation.expiredOn', { date: formatDate(m.expiresOn) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

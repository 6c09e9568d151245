import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, todayLocal } from '../../format';
import type { HandoverT } from './types';

/** For the whole residence: the episodes since the last shift (and whether debriefed), follow-up actions due, today's activities. */
export function HandoverUnitSection({ handover: h }: { handover: HandoverT }) {
  const { t } = useTranslation();
  const staff = h.view === 'staff';
  const today = todayLocal();
  return (
    <section aria-labelledby="handover-unit-heading" className="section handover-unit">
      <h2 id="handover-unit-heading">{t('handover.unit.title')}</h2>
      <div className="handover-unit-parts">
        {staff ? (
          <section aria-labelledby="handover-episodes-heading" className="card handover-part">
            <h3 id="handover-episodes-heading">{t('handover.unit.episodes', { count: h.episodes.length })}</h3>
            {h.episodes.length === 0 ? (
              <p className="muted">{t('handover.unit.noEpisodes')}</p>
            ) : (
              <ul className="plain-list handover-list">
                {h.episodes.map((e) => (
                  <li key={e.id}>
                    <strong>{t(`handover.episodeTypes.${e.type}`)}</strong> · {t(`handover.severities.${e.severity}`)} · {e.location} · {formatDateTime(e.occurredAt)}{' '}
                    <span className={`badge ${e.debriefed ? 'badge-active' : 'badge-today'}`}>{e.debriefed ? t('handover.unit.debriefed') : t('handover.unit.notDebriefed')}</span>
                  </li>
                ))}
              </ul>
            )}
            <Link to="/residence/$unitId/episodes" params={{ unitId: h.unitId }}>
              {t('handover.toEpisodes')}
            </Link>
          </section>
        ) : null}
        {staff ? (
          <section aria-labelledby="handover-actions-heading" className="card handover-part">
            <h3 id="handover-actions-heading">{t('handover.unit.actions', { count: h.actionsDue.length })}</h3>
            {h.actionsDue.length === 0 ? (
              <p className="muted">{t('handover.unit.noActions')}</p>
            ) : (
              <ul className="plain-list handover-list">
                {h.actionsDue.map((a) => (
                  <li key={a.id}>
                    {a.text} <span className="muted">· {t('handover.unit.owner', { owner: a.owner.displayName })}</span>{' '}
                    <span className={`badge ${a.dueDate < today ? 'badge-overdue' : 'badge-today'}`}>
                      {a.dueDate < today ? t('handover.overdueSince', { date: formatDate(a.dueDate) }) : a.dueDate === today ? t('handover.dueToday') : t('handover.dueTomorrow')}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <section aria-labelledby="handover-activities-heading" className="card handover-part">
          <h3 id="handover-activities-heading">{t('handover.unit.activities', { count: h.activitiesToday.length })}</h3>
          {h.activitiesToday.length === 0 ? (
            <p className="muted">{t('handover.unit.noActivities')}</p>
          ) : (
            <ul className="plain-list handover-list">
              {h.activitiesToday.map((a) => (
                <li key={a.id}>
                  <strong>{formatDateTime(a.startsAt).slice(-5)}</strong> {a.title} <span className="muted">· {a.place}</span>
                </li>
              ))}
            </ul>
          )}
          <Link to="/residence/$unitId/activities" params={{ unitId: h.unitId }}>
            {t('handover.toActivities')}
          </Link>
        </section>
      </div>
    </section>
  );
}

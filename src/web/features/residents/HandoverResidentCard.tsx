import { useRef } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, todayLocal } from '../../format';
import { daysBetween } from './handover-since';
import { FollowUpBadge } from './HarmReductionView';
import { MotivationItem } from './MotivationItem';
import type { HandoverResidentT } from './types';

type Props = { unitId: string; resident: HandoverResidentT; onActedOn: (message: string) => void };

/** A due date in words: overdue, today, or the date. */
function DueBadge({ date }: { date: string }) {
  const { t } = useTranslation();
  const today = todayLocal();
  if (date < today) return <span className="badge badge-overdue">{t('handover.overdueSince', { date: formatDate(date) })}</span>;
  if (date === today) return <span className="badge badge-today">{t('handover.dueToday')}</span>;
  return <span className="badge">{t('handover.dueOn', { date: formatDate(date) })}</span>;
}

/** One resident at the handover: what happened since the last shift, and what is waiting. */
export function HandoverResidentCard({ unitId, resident: r, onActedOn }: Props) {
  const { t } = useTranslation();
  const id = (n: string) => `handover-${r.citizen.id}-${n}`;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const quietDays = r.lastActivity ? daysBetween(r.lastActivity, todayLocal()) : null;
  const nothingNew = r.notes.length === 0 && r.episodes.length === 0 && r.motivation.length === 0 && r.goalsDue.length === 0 && !r.harmReductionFollowUp && r.openRequests === 0;
  return (
    <article className={`card handover-resident ${r.episodes.length ? 'handover-has-episode' : ''}`} aria-labelledby={id('name')}>
      <h3 id={id('name')} ref={headingRef} tabIndex={-1}>
        <Link to="/citizens/$citizenId" params={{ citizenId: r.citizen.id }}>
          {r.citizen.displayName}
        </Link>
      </h3>
      <p className="handover-activity">
        {r.quiet ? (
          <span className="badge badge-stale">{quietDays === null ? t('handover.quietNever') : t('handover.quietDays', { count: quietDays })}</span>
        ) : null}{' '}
        {r.lastActivity ? <span className="muted">{t('handover.lastActivity', { date: formatDate(r.lastActivity) })}</span> : null}
        {!r.lastActivity && !r.quiet ? <span className="muted">{t('handover.noActivity')}</span> : null}
      </p>
      {nothingNew ? <p className="muted">{t('handover.nothingNew')}</p> : null}

      {r.episodes.length > 0 ? (
        <section aria-labelledby={id('episodes')} className="handover-part">
          <h4 id={id('episodes')}>{t('handover.resident.episodes', { count: r.episodes.length })}</h4>
          <ul>
            {r.episodes.map((e) => (
              <li key={e.id}>
                <strong>{t(`handover.episodeTypes.${e.type}`)}</strong> · {t(`handover.severities.${e.severity}`)} · {e.location} · {formatDateTime(e.occurredAt)}
              </li>
            ))}
          </ul>
          <Link to="/residence/$unitId/episodes" params={{ unitId }}>
            {t('handover.toEpisodes')}
          </Link>
        </section>
      ) : null}

      {r.motivation.length > 0 ? (
        <section aria-labelledby={id('motivation')} className="handover-part">
          <h4 id={id('motivation')}>{t('handover.resident.motivation')}</h4>
          <ul className="plain-list motivation-list">
            {r.motivation.map((m) => (
              <li key={m.id}>
                <MotivationItem entry={m} idPrefix="handover" headingLevel={5} onActedOn={() => {
                    onActedOn(t('handover.actedOnSaved', { name: r.citizen.displayName }));
                    headingRef.current?.focus();
                  }} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {r.notes.length > 0 ? (
        <section aria-labelledby={id('notes')} className="handover-part">
          <h4 id={id('notes')}>{t('handover.resident.notes', { count: r.notes.length })}</h4>
          <ol className="plain-list handover-notes">
            {r.notes.map((n) => (
              <li key={n.id}>
                <p className="note-meta">
                  <span className="note-author">{n.author.displayName}</span> · {formatDateTime(n.occurredAt)}
                </p>
                <p className="pre-wrap note-text">{n.text}</p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {r.goalsDue.length > 0 || r.harmReductionFollowUp || r.openRequests > 0 ? (
        <section aria-labelledby={id('due')} className="handover-part">
          <h4 id={id('due')}>{t('handover.resident.due')}</h4>
          <ul>
            {r.goalsDue.map((g) => (
              <li key={g.id}>
                {t('handover.goalDue', { goal: g.text })} <DueBadge date={g.reviewDate} />
              </li>
            ))}
            {r.harmReductionFollowUp ? (
              <li>
                {t('handover.harmFollowUp', { date: formatDate(r.harmReductionFollowUp) })} <FollowUpBadge date={r.harmReductionFollowUp} />
              </li>
            ) : null}
            {r.openRequests > 0 ? <li>{t('handover.openRequests', { count: r.openRequests })}</li> : null}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

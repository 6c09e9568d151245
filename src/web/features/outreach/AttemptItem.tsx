import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { ContactAttemptT } from '../../types';
import { usePlaceName } from '../places/queries';

const contact = ['brief_contact', 'conversation', 'meeting_agreed'];

/** One contact attempt in the course timeline. */
export function AttemptItem({ attempt: a }: { attempt: ContactAttemptT }) {
  const { t } = useTranslation();
  const method = t(`attemptMethods.${a.method}`);
  const registered = usePlaceName()(null, a.placeId);
  const place = [a.place, registered].filter((p, i, all): p is string => Boolean(p) && all.indexOf(p) === i).join(' · ');
  return (
    <article className="note attempt" aria-label={t('attempts.itemLabel', { method, time: formatDateTime(a.at) })}>
      <header className="note-meta">
        <span className="attempt-method">{method}</span>
        <time dateTime={a.at}>{formatDateTime(a.at)}</time>
        <span className={`badge ${contact.includes(a.outcome) ? 'badge-active' : 'badge-outcome'}`}>
          {t(`attemptOutcomes.${a.outcome}`)}
        </span>
      </header>
      <dl className="attempt-details">
        {place ? (
          <div>
            <dt>{t('attempts.place')}</dt>
            <dd>{place}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('attempts.participants')}</dt>
          <dd>{a.participants.map((p) => p.displayName).join(', ')}</dd>
        </div>
        {a.signsOfLife.length > 0 ? (
          <div>
            <dt>{t('attempts.signs')}</dt>
            <dd>{a.signsOfLife.map((s) => t(`signsOfLife.${s}`)).join(', ')}</dd>
          </div>
        ) : null}
        {a.nextPlannedAt ? (
          <div>
            <dt>{t('attempts.next')}</dt>
            <dd>{formatDateTime(a.nextPlannedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {a.observed ? <p className="note-text pre-wrap">{a.observed}</p> : null}
    </article>
  );
}

import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { formatDate } from '../../format';
import { useDue } from '../outreach/queries';
import { DueList } from './DueList';

/** The worker's reminders: overdue and today's contacts, then retention checks on referrals. */
export function DueSection() {
  const { t } = useTranslation();
  const due = useDue();
  return (
    <>
      <section aria-labelledby="due-heading" className="section due-section">
        <h2 id="due-heading">{t('due.title')}</h2>
        {due.isPending ? <Loading /> : null}
        <ErrorAlert error={due.error} />
        {due.data?.items.length === 0 ? <p className="muted">{t('due.none')}</p> : null}
        {due.data && due.data.items.length > 0 ? <DueList items={due.data.items} /> : null}
      </section>
      {due.data && due.data.referralChecks.length > 0 ? (
        <section aria-labelledby="checks-heading" className="section">
          <h2 id="checks-heading">{t('due.checksTitle')}</h2>
          <ul className="plain-list due-list">
            {due.data.referralChecks.map((c) => (
              <li key={`${c.referralId}-${c.check}`} className="due-item due-today">
                <Link to="/citizens/$citizenId" params={{ citizenId: c.citizenId }} className="due-name">
                  {c.displayName}
                </Link>
                <span className="badge badge-today">{t(`due.check.${c.check}`)}</span>
                <span className="due-meta">{t('due.checkMeta', { offer: c.offerName, date: formatDate(c.due) })}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

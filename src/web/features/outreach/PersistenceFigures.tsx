import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate } from '../../format';
import type { SummaryT } from '../../types';

/** Makes persistence visible: how many attempts, for how long, and whether the next one is overdue. */
export function PersistenceFigures({ summary, error, active }: { summary: SummaryT | undefined; error: unknown; active: boolean }) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (!summary) return null;
  const days = (n: number | null) => (n === null ? t('common.none') : t('summary.days', { count: n }));
  return (
    <div className="persistence">
      {active && summary.overdue ? (
        <p className="alert alert-error due-warning" role="note">
          <strong>{t('due.overdueBy', { count: summary.daysOverdue })}</strong> {t('summary.shouldHaveBeen', { date: formatDate(summary.nextDue) })}
        </p>
      ) : null}
      {active && summary.dueToday ? (
        <p className="alert alert-warning due-warning" role="note">
          <strong>{t('due.today')}</strong>
        </p>
      ) : null}
      <dl className="figures">
        <div>
          <dt>{t('summary.attempts')}</dt>
          <dd data-testid="attempt-count">{summary.attempts}</dd>
        </div>
        <div>
          <dt>{t('summary.sinceFirst')}</dt>
          <dd>{days(summary.daysSinceFirstAttempt)}</dd>
        </div>
        <div>
          <dt>{t('summary.sinceLast')}</dt>
          <dd>{days(summary.daysSinceLastAttempt)}</dd>
        </div>
        <div>
          <dt>{t('summary.untilContact')}</dt>
          <dd>{summary.attemptsUntilFirstContact ?? t('summary.noContactYet')}</dd>
        </div>
        <div>
          <dt>{t('summary.nextDue')}</dt>
          <dd>{summary.nextDue ? formatDate(summary.nextDue) : t('summary.noCadence')}</dd>
        </div>
      </dl>
    </div>
  );
}

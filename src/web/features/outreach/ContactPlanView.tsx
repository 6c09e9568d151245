import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { ContactPlanT } from '../../types';

/** Seed 000's four questions with the plan's answers. */
export function ContactPlanView({ plan }: { plan: ContactPlanT }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="plan-questions">
        <div>
          <dt>{t('plan.where')}</dt>
          <dd className="pre-wrap">{plan.where}</dd>
        </div>
        <div>
          <dt>{t('plan.how')}</dt>
          <dd className="pre-wrap">{plan.how}</dd>
        </div>
        <div>
          <dt>{t('plan.often')}</dt>
          <dd>{t('plan.cadence', { count: plan.cadenceDays })}</dd>
        </div>
        <div>
          <dt>{t('plan.keep')}</dt>
          <dd className="pre-wrap">{plan.keepContact || t('plan.notAnswered')}</dd>
        </div>
      </dl>
      <p className="muted plan-meta">
        {t('plan.meta', {
          version: plan.version,
          authors: plan.authors.map((a) => a.displayName).join(', '),
          time: formatDateTime(plan.createdAt),
        })}
      </p>
      {plan.comment ? <p className="pre-wrap plan-comment">{t('plan.commentShown', { comment: plan.comment })}</p> : null}
    </>
  );
}

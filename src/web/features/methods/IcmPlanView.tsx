import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import type { IcmPlanT } from './queries';

/** One written ICM plan; the coordinating case manager first and prominent, and a notice when the review is overdue. */
export function IcmPlanView({ plan }: { plan: IcmPlanT }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="icm-coordinator">
        <span className="icm-coordinator-label">{t('icmPlan.coordinator')}</span>{' '}
        <strong className="icm-coordinator-name">{plan.coordinator?.displayName ?? t('icmPlan.noCoordinator')}</strong>
      </p>
      {plan.reviewOverdue ? (
        <p className="alert alert-warning" role="note">
          <strong>{t('icmPlan.reviewOverdue', { date: formatDate(plan.reviewDate) })}</strong>
        </p>
      ) : null}
      <dl className="details-list details-compact">
        <div className="details-wide">
          <dt>{t('icmPlan.purpose')}</dt>
          <dd className="pre-wrap">{plan.purpose ?? t('common.none')}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('icmPlan.dailySupport')}</dt>
          <dd className="pre-wrap">{plan.dailySupport ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('icmPlan.reviewDate')}</dt>
          <dd>{formatDate(plan.reviewDate)}</dd>
        </div>
      </dl>
      <h5>{t('icmPlan.services')}</h5>
      {plan.services.length === 0 ? (
        <p className="muted">{t('icmPlan.noServices')}</p>
      ) : (
        <ul className="plain-list icm-services">
          {plan.services.map((s, i) => (
            <li key={`${s.name}-${i}`} className="icm-service">
              <strong>{s.name}</strong>
              <p className="pre-wrap">{s.agreed}</p>
              {s.contact ? <p className="muted">{t('icmPlan.serviceContactText', { contact: s.contact })}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <p className="muted plan-meta">
        {plan.by && plan.at ? t('icmPlan.meta', { version: plan.version, name: plan.by.displayName, time: formatDateTime(plan.at) }) : t('icmPlan.version', { version: plan.version })}
      </p>
    </>
  );
}

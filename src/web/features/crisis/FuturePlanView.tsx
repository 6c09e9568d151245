import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { FuturePlanT } from '../../types';
import { futurePlanFields } from './future-plan';

type Version = NonNullable<FuturePlanT['current']>;

/** One version of the future plan, written with (or for) the citizen. */
export function FuturePlanView({ plan }: { plan: Version }) {
  const { t } = useTranslation();
  return (
    <>
      <dl className="plan-questions">
        {futurePlanFields.map((k) => (
          <div key={k}>
            <dt>{t(`crisis.futurePlan.fields.${k}`)}</dt>
            <dd className="pre-wrap">{plan[k] || t('crisis.futurePlan.notAnswered')}</dd>
          </div>
        ))}
      </dl>
      <p className="muted plan-meta">
        {t('crisis.futurePlan.meta', { version: plan.version, name: plan.by.displayName, time: formatDateTime(plan.at) })} ·{' '}
        {plan.writtenWithCitizen ? t('crisis.futurePlan.withCitizen') : t('crisis.futurePlan.notWithCitizen')}
      </p>
    </>
  );
}

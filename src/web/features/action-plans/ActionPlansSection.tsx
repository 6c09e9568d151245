import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { isForbidden } from '../../components/errors';
import type { ActionPlanT } from '../../types';
import { useCan } from '../auth/me';
import { ActionPlanCard } from './ActionPlanCard';
import { ActionPlanForm } from './ActionPlanForm';
import { useActionPlans } from './queries';

type Editing = { plan: ActionPlanT | null } | null;

/** §141 action plans (handleplan) for the citizen, with versions, sharing and a PDF. */
export function ActionPlansSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const canWrite = useCan('actionPlan.write');
  const plans = useActionPlans(citizenId);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  if (isForbidden(plans.error)) return null;
  const open = (plan: ActionPlanT | null) => {
    setStatus(null);
    setEditing({ plan });
  };
  return (
    <section aria-labelledby="action-plans-heading" className="section">
      <h2 id="action-plans-heading">{t('actionPlans.title')}</h2>
      <p className="muted">{t('actionPlans.intro')}</p>
      <StatusMessage message={status} />
      {plans.isPending ? <Loading /> : null}
      <ErrorAlert error={plans.error} />
      {plans.data?.length === 0 && !editing ? <p className="muted">{t('actionPlans.none')}</p> : null}
      {plans.data && plans.data.length > 0 ? (
        <ul className="card-list card-list-wide">
          {plans.data.map((p) => (
            <li key={p.id}>
              {editing?.plan?.id === p.id ? null : <ActionPlanCard plan={p} canWrite={canWrite} onRevise={() => open(p)} />}
              {editing?.plan?.id === p.id ? (
                <ActionPlanForm
                  citizenId={citizenId}
                  plan={p}
                  onDone={(saved) => {
                    setEditing(null);
                    setStatus(saved ? t('actionPlans.savedVersion') : null);
                  }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {editing && editing.plan === null ? (
        <ActionPlanForm
          citizenId={citizenId}
          plan={null}
          onDone={(saved) => {
            setEditing(null);
            setStatus(saved ? t('actionPlans.saved') : null);
          }}
        />
      ) : null}
      {canWrite && !editing && plans.data ? (
        <button type="button" className="button-secondary" onClick={() => open(null)}>
          {t('actionPlans.create')}
        </button>
      ) : null}
    </section>
  );
}

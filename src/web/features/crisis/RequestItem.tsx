import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import type { CrisisRequestT } from '../../types';
import { can, useMe } from '../auth/me';
import { memberOf } from './access';
import { DecisionForm } from './DecisionForm';
import { PickupForm } from './PickupForm';
import { refreshCrisis } from './queries';
import { RequestDetails } from './RequestDetails';

type Open = 'decision' | 'pickup' | 'withdraw' | null;

/** One request to the crisis center, with what each side may do next. */
export function RequestItem({ request: r, onStatus }: { request: CrisisRequestT; onStatus: (message: string) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState<Open>(null);
  const center = memberOf(me, r.crisisCenter.id);
  const mentor = memberOf(me, r.municipality.id) && can(me, 'crisis.mentor');
  const canPickup = (center || mentor) && r.status === 'admitted' && !r.pickup?.arrivedAt;
  const done = (message: string | null) => {
    setOpen(null);
    if (message) onStatus(message);
  };
  const headingId = `request-${r.id}`;
  const citizenLink = mentor || (center && r.stayCourseId);
  return (
    <article className="card crisis-request" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {r.citizen.displayName}
        {r.citizen.birthYear ? <span className="muted"> ({t('crisis.request.born', { year: r.citizen.birthYear })})</span> : null}{' '}
        <span className={`badge ${r.status === 'admitted' ? 'badge-active' : r.status === 'requested' ? 'badge-today' : 'badge-disabled'}`}>{t(`crisis.requestStatus.${r.status}`)}</span>
      </h3>
      {r.citizen.description ? <p className="pre-wrap muted">{r.citizen.description}</p> : null}
      <RequestDetails request={r} />
      {citizenLink ? (
        <p>
          <Link to="/citizens/$citizenId" params={{ citizenId: r.citizen.id }}>
            {t('crisis.request.openCitizen')}
          </Link>
        </p>
      ) : null}
      {open === null ? (
        <div className="action-row">
          {center && r.status === 'requested' ? (
            <button type="button" className="button-primary" onClick={() => setOpen('decision')}>
              {t('crisis.decision.title')}
            </button>
          ) : null}
          {canPickup ? (
            <button type="button" className={r.pickup ? 'button-secondary' : 'button-primary'} onClick={() => setOpen('pickup')}>
              {r.pickup ? t('crisis.pickup.update') : t('crisis.pickup.title')}
            </button>
          ) : null}
          {mentor && r.status === 'requested' ? (
            <button type="button" className="button-secondary" onClick={() => setOpen('withdraw')}>
              {t('crisis.withdraw.open')}
            </button>
          ) : null}
        </div>
      ) : null}
      {open === 'decision' ? <DecisionForm request={r} onDone={done} /> : null}
      {open === 'pickup' ? <PickupForm request={r} onDone={done} /> : null}
      {open === 'withdraw' ? <WithdrawConfirm request={r} onDone={done} /> : null}
    </article>
  );
}

function WithdrawConfirm({ request, onDone }: { request: CrisisRequestT; onDone: (message: string | null) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => api.post<CrisisRequestT>(`/crisis-requests/${encodeURIComponent(request.id)}/withdraw`, {}),
    onSuccess: async () => {
      await refreshCrisis(queryClient);
      onDone(t('crisis.withdraw.done'));
    },
  });
  return (
    <div className="form-inset card">
      <p>{t('crisis.withdraw.confirmText', { center: request.crisisCenter.name })}</p>
      <ErrorAlert error={withdraw.error} />
      <div className="action-row">
        <button type="button" className="button-danger" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
          {t('crisis.withdraw.confirm')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}

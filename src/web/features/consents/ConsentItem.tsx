import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import type { ConsentT } from '../../types';
import { bridgingKeys } from '../referrals/queries';

/** One consent or legal basis: what, to/from whom, why, how, for how long, and whether it is valid now. */
export function ConsentItem({ consent: c, canEdit, onWithdrawn }: { consent: ConsentT; canEdit: boolean; onWithdrawn: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => api.post<ConsentT>(`/consents/${encodeURIComponent(c.id)}/withdraw`),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bridgingKeys.consents(c.citizenId) });
      onWithdrawn();
    },
  });
  const state = c.withdrawnAt ? 'withdrawn' : c.validNow ? 'valid' : 'notValid';
  const headingId = `consent-${c.id}`;
  return (
    <article className="card consent" aria-labelledby={headingId}>
      <h3 id={headingId} className="small-heading">
        {t(`consents.kinds.${c.kind}`)}: {c.party}{' '}
        <span className={`badge badge-consent-${state}`}>
          {state === 'withdrawn' ? t('consents.state.withdrawn', { date: formatDateTime(c.withdrawnAt) }) : t(`consents.state.${state}`)}
        </span>
      </h3>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('consents.information')}</dt>
          <dd>{c.information}</dd>
        </div>
        <div>
          <dt>{t('consents.direction')}</dt>
          <dd>{t(`consents.directions.${c.direction}`, { party: c.party })}</dd>
        </div>
        <div>
          <dt>{t('consents.purpose')}</dt>
          <dd>{c.purpose}</dd>
        </div>
        <div>
          <dt>{c.kind === 'consent' ? t('consents.form') : t('consents.legalBasis')}</dt>
          <dd>{c.kind === 'consent' ? t(`consents.forms.${c.form ?? 'written'}`) : c.legalBasis}</dd>
        </div>
        <div>
          <dt>{t('consents.validity')}</dt>
          <dd>{c.validTo ? `${formatDate(c.validFrom)} – ${formatDate(c.validTo)}` : t('consents.from', { date: formatDate(c.validFrom) })}</dd>
        </div>
        <div>
          <dt>{t('consents.recordedBy')}</dt>
          <dd>
            {c.recordedBy}, {formatDateTime(c.createdAt)}
          </dd>
        </div>
      </dl>
      <ErrorAlert error={withdraw.error} />
      {canEdit && !c.withdrawnAt ? (
        confirming ? (
          <div className="action-row">
            <button type="button" className="button-danger" onClick={() => withdraw.mutate()} disabled={withdraw.isPending}>
              {t('consents.confirmWithdraw')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        ) : (
          <button type="button" className="button-secondary" onClick={() => setConfirming(true)}>
            {t('consents.withdraw')}
          </button>
        )
      ) : null}
    </article>
  );
}

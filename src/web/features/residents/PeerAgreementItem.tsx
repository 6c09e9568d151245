import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import type { PeerAgreementT } from './types';

type Props = { agreement: PeerAgreementT; canWithdraw: boolean; own: boolean; onWithdrawn: (a: PeerAgreementT) => void };

/** One agreement: with whom, when, written or oral; withdrawing it (the resident's choice) ends the peer's access at once. */
export function PeerAgreementItem({ agreement: a, canWithdraw, own, onWithdrawn }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => api.post<PeerAgreementT>(`/peer-agreements/${encodeURIComponent(a.id)}/withdraw`),
    onSuccess: (saved) => onWithdrawn(saved),
  });
  const headingId = `peer-agreement-${a.id}`;
  return (
    <article className={`card peer-agreement ${a.withdrawnAt ? 'peer-agreement-withdrawn' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{own ? t('resident.peer.ownAgreement') : t('resident.peer.agreementWith', { peer: a.peer.displayName })}</h3>
      <p>
        <span className={`badge ${a.withdrawnAt ? 'badge-disabled' : 'badge-active'}`}>
          {a.withdrawnAt ? t('resident.peer.withdrawnOn', { date: formatDate(a.withdrawnAt) }) : t('resident.peer.active')}
        </span>
      </p>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('resident.peer.agreedOn')}</dt>
          <dd>{formatDate(a.agreedOn)}</dd>
        </div>
        <div>
          <dt>{t('resident.peer.form')}</dt>
          <dd>{t(`resident.peer.forms.${a.form}`)}</dd>
        </div>
        <div>
          <dt>{t('resident.peer.recordedBy')}</dt>
          <dd>{t('resident.peer.recordedByValue', { by: a.recordedBy.displayName, at: formatDateTime(a.recordedAt) })}</dd>
        </div>
      </dl>
      {a.note ? <p className="pre-wrap">{a.note}</p> : null}
      <ErrorAlert error={withdraw.error} />
      {canWithdraw && !a.withdrawnAt && !confirming ? (
        <button type="button" className="button-secondary button-small" onClick={() => setConfirming(true)} aria-describedby={headingId}>
          {t('resident.peer.withdraw')}
        </button>
      ) : null}
      {confirming && !a.withdrawnAt ? (
        <div className="alert alert-warning peer-withdraw-confirm" role="group" aria-label={t('resident.peer.withdraw')}>
          <p>{own ? t('resident.peer.withdrawOwnWarning') : t('resident.peer.withdrawWarning', { peer: a.peer.displayName })}</p>
          <div className="button-row">
            <button type="button" className="button-danger" disabled={withdraw.isPending} onClick={() => withdraw.mutate()}>
              {withdraw.isPending ? t('common.saving') : t('resident.peer.withdrawConfirm')}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}

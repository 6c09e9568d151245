import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import type { InboundT } from '../../types';
import { AcceptForm } from './AcceptForm';
import { DeclineForm } from './DeclineForm';
import { HandoverAcceptForm } from './HandoverAcceptForm';

/** One inbound referral, with accept/decline for open ones. */
export function InboundItem({ inbound: i, canManage, onDeclined }: { inbound: InboundT; canManage: boolean; onDeclined: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'accept' | 'decline' | null>(null);
  const handover = i.sourceType === 'handover';
  const source = i.partner ? i.partner.name : handover ? null : i.sourceName;
  const headingId = `inbound-${i.id}`;
  const title = handover
    ? t('inbound.handoverTitle', { unit: i.sourceName ?? '', date: formatDate(i.receivedOn) })
    : t('inbound.itemTitle', { source: t(`inbound.sources.${i.sourceType}`), date: formatDate(i.receivedOn) });
  return (
    <article className="card inbound" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {title}
      </h2>
      <p className="muted">
        {source ? `${source} · ` : ''}
        {i.unitName}
        {i.place ? ` · ${i.place}` : ''}
      </p>
      <p className="pre-wrap">{i.description}</p>
      {i.status === 'declined' ? <p>{t('inbound.declinedWith', { reason: i.declineReason ?? '', time: formatDateTime(i.decidedAt) })}</p> : null}
      {i.status === 'accepted' && i.citizenId ? (
        <p>
          {t('inbound.acceptedAt', { time: formatDateTime(i.decidedAt) })}{' '}
          <Link to="/citizens/$citizenId" params={{ citizenId: i.citizenId }}>
            {t('inbound.openCitizen')}
          </Link>
        </p>
      ) : null}
      {canManage && i.status === 'open' && open === null ? (
        <div className="action-row">
          <button type="button" className="button-primary" onClick={() => setOpen('accept')}>
            {handover ? t('inbound.acceptHandover') : t('inbound.accept')}
          </button>
          <button type="button" className="button-secondary" onClick={() => setOpen('decline')}>
            {t('inbound.decline')}
          </button>
        </div>
      ) : null}
      {open === 'accept' && handover ? <HandoverAcceptForm inbound={i} onCancel={() => setOpen(null)} /> : null}
      {open === 'accept' && !handover ? <AcceptForm inbound={i} onCancel={() => setOpen(null)} /> : null}
      {open === 'decline' ? (
        <DeclineForm
          inbound={i}
          onDone={(saved) => {
            setOpen(null);
            if (saved) onDeclined();
          }}
        />
      ) : null}
    </article>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferT } from '../../types';
import { OfferForm } from './OfferForm';
import { OfferWaitingTime } from './OfferWaitingTime';

export function OfferCard({ offer: o, canManage, onSaved }: { offer: OfferT; canManage: boolean; onSaved: () => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headingId = `offer-${o.id}`;
  const contact = [o.contactPerson, o.phone, o.email].filter(Boolean).join(' · ');
  return (
    <article className="card offer" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {o.name} {!o.active ? <span className="badge badge-disabled">{t('offers.inactive')}</span> : null}
      </h2>
      <p className="muted">
        {o.provider} · {t(`offers.categories.${o.category}`)} · {t(`offers.sectors.${o.sector}`)}
        {o.legalBasis ? ` · ${o.legalBasis}` : ''}
      </p>
      <p>
        <OfferWaitingTime offer={o} />
      </p>
      {o.description ? <p className="pre-wrap">{o.description}</p> : null}
      {o.address || contact ? (
        <p className="muted">
          {o.address}
          {o.address && contact ? ' · ' : ''}
          {contact}
        </p>
      ) : null}
      {canManage && !editing ? (
        <button type="button" className="button-secondary" onClick={() => setEditing(true)} aria-label={t('offers.editNamed', { name: o.name })}>
          {t('common.edit')}
        </button>
      ) : null}
      {editing ? (
        <OfferForm
          offer={o}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onSaved();
          }}
        />
      ) : null}
    </article>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import type { PlaceT } from '../../types';
import { RoundForm } from './RoundForm';

type Props = { place: PlaceT; canRound: boolean; onRound: (message: string) => void };

/** A place in the register: where, when it is open, who covers it, and the rounds there. */
export function PlaceCard({ place: p, canRound, onRound }: Props) {
  const { t } = useTranslation();
  const [logging, setLogging] = useState(false);
  const headingId = `place-${p.id}`;
  const rounds = [...p.rounds].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <article className="card place" aria-labelledby={headingId}>
      <h3 id={headingId} className="card-title">
        {p.name} <span className="badge badge-outcome">{t(`places.types.${p.type}`)}</span>
      </h3>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('places.fields.address')}</dt>
          <dd>{p.address ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('places.fields.openingHours')}</dt>
          <dd>{p.openingHours ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('places.fields.assignees')}</dt>
          <dd>{p.assignees.map((a) => a.displayName).join(', ') || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('places.lastRound')}</dt>
          <dd>{p.lastRoundOn ? formatDate(p.lastRoundOn) : t('places.noRounds')}</dd>
        </div>
        {p.partnerContacts ? (
          <div className="details-wide">
            <dt>{t('places.fields.partnerContacts')}</dt>
            <dd className="pre-wrap">{p.partnerContacts}</dd>
          </div>
        ) : null}
        {p.description ? (
          <div className="details-wide">
            <dt>{t('places.fields.description')}</dt>
            <dd className="pre-wrap">{p.description}</dd>
          </div>
        ) : null}
      </dl>
      {rounds.length > 0 ? (
        <details>
          <summary>
            {t('places.rounds', { count: rounds.length })}
            <span className="visually-hidden"> – {p.name}</span>
          </summary>
          <ol className="plain-list history-list">
            {rounds.map((r) => (
              <li key={r.id}>
                <strong>{formatDateTime(r.at)}</strong> · {r.participants.map((x) => x.displayName).join(', ')} · {t('places.peopleMet', { count: r.peopleMet })}
                {r.note ? <span className="pre-wrap"> – {r.note}</span> : null}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {canRound && !logging ? (
        <button type="button" className="button-secondary" onClick={() => setLogging(true)}>
          {t('places.round.open')}
          <span className="visually-hidden"> – {p.name}</span>
        </button>
      ) : null}
      {logging ? (
        <RoundForm
          place={p}
          onDone={(saved) => {
            setLogging(false);
            if (saved) onRound(t('places.round.saved', { place: p.name }));
          }}
        />
      ) : null}
    </article>
  );
}

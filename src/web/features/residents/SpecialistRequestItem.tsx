import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import { SpecialistAnswerForm } from './SpecialistAnswerForm';
import type { SpecialistRequestT } from './types';

type Props = { request: SpecialistRequestT; onChanged: (saved: SpecialistRequestT, message: string) => void };

const statusClass = { open: 'badge-today', advised: 'badge-active', closed: 'badge-disabled' } as const;

/** One question to the specialised team: the question, the team's advice and how it was followed up. */
export function SpecialistRequestItem({ request: r, onChanged }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<'advice' | 'followUp' | null>(null);
  const headingId = `specialist-request-${r.id}`;
  return (
    <article className="card specialist-request" aria-labelledby={headingId}>
      <h3 id={headingId} className="specialist-question">
        {r.question}
      </h3>
      <p>
        <span className={`badge ${statusClass[r.status]}`}>{t(`resident.specialist.status.${r.status}`)}</span>{' '}
        <span className="muted">{t('resident.specialist.askedBy', { by: r.askedBy.displayName, at: formatDateTime(r.askedAt) })}</span>
      </p>
      {r.advice ? (
        <div className="specialist-answer">
          <h4>{t('resident.specialist.advice')}</h4>
          <p className="pre-wrap">{r.advice}</p>
          {r.advisedBy && r.advisedAt ? <p className="muted">{t('resident.specialist.by', { by: r.advisedBy.displayName, at: formatDateTime(r.advisedAt) })}</p> : null}
        </div>
      ) : null}
      {r.followUp ? (
        <div className="specialist-answer">
          <h4>{t('resident.specialist.followUp')}</h4>
          <p className="pre-wrap">{r.followUp}</p>
          {r.followedUpBy && r.followedUpAt ? <p className="muted">{t('resident.specialist.by', { by: r.followedUpBy.displayName, at: formatDateTime(r.followedUpAt) })}</p> : null}
        </div>
      ) : null}
      {!form && (r.canAdvise || r.canFollowUp) ? (
        <div className="button-row">
          {r.canAdvise ? (
            <button type="button" className="button-secondary button-small" onClick={() => setForm('advice')} aria-describedby={headingId}>
              {t('resident.specialist.giveAdvice')}
            </button>
          ) : null}
          {r.canFollowUp ? (
            <button type="button" className="button-secondary button-small" onClick={() => setForm('followUp')} aria-describedby={headingId}>
              {t('resident.specialist.doFollowUp')}
            </button>
          ) : null}
        </div>
      ) : null}
      {form ? (
        <SpecialistAnswerForm
          request={r}
          kind={form}
          onDone={(saved) => {
            const kind = form;
            setForm(null);
            if (saved) onChanged(saved, t(kind === 'advice' ? 'resident.specialist.adviceSaved' : 'resident.specialist.followUpSaved'));
          }}
        />
      ) : null}
    </article>
  );
}

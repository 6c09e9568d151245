import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpottingT } from '../../types';
import { RequestForm } from './RequestForm';
import { ScreeningForm } from './ScreeningForm';
import { SpottingCard } from './SpottingCard';

/** The social mentor's work: spottings awaiting screening, screened ones ready for a request, the rest. */
type Report = (message: string) => void;

export function MentorQueue({ spottings, onStatus }: { spottings: SpottingT[]; onStatus: Report }) {
  const { t } = useTranslation();
  const byTime = [...spottings].sort((a, b) => a.spottedAt.localeCompare(b.spottedAt));
  const waiting = byTime.filter((s) => s.status === 'awaiting_screening');
  const ready = byTime.filter((s) => s.status === 'in_target_group');
  const other = byTime.filter((s) => s.status !== 'awaiting_screening' && s.status !== 'in_target_group').reverse();
  return (
    <>
      <section aria-labelledby="queue-heading" className="section">
        <h2 id="queue-heading">
          {t('spottings.queue.title')} <span className="muted">({waiting.length})</span>
        </h2>
        <aside className="principle" aria-label={t('spottings.principleLabel')}>
          <p>{t('spottings.principle')}</p>
        </aside>
        {waiting.length === 0 ? <p className="muted">{t('spottings.queue.none')}</p> : null}
        <ul className="card-list card-list-wide">
          {waiting.map((s) => (
            <li key={s.id}>
              <ScreeningItem spotting={s} onStatus={onStatus} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="ready-heading" className="section">
        <h2 id="ready-heading">
          {t('spottings.ready.title')} <span className="muted">({ready.length})</span>
        </h2>
        {ready.length === 0 ? <p className="muted">{t('spottings.ready.none')}</p> : null}
        <ul className="card-list card-list-wide">
          {ready.map((s) => (
            <li key={s.id}>
              <ReadyItem spotting={s} onStatus={onStatus} />
            </li>
          ))}
        </ul>
      </section>
      {other.length > 0 ? (
        <section aria-labelledby="handled-heading" className="section">
          <h2 id="handled-heading">{t('spottings.handled.title')}</h2>
          <details>
            <summary>{t('spottings.handled.show', { count: other.length })}</summary>
            <ul className="card-list card-list-wide">
              {other.map((s) => (
                <li key={s.id}>
                  <SpottingCard spotting={s} />
                </li>
              ))}
            </ul>
          </details>
        </section>
      ) : null}
    </>
  );
}

function ScreeningItem({ spotting, onStatus }: { spotting: SpottingT; onStatus: Report }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <SpottingCard spotting={spotting}>
      {open ? (
        <ScreeningForm
          spotting={spotting}
          onDone={(result) => {
            setOpen(false);
            if (result) onStatus(result === 'in' ? t('spottings.screening.savedIn') : t('spottings.screening.savedOut'));
          }}
        />
      ) : (
        <button type="button" className="button-primary" onClick={() => setOpen(true)}>
          {t('spottings.screening.open')}
        </button>
      )}
    </SpottingCard>
  );
}

function ReadyItem({ spotting, onStatus }: { spotting: SpottingT; onStatus: Report }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <SpottingCard spotting={spotting}>
      {open ? (
        <RequestForm
          spotting={spotting}
          onDone={(center) => {
            setOpen(false);
            if (center) onStatus(t('spottings.request.sent', { center }));
          }}
        />
      ) : (
        <button type="button" className="button-primary" onClick={() => setOpen(true)}>
          {t('spottings.request.title')}
        </button>
      )}
    </SpottingCard>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { MotivationForm } from './MotivationForm';
import { MotivationItem } from './MotivationItem';
import type { MotivationListT } from './types';

type Props = { citizenId: string; motivation: MotivationListT | null | undefined; isPending: boolean; error: unknown; canWrite: boolean };

/**
 * "Motiveret for lige nu" (seed 004, core element 1): at the top of the resident's page, what the
 * resident is motivated for now, so that staff act on it while it lasts.
 */
export function MotivationBanner({ citizenId, motivation, isPending, error, canWrite }: Props) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (motivation === null) return null;
  const open = (motivation?.items ?? []).filter((m) => m.status === 'open');
  const done = (message: string) => {
    setStatus(message);
    headingRef.current?.focus();
  };
  return (
    <section aria-labelledby="motivation-heading" className="motivation-banner">
      <h2 id="motivation-heading" ref={headingRef} tabIndex={-1}>
        {t('resident.motivation.title')}
      </h2>
      <p className="muted">{t('resident.motivation.intro')}</p>
      <StatusMessage message={status} />
      {isPending ? <Loading /> : null}
      <ErrorAlert error={error} />
      {motivation && open.length === 0 ? <p>{t('resident.motivation.noneOpen')}</p> : null}
      {open.length > 0 ? (
        <ul className="plain-list motivation-list">
          {open.map((m) => (
            <li key={m.id}>
              <MotivationItem entry={m} idPrefix="page" onActedOn={() => done(t('resident.motivation.actedOnSaved'))} />
            </li>
          ))}
        </ul>
      ) : null}
      {canWrite && !adding ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setStatus(null);
            setAdding(true);
          }}
        >
          {t('resident.motivation.add')}
        </button>
      ) : null}
      {adding ? (
        <MotivationForm
          citizenId={citizenId}
          onDone={(saved) => {
            setAdding(false);
            if (saved) done(t('resident.motivation.created'));
          }}
        />
      ) : null}
    </section>
  );
}

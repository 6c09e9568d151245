import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { ActedOnForm } from './ActedOnForm';
import type { MotivationT } from './types';

type Props = {
  entry: MotivationT;
  /** Distinguishes the ids when the same entry could be on the page twice. */
  idPrefix: string;
  headingLevel?: 3 | 4 | 5;
  onActedOn: (entry: MotivationT) => void;
};

/** One open motivation: what, noticed when and by whom, shown until when; "Fulgt op" records what was done. */
export function MotivationItem({ entry, idPrefix, headingLevel = 3, onActedOn }: Props) {
  const { t } = useTranslation();
  const [acting, setActing] = useState(false);
  const Heading = `h${headingLevel}` as const;
  const headingId = `${idPrefix}-motivation-${entry.id}`;
  return (
    <article className="motivation-item" aria-labelledby={headingId}>
      <Heading id={headingId} className="motivation-what">
        {entry.what}
      </Heading>
      <p className="motivation-meta">
        {t('resident.motivation.noticed', { date: formatDate(entry.noticedOn), by: entry.noticedBy })}{' '}
        <span className="muted">{t('resident.motivation.until', { date: formatDate(entry.expiresOn) })}</span>
      </p>
      {entry.canAct && !acting ? (
        <button type="button" className="button-secondary button-small" onClick={() => setActing(true)} aria-describedby={headingId}>
          {t('resident.motivation.actedOn')}
        </button>
      ) : null}
      {acting ? (
        <ActedOnForm
          entry={entry}
          idPrefix={idPrefix}
          onDone={(saved) => {
            setActing(false);
            if (saved) onActedOn(saved);
          }}
        />
      ) : null}
    </article>
  );
}

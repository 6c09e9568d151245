import { useTranslation } from 'react-i18next';
import type { CitizenT } from '../../types';
import { ownWordKeys } from './citizen-form';

/** The citizen's own words come first on the page, before any professional assessment. */
export function OwnWordsSection({ citizen }: { citizen: CitizenT }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="own-words-heading" className="own-words">
      <h2 id="own-words-heading">{t('citizens.ownWords.title')}</h2>
      <div className="own-words-grid">
        {ownWordKeys.map((k) => (
          <div key={k} className="own-words-item">
            <h3>{t(`citizens.ownWords.${k}`)}</h3>
            {citizen.ownWords[k] ? <p className="quote pre-wrap">{citizen.ownWords[k]}</p> : <p className="muted">{t('citizens.ownWords.empty')}</p>}
          </div>
        ))}
      </div>
    </section>
  );
}

/** Short flags for workers, shown before a visit. */
export function SafetyNotesSection({ citizen }: { citizen: CitizenT }) {
  const { t } = useTranslation();
  return (
    <section role="note" aria-labelledby="safety-heading" className="safety-notes">
      <h2 id="safety-heading">
        <span aria-hidden="true" className="safety-icon">
          !
        </span>{' '}
        {t('citizens.safety.title')}
      </h2>
      {citizen.safetyNotes.length > 0 ? (
        <>
          <p className="safety-intro">{t('citizens.safety.intro')}</p>
          <ul>
            {citizen.safetyNotes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('citizens.safety.empty')}</p>
      )}
    </section>
  );
}

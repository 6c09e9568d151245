import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { isForbidden } from '../../components/errors';
import { useConsents } from '../referrals/queries';
import { ConsentForm } from './ConsentForm';
import { ConsentItem } from './ConsentItem';

/** The citizen's consents and recorded legal bases for sharing information. */
export function ConsentsSection({ citizenId, canEdit }: { citizenId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const consents = useConsents(citizenId);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // A peer worker, who sees the resident through an agreement only, has no access to consents.
  if (isForbidden(consents.error)) return null;
  return (
    <section aria-labelledby="consents-heading" className="section">
      <h2 id="consents-heading">{t('consents.title')}</h2>
      <p className="alert alert-info">{t('consents.intro')}</p>
      <StatusMessage message={status} />
      {consents.isPending ? <Loading /> : null}
      <ErrorAlert error={consents.error} />
      {consents.data?.length === 0 ? <p className="muted">{t('consents.none')}</p> : null}
      {consents.data && consents.data.length > 0 ? (
        <ul className="plain-list consent-list">
          {consents.data.map((c) => (
            <li key={c.id}>
              <ConsentItem consent={c} canEdit={canEdit} onWithdrawn={() => setStatus(t('consents.withdrawn'))} />
            </li>
          ))}
        </ul>
      ) : null}
      {canEdit && !adding ? (
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('consents.add')}
        </button>
      ) : null}
      {adding ? (
        <ConsentForm
          citizenId={citizenId}
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('consents.saved') : null);
          }}
        />
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { useCan } from '../auth/me';
import { AgreementCard } from './AgreementCard';
import { AgreementForm } from './AgreementForm';
import { useAgreements } from './queries';

/** Collaboration agreements between crisis centers and municipalities; both parties see them. */
export function AgreementsPage() {
  const { t } = useTranslation();
  const canManage = useCan('agreement.manage');
  const agreements = useAgreements();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={t('agreements.title')}>{t('agreements.title')}</PageHeading>
      <p>{t('agreements.intro')}</p>
      <StatusMessage message={status} />
      {canManage && !adding ? (
        <button type="button" className="button-primary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('agreements.create')}
        </button>
      ) : null}
      {adding ? (
        <AgreementForm
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('agreements.created') : null);
          }}
        />
      ) : null}
      {agreements.isPending ? <Loading /> : null}
      <ErrorAlert error={agreements.error} />
      {agreements.data?.length === 0 ? <p className="muted">{t('agreements.none')}</p> : null}
      <ul className="card-list card-list-wide">
        {(agreements.data ?? []).map((a) => (
          <li key={a.id}>
            <AgreementCard agreement={a} />
          </li>
        ))}
      </ul>
    </>
  );
}

import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { useCan } from '../auth/me';
import { PartnerForm } from './PartnerForm';
import { usePartners } from './queries';

/** The partner register (indirect outreach, seed 003): who tells us about isolated citizens. */
export function PartnersPage() {
  const { t } = useTranslation();
  const canManage = useCan('catalog.manage');
  const partners = usePartners();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <PageHeading title={t('partners.title')}>{t('partners.title')}</PageHeading>
      <p>{t('partners.intro')}</p>
      <StatusMessage message={status} />
      {canManage && !adding ? (
        <button type="button" className="button-primary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('partners.create')}
        </button>
      ) : null}
      {adding ? (
        <PartnerForm
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('partners.created') : null);
          }}
        />
      ) : null}
      {partners.isPending ? <Loading /> : null}
      <ErrorAlert error={partners.error} />
      {partners.data?.length === 0 ? <p className="muted">{t('partners.none')}</p> : null}
      <ul className="card-list partner-list">
        {(partners.data ?? []).map((p) => {
          const last = [...p.activities].sort((a, b) => b.date.localeCompare(a.date))[0];
          return (
            <li key={p.id}>
              <article className="card" aria-labelledby={`partner-${p.id}`}>
                <h2 id={`partner-${p.id}`} className="card-title">
                  <Link to="/partners/$partnerId" params={{ partnerId: p.id }}>
                    {p.name}
                  </Link>
                </h2>
                <p className="muted">
                  {t(`partners.types.${p.type}`)} · {t('partners.contactCount', { count: p.contacts.length })}
                </p>
                <p>{last ? t('partners.lastActivity', { date: formatDate(last.date), kind: t(`partners.kinds.${last.kind}`) }) : t('partners.noActivities')}</p>
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}

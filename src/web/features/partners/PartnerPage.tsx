import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { isNotFound } from '../../components/errors';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../format';
import { useCan } from '../auth/me';
import { ActivityForm } from './ActivityForm';
import { usePartner } from './queries';

/** One partner: contacts and the log of meetings and communication activities. */
export function PartnerPage() {
  const { t } = useTranslation();
  const { partnerId } = useParams({ from: '/partners/$partnerId' });
  const canManage = useCan('catalog.manage');
  const partner = usePartner(partnerId);
  if (partner.isPending) return <Loading />;
  if (isNotFound(partner.error)) return <NotFoundPage />;
  if (partner.error || !partner.data) return <ErrorAlert error={partner.error} />;
  const p = partner.data;
  const activities = [...p.activities].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <>
      <p>
        <Link to="/partners">{t('partners.back')}</Link>
      </p>
      <PageHeading title={t('partners.pageTitle')}>{p.name}</PageHeading>
      <p className="muted">{t(`partners.types.${p.type}`)}</p>
      <dl className="details-list card">
        {(['address', 'phone', 'email'] as const).map((k) =>
          p[k] ? (
            <div key={k}>
              <dt>{t(`partners.${k}`)}</dt>
              <dd>{p[k]}</dd>
            </div>
          ) : null,
        )}
        {p.notes ? (
          <div className="details-wide">
            <dt>{t('partners.notes')}</dt>
            <dd className="pre-wrap">{p.notes}</dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="contacts-heading" className="section">
        <h2 id="contacts-heading">{t('partners.contacts')}</h2>
        {p.contacts.length === 0 ? <p className="muted">{t('partners.noContacts')}</p> : null}
        <ul className="plain-list contact-list">
          {p.contacts.map((c) => (
            <li key={c.id} className="card">
              <strong>{c.name}</strong>
              {c.role ? ` · ${c.role}` : ''}
              {[c.phone, c.email].filter(Boolean).length > 0 ? <p className="muted">{[c.phone, c.email].filter(Boolean).join(' · ')}</p> : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="activities-heading" className="section">
        <h2 id="activities-heading">{t('partners.activities')}</h2>
        {canManage ? <ActivityForm partnerId={p.id} /> : null}
        {activities.length === 0 ? <p className="muted">{t('partners.noActivities')}</p> : null}
        <ol className="plain-list activity-list">
          {activities.map((a) => (
            <li key={a.id} className="card">
              <p className="note-meta">
                <span className="badge badge-outcome">{t(`partners.kinds.${a.kind}`)}</span>
                <span>{formatDate(a.date)}</span>
                <span>
                  {a.byName} · {a.unitName}
                </span>
              </p>
              <p className="pre-wrap">{a.description}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

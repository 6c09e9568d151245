import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { useCan } from '../auth/me';
import { InboundForm } from './InboundForm';
import { InboundItem } from './InboundItem';
import { useInbound } from './queries';

const views = ['open', 'accepted', 'declined'] as const;

/** Inbound referrals (henvendelser) from partners, neighbours, relatives or the citizen. */
export function InboundPage() {
  const { t } = useTranslation();
  const canManage = useCan('inbound.manage');
  const [view, setView] = useState<(typeof views)[number]>('open');
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const list = useInbound(view);
  return (
    <>
      <PageHeading title={t('inbound.title')}>{t('inbound.title')}</PageHeading>
      <p>{t('inbound.intro')}</p>
      <StatusMessage message={status} />
      {canManage && !adding ? (
        <button type="button" className="button-primary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('inbound.create')}
        </button>
      ) : null}
      {adding ? (
        <InboundForm
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('inbound.created') : null);
            if (saved) setView('open');
          }}
        />
      ) : null}
      <fieldset className="segmented inbound-view">
        <legend>{t('inbound.show')}</legend>
        <div className="segmented-options">
          {views.map((v) => (
            <span key={v} className="segmented-option">
              <input type="radio" id={`inbound-view-${v}`} name="inbound-view" checked={view === v} onChange={() => setView(v)} />
              <label htmlFor={`inbound-view-${v}`}>{t(`inbound.views.${v}`)}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <p role="status" className="result-count">
          {t('inbound.count', { count: list.data.length })}
        </p>
      ) : null}
      <ul className="card-list">
        {(list.data ?? []).map((i) => (
          <li key={i.id}>
            <InboundItem inbound={i} canManage={canManage} onDeclined={() => setStatus(t('inbound.declined'))} />
          </li>
        ))}
      </ul>
    </>
  );
}

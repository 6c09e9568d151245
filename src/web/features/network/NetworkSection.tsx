import './network.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { formatDateTime } from '../../format';
import { NetworkForm } from './NetworkForm';
import { NetworkGraph } from './NetworkGraph';
import { useNetwork } from './network-types';

/** The citizen's network (netværkskort): who and what is around them, and how the citizen sees each. */
export function NetworkSection({ citizenId, citizenName }: { citizenId: string; citizenName: string }) {
  const { t } = useTranslation();
  const network = useNetwork(citizenId);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (network.data === null) return null;
  const data = network.data;
  return (
    <section aria-labelledby="network-heading" className="section">
      <h2 id="network-heading">{t('network.title')}</h2>
      <p className="muted">{t('network.intro')}</p>
      <StatusMessage message={status} />
      {network.isPending ? <Loading /> : null}
      <ErrorAlert error={network.error} />
      {data && data.entries.length === 0 ? <p className="muted">{t('network.none')}</p> : null}
      {data && data.entries.length > 0 ? (
        <div className="network-layout">
          <NetworkGraph network={data} citizenName={citizenName} />
          <ul className="plain-list network-list">
            {data.entries.map((e) => (
              <li key={e.id} className={`network-entry view-${e.citizenView}`}>
                <strong>{e.name}</strong> <span className="badge">{t(`network.kinds.${e.kind}`)}</span>
                <div>
                  {t(`network.relations.${e.relation}`)} · {t('network.citizenViewIs', { view: t(`network.views.${e.citizenView}`) })}
                </div>
                {e.citizenSays ? <blockquote className="network-quote">»{e.citizenSays}«</blockquote> : null}
                {e.contact ? <div className="muted">{e.contact}</div> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {data?.note ? <p className="pre-wrap">{data.note}</p> : null}
      {data?.by && data.at ? <p className="muted">{t('network.savedBy', { version: data.version, by: data.by.displayName, at: formatDateTime(data.at) })}</p> : null}
      {data?.canEdit && !editing ? (
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); setEditing(true); }}>
          {data.entries.length ? t('network.edit') : t('network.start')}
        </button>
      ) : null}
      {editing && data ? (
        <NetworkForm
          network={data}
          onDone={(saved) => {
            setEditing(false);
            setStatus(saved ? t('network.saved') : null);
          }}
        />
      ) : null}
    </section>
  );
}

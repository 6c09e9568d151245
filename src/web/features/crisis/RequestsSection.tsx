import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestStatuses } from '../../../shared/schemas/crisis';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { useCrisisRequests } from './queries';
import { RequestItem } from './RequestItem';

type Status = (typeof requestStatuses)[number];

/** Requests to the crisis center: incoming (to decide), admitted (pickup), declined and withdrawn. */
export function RequestsSection() {
  const { t } = useTranslation();
  const [view, setView] = useState<Status>('requested');
  const [status, setStatus] = useState<string | null>(null);
  const list = useCrisisRequests(view);
  return (
    <section aria-labelledby="requests-heading" className="section">
      <h2 id="requests-heading">{t('crisis.requests.title')}</h2>
      <StatusMessage message={status} />
      <fieldset className="segmented inbound-view request-views">
        <legend>{t('crisis.requests.show')}</legend>
        <div className="segmented-options">
          {requestStatuses.map((v) => (
            <span key={v} className="segmented-option">
              <input type="radio" id={`request-view-${v}`} name="request-view" checked={view === v} onChange={() => { setStatus(null); setView(v); }} />
              <label htmlFor={`request-view-${v}`}>{t(`crisis.requests.views.${v}`)}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data ? (
        <p role="status" className="result-count">
          {t('crisis.requests.count', { count: list.data.length })}
        </p>
      ) : null}
      <ul className="card-list card-list-wide">
        {(list.data ?? []).map((r) => (
          <li key={r.id}>
            <RequestItem request={r} onStatus={setStatus} />
          </li>
        ))}
      </ul>
    </section>
  );
}

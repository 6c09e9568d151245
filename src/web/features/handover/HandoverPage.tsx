import '../residents/residents.css';
import { useState } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { formatDateTime } from '../../format';
import { ResidenceFrame } from '../residence/ResidenceFrame';
import { HandoverResidentCard } from '../residents/HandoverResidentCard';
import { HandoverSince } from '../residents/HandoverSince';
import { HandoverUnitSection } from '../residents/HandoverUnitSection';
import { useHandover } from '../residents/queries';

/** The shift handover of a residence: per resident what happened since the last shift, and for the whole residence. */
export function HandoverPage() {
  const { unitId } = useParams({ from: '/residence/$unitId/handover' });
  return <ResidenceFrame unitId={unitId} page="handover">{() => <Handover unitId={unitId} />}</ResidenceFrame>;
}

function Handover({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const [since, setSince] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const handover = useHandover(unitId, since);
  const h = handover.data?.unitId === unitId ? handover.data : undefined;
  return (
    <div className="handover">
      <p className="muted">{t('handover.intro')}</p>
      <HandoverSince
        onChange={(value) => {
          setStatus(null);
          setSince(value);
        }}
      />
      {handover.isFetching && !handover.isPending ? <Loading /> : null}
      {handover.isPending ? <Loading /> : null}
      <ErrorAlert error={handover.error} />
      <StatusMessage message={status} />
      {h ? (
        <>
          <p className="handover-window" aria-live="polite">
            {t('handover.window', { since: formatDateTime(h.since), until: formatDateTime(h.until) })}
          </p>
          {h.view === 'peer' ? <p className="alert alert-info">{t('handover.peerView')}</p> : null}
          <HandoverUnitSection handover={h} />
          <section aria-labelledby="handover-residents-heading" className="section">
            <h2 id="handover-residents-heading">{t('handover.residents', { count: h.residents.length })}</h2>
            {h.residents.length === 0 ? <p className="muted">{h.view === 'peer' ? t('handover.noResidentsPeer') : t('handover.noResidents')}</p> : null}
            <ul className="plain-list handover-residents">
              {h.residents.map((r) => (
                <li key={r.citizen.id}>
                  <HandoverResidentCard unitId={unitId} resident={r} onActedOn={setStatus} />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </div>
  );
}

import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { useMe } from '../auth/me';
import { PeerAgreementForm } from './PeerAgreementForm';
import { PeerAgreementItem } from './PeerAgreementItem';
import { PeerRoleText } from './PeerRoleText';
import { residentKeys, usePeerAgreements } from './queries';

/**
 * Core element 7: the resident's agreements to work with a peer worker, and the peer role's tasks
 * and boundaries. Staff record and withdraw agreements and show the resident the role; the peer
 * worker sees their own agreement and "Dine opgaver og grænser".
 */
export function PeerSection({ citizenId, peerView }: { citizenId: string; peerView: boolean }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const list = usePeerAgreements(citizenId, true);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  if (list.data === null) return null;
  const data = list.data;
  const items = data?.items ?? [];
  const roles = data?.roles ?? [];
  const done = (message: string) => {
    setStatus(message);
    headingRef.current?.focus();
  };
  return (
    <section aria-labelledby="peer-heading" className="section peer-section">
      <h2 id="peer-heading" ref={headingRef} tabIndex={-1}>
        {peerView ? t('resident.peer.titleOwn') : t('resident.peer.title')}
      </h2>
      <p className="muted">{peerView ? t('resident.peer.introOwn') : t('resident.peer.intro')}</p>
      <StatusMessage message={status} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {data && items.length === 0 ? <p>{t('resident.peer.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list card-list">
          {items.map((a) => {
            const own = a.peer.id === me.user.id;
            return (
              <li key={a.id}>
                <PeerAgreementItem
                  agreement={a}
                  own={own}
                  canWithdraw={data?.canRecord || own}
                  onWithdrawn={() => {
                    // The peer's own access ends with the agreement: the resident is no longer theirs to see.
                    if (own && peerView) void navigate({ to: '/citizens' });
                    else {
                      void queryClient.invalidateQueries({ queryKey: residentKeys.peer(citizenId) });
                      done(t('resident.peer.withdrawn'));
                    }
                  }}
                />
              </li>
            );
          })}
        </ul>
      ) : null}
      {data?.canRecord && !adding && roles.some((r) => r.peers.length > 0) ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setStatus(null);
            setAdding(true);
          }}
        >
          {t('resident.peer.add')}
        </button>
      ) : null}
      {data?.canRecord && roles.length > 0 && roles.every((r) => r.peers.length === 0) ? <p className="muted">{t('resident.peer.noPeers')}</p> : null}
      {adding ? (
        <PeerAgreementForm
          citizenId={citizenId}
          roles={roles.filter((r) => r.peers.length > 0)}
          onDone={(saved) => {
            setAdding(false);
            if (saved) done(t('resident.peer.recorded', { peer: saved.peer.displayName }));
          }}
        />
      ) : null}
      {roles.map((r) => (
        <PeerRoleText key={r.unitId} role={r} own={peerView} headingId={`peer-role-${r.unitId}`} multipleUnits={roles.length > 1} />
      ))}
    </section>
  );
}

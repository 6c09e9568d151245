import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { PeerRoleT } from './types';

type Props = { role: PeerRoleT; own: boolean; headingId: string; multipleUnits: boolean };

/**
 * The peer role of a residence: what the peer worker does and does not do — for staff to show the
 * resident before they agree, and for the peer worker as "Dine opgaver og grænser".
 */
export function PeerRoleText({ role, own, headingId, multipleUnits }: Props) {
  const { t } = useTranslation();
  const title = own ? t('resident.peer.ownRoleTitle') : t('resident.peer.roleTitle');
  return (
    <section aria-labelledby={headingId} className="card peer-role">
      <h3 id={headingId}>
        {title}
        {multipleUnits ? ` · ${role.unitName}` : null}
      </h3>
      {!role.tasks && !role.boundaries ? (
        <p className="muted">{t('resident.peer.roleMissing')}</p>
      ) : (
        <div className="peer-role-parts">
          <div>
            <h4>{own ? t('resident.peer.ownTasks') : t('resident.peer.tasks')}</h4>
            <p className="pre-wrap">{role.tasks}</p>
          </div>
          <div>
            <h4>{own ? t('resident.peer.ownBoundaries') : t('resident.peer.boundaries')}</h4>
            <p className="pre-wrap">{role.boundaries}</p>
          </div>
        </div>
      )}
      <p className="muted">{t(`resident.peer.${role.access === 'unit' ? 'accessUnit' : 'accessAgreed'}${own ? 'Own' : ''}`)}</p>
      {role.by && role.at ? <p className="muted">{t('resident.peer.roleBy', { by: role.by.displayName, date: formatDate(role.at) })}</p> : null}
    </section>
  );
}

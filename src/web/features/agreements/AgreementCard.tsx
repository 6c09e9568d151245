import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import type { AgreementT } from '../../types';

const commitments = ['quickMedicalDelegation', 'actionPlanWork', 'midwayParticipation', 'dropInCollaboration'] as const;

/** One collaboration agreement between a crisis center and a municipality. */
export function AgreementCard({ agreement: a }: { agreement: AgreementT }) {
  const { t } = useTranslation();
  const headingId = `agreement-${a.id}`;
  return (
    <article className="card agreement" aria-labelledby={headingId}>
      <h2 id={headingId} className="card-title">
        {t('agreements.between', { center: a.crisisCenter.name, municipality: a.municipality.name })}{' '}
        <span className={`badge ${a.activeNow ? 'badge-consent-valid' : 'badge-disabled'}`}>{a.activeNow ? t('agreements.active') : t('agreements.inactive')}</span>
      </h2>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('agreements.validity')}</dt>
          <dd>{a.validTo ? `${formatDate(a.validFrom)} – ${formatDate(a.validTo)}` : t('agreements.from', { date: formatDate(a.validFrom) })}</dd>
        </div>
        <div>
          <dt>{t('agreements.socialMentor')}</dt>
          <dd>{a.socialMentor.displayName}</dd>
        </div>
        <div>
          <dt>{t('agreements.spotters')}</dt>
          <dd>{a.spotters.map((s) => s.displayName).join(', ') || t('common.none')}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('agreements.commitments')}</dt>
          <dd>
            <ul className="plain-list commitment-list">
              {commitments.map((c) => (
                <li key={c}>
                  <span className={a[c] ? 'commitment-yes' : 'commitment-no'}>{a[c] ? t('common.yes') : t('common.no')}</span>: {t(`agreements.fields.${c}`)}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        {a.notes ? (
          <div className="details-wide">
            <dt>{t('agreements.notes')}</dt>
            <dd className="pre-wrap">{a.notes}</dd>
          </div>
        ) : null}
      </dl>
      <p className="muted">{t('agreements.createdAt', { time: formatDateTime(a.createdAt) })}</p>
    </article>
  );
}

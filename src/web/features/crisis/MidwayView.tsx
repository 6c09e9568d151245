import { useTranslation } from 'react-i18next';
import { midwayParties } from '../../../shared/schemas/crisis';
import { formatDate, formatDateTime } from '../../format';
import type { MidwayT } from '../../types';

/** The midway meeting: when (proposed and scheduled), who, reminders, and what was concluded. */
export function MidwayView({ midway: m }: { midway: MidwayT }) {
  const { t } = useTranslation();
  const text = (v: string | null) => (v ? <span className="pre-wrap">{v}</span> : <span className="muted">{t('crisis.midway.notYet')}</span>);
  return (
    <>
      {m.overdue && !m.held ? (
        <p className="alert alert-error" role="note">
          <strong>{t('crisis.midway.overdue')}</strong>
        </p>
      ) : null}
      <dl className="details-list details-compact">
        <div>
          <dt>{t('crisis.midway.proposedDate')}</dt>
          <dd>
            {m.proposedDate ? formatDate(m.proposedDate) : t('crisis.midway.noArrival')}
            <span className="muted">
              {' '}
              ({m.plannedLengthIsDefault ? t('crisis.midway.lengthDefault', { count: m.plannedLengthDays }) : t('crisis.midway.length', { count: m.plannedLengthDays })})
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('crisis.midway.scheduledAt')}</dt>
          <dd>{m.scheduledAt ? formatDateTime(m.scheduledAt) : t('crisis.midway.notScheduled')}</dd>
        </div>
        <div>
          <dt>{t('crisis.midway.place')}</dt>
          <dd>{m.place ?? t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('crisis.midway.participants')}</dt>
          <dd>{m.participants ?? t('common.none')}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('crisis.midway.reminded')}</dt>
          <dd>
            <ul className="plain-list">
              {midwayParties.map((p) => (
                <li key={p}>
                  {t(`crisis.midway.parties.${p}`)}: {m.remindedOn[p] ? formatDate(m.remindedOn[p]) : t('crisis.midway.notReminded')}
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('crisis.midway.held')}</dt>
          <dd>{m.held ? (m.heldAt ? t('crisis.midway.heldAt', { time: formatDateTime(m.heldAt) }) : t('common.yes')) : t('common.no')}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('crisis.midway.status')}</dt>
          <dd>{text(m.status)}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('crisis.midway.changeSoFar')}</dt>
          <dd>{text(m.changeSoFar)}</dd>
        </div>
        <div className="details-wide">
          <dt>{t('crisis.midway.supportReadyAtHome')}</dt>
          <dd>{text(m.supportReadyAtHome)}</dd>
        </div>
      </dl>
      {m.updatedAt && m.updatedBy ? <p className="muted plan-meta">{t('crisis.midway.updated', { name: m.updatedBy.displayName, time: formatDateTime(m.updatedAt) })}</p> : null}
    </>
  );
}

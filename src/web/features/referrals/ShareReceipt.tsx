import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../format';
import type { ShareT } from '../../types';

/** What was shared, with whom and on which consent or legal basis. */
export function ShareReceipt({ share }: { share: ShareT }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="alert alert-success share-receipt">
      <p>
        <strong>{t('share.done', { recipient: share.recipient, time: formatDateTime(share.sharedAt) })}</strong>
      </p>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('share.on')}</dt>
          <dd>
            {t(`consents.kinds.${share.basis.kind}`)}: {share.basis.purpose}
            {share.basis.validTo ? ` (${t('consents.validTo')} ${formatDate(share.basis.validTo)})` : ''}
          </dd>
        </div>
        <div>
          <dt>{t('share.content')}</dt>
          <dd>
            <ul className="plain-list">
              <li>{t('share.citizen', { value: share.content.citizen })}</li>
              <li>{t('share.offer', { value: share.content.offer })}</li>
              {share.content.note ? <li>{t('share.note', { value: share.content.note })}</li> : null}
              <li>{t('share.worker', { value: share.content.worker, unit: share.content.unit })}</li>
            </ul>
          </dd>
        </div>
      </dl>
    </div>
  );
}

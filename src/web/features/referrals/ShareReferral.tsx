import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { SelectField } from '../../components/Fields';
import type { ReferralT, ShareT } from '../../types';
import { ShareReceipt } from './ShareReceipt';
import { useConsents } from './queries';

const consentErrors = ['no_valid_consent', 'consent_withdrawn'];

/** "Share with the offer": only on a consent or legal basis valid now; a refusal explains why. */
export function ShareReferral({ referral: r }: { referral: ReferralT }) {
  const { t } = useTranslation();
  const consents = useConsents(r.citizenId);
  const [consentId, setConsentId] = useState('');
  const share = useMutation({ mutationFn: () => api.post<ShareT>(`/referrals/${encodeURIComponent(r.id)}/share`, consentId ? { consentId } : {}) });
  const valid = (consents.data ?? []).filter((c) => c.validNow && (c.kind === 'legal_basis' || c.direction !== 'from'));
  const refused = share.error instanceof ApiError && consentErrors.includes(share.error.code);
  const recipient = `${r.offer.provider} — ${r.offer.name}`;
  const id = `share-consent-${r.id}`;
  return (
    <div className="share">
      {valid.length > 0 ? (
        <SelectField
          id={id}
          label={t('share.basis')}
          value={consentId}
          onChange={setConsentId}
          options={[{ value: '', label: t('share.automatic') }, ...valid.map((c) => ({ value: c.id, label: `${t(`consents.kinds.${c.kind}`)}: ${c.party} – ${c.purpose}` }))]}
        />
      ) : null}
      <button type="button" className="button-secondary" onClick={() => share.mutate()} disabled={share.isPending}>
        {share.isPending ? t('share.sharing') : t('share.button')}
      </button>
      {refused ? (
        <div role="alert" className="alert alert-error">
          <p>{t(`share.refused.${(share.error as ApiError).code}`, { recipient })}</p>
          <p>{t('share.recordConsentHint')}</p>
        </div>
      ) : (
        <ErrorAlert error={share.error} />
      )}
      {share.data ? <ShareReceipt share={share.data} /> : null}
    </div>
  );
}

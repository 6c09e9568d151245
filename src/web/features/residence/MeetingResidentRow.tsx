import { useTranslation } from 'react-i18next';
import { fieldCode } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { formatDate } from '../../format';
import { useConsents } from '../referrals/queries';

export type ResidentRow = { citizenId: string; discussed: string; consentId: string };

type Props = { index: number; row: ResidentRow; name: string; external: boolean; error: unknown; onChange: (patch: Partial<ResidentRow>) => void; onRemove: () => void };

/** A resident discussed at the meeting: what about, and — with external parties — the consent or legal basis it rests on. */
export function MeetingResidentRow({ index: i, row, name, external, error, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const consents = useConsents(row.citizenId);
  const options = (consents.data ?? []).map((c) => ({
    value: c.id,
    label: `${t(`consents.kinds.${c.kind}`)}: ${c.party} – ${c.purpose} (${c.withdrawnAt ? t('consents.state.withdrawn', { date: formatDate(c.withdrawnAt) }) : c.validNow ? t('consents.state.valid') : t('consents.state.notValid')})`,
  }));
  const consentError = fieldCode(`residents.${i}.consentId`, {}, error);
  return (
    <div className="residence-resident-row">
      <h4 className="small-heading">{name}</h4>
      <TextField id={`meeting-r-${i}-discussed`} label={t('residence.meetings.discussed', { name })} multiline rows={2} value={row.discussed} onChange={(v) => onChange({ discussed: v })} error={fieldCode(`residents.${i}.discussed`, {}, error)} />
      {external ? (
        <SelectField
          id={`meeting-r-${i}-consent`}
          label={t('residence.meetings.consent', { name })}
          hint={consents.data && consents.data.length === 0 ? t('residence.meetings.noConsents') : t('residence.meetings.consentHint')}
          value={row.consentId}
          onChange={(v) => onChange({ consentId: v })}
          options={[{ value: '', label: t('residence.meetings.findConsent') }, ...options]}
          error={consentError ?? fieldCode(`residents.${i}.citizenId`, {}, error)}
        />
      ) : (
        fieldCode(`residents.${i}.citizenId`, {}, error) ? <p className="field-error">{t(`fieldErrors.${fieldCode(`residents.${i}.citizenId`, {}, error)}`)}</p> : null
      )}
      <button type="button" className="button-link" onClick={onRemove}>
        {t('residence.meetings.removeResident', { name })}
      </button>
    </div>
  );
}

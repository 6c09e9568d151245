import { useTranslation } from 'react-i18next';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import type { ConsentT } from '../../types';
import { actionPlanSections, type PlanForm } from './action-plan-form';

type Props = {
  idPrefix: string;
  form: PlanForm;
  set: (patch: Partial<PlanForm>) => void;
  organisations: { id: string; name: string }[];
  consents: ConsentT[];
  errorOf: (path: string) => string | undefined;
};

/** Which parts go to the provider, to whom, and on which consent or legal basis. */
export function ShareFields({ idPrefix, form: f, set, organisations, consents, errorOf }: Props) {
  const { t } = useTranslation();
  const valid = consents.filter((c) => c.validNow && (c.kind === 'legal_basis' || c.direction !== 'from'));
  const sharing = f.sections.length > 0;
  return (
    <fieldset className="fieldset-inner spaced">
      <legend>{t('actionPlans.form.share')}</legend>
      <p className="hint">{t('actionPlans.form.shareHint')}</p>
      <div className="check-list check-inline">
        {actionPlanSections.map((s) => (
          <CheckboxField
            key={s}
            id={`${idPrefix}-section-${s}`}
            label={t(`actionPlans.sections.${s}`)}
            checked={f.sections.includes(s)}
            onChange={(on) => set({ sections: on ? [...f.sections, s] : f.sections.filter((x) => x !== s) })}
          />
        ))}
      </div>
      {sharing ? (
        <>
          <div className="field-grid">
            {organisations.length > 0 ? (
              <SelectField
                id={`${idPrefix}-share-org`}
                label={t('actionPlans.form.shareOrganisation')}
                hint={t('actionPlans.form.shareOrganisationHint')}
                value={f.shareOrgId}
                onChange={(shareOrgId) => set({ shareOrgId })}
                options={[{ value: '', label: t('actionPlans.form.noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))]}
                error={errorOf('shareWithOrganisationId')}
              />
            ) : null}
            <TextField
              id={`${idPrefix}-shared-with`}
              label={t('actionPlans.form.sharedWith')}
              hint={t('actionPlans.form.sharedWithHint')}
              value={f.sharedWith}
              onChange={(sharedWith) => set({ sharedWith })}
              error={errorOf('sharedWith')}
              required={!f.shareOrgId}
            />
          </div>
          <SelectField
            id={`${idPrefix}-consent`}
            label={t('actionPlans.form.consent')}
            value={f.consentId}
            onChange={(consentId) => set({ consentId })}
            options={[{ value: '', label: t('actionPlans.form.consentAutomatic') }, ...valid.map((c) => ({ value: c.id, label: `${t(`consents.kinds.${c.kind}`)}: ${c.party} – ${c.purpose}` }))]}
            error={errorOf('consentId')}
          />
        </>
      ) : null}
    </fieldset>
  );
}

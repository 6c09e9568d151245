import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { ActionPlanT, AgreementT, PartiesT } from '../../types';
import { can, useMe } from '../auth/me';
import { useAgreements, useParties } from '../agreements/queries';
import { useConsents } from '../referrals/queries';
import { checkPlan, otherMatters, planBody, planForm, type PlanForm } from './action-plan-form';
import { OffersFields } from './OffersFields';
import { actionPlanKeys } from './queries';
import { ShareFields } from './ShareFields';

type Props = { citizenId: string; plan: ActionPlanT | null; onDone: (saved: boolean) => void };

const consentCodes = ['no_valid_consent', 'consent_withdrawn'];

/** Organisations outside the user's own that a plan can be shared with (in Brobygger), by name. */
function providers(parties: PartiesT['organisations'] | undefined, agreements: AgreementT[] | undefined, own: Set<string>) {
  const found = new Map<string, string>();
  for (const o of parties ?? []) found.set(o.id, o.name);
  for (const a of agreements ?? []) for (const o of [a.crisisCenter, a.municipality]) found.set(o.id, o.name);
  return [...found]
    .filter(([id]) => !own.has(id))
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'da'));
}

/** A §141 action plan (SEL): a new plan, or a new version of an existing one. */
export function ActionPlanForm({ citizenId, plan, onDone }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  // The parties list is for those who enter agreements; everyone else shares with the agreements' counterparts.
  const parties = useParties(can(me, 'agreement.manage'));
  const agreements = useAgreements();
  const consents = useConsents(citizenId);
  const [f, setF] = useState<PlanForm>(() => planForm(plan));
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<PlanForm>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.post<ActionPlanT>(`/citizens/${encodeURIComponent(citizenId)}/action-plans`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: actionPlanKeys.list(citizenId) });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = checkPlan(f);
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate(planBody(plan?.id, f));
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = plan ? `plan-${plan.id}` : 'plan-new';
  const own = new Set(me.memberships.map((m) => m.organisationId));
  const organisations = providers(parties.data?.organisations, agreements.data, own);
  const refused = save.error instanceof ApiError && consentCodes.includes(save.error.code) ? save.error.code : null;
  const recipient = organisations.find((o) => o.id === f.shareOrgId)?.name ?? f.sharedWith.trim();
  return (
    <form onSubmit={submit} noValidate className="form card form-inset action-plan-form" aria-label={plan ? t('actionPlans.form.revise') : t('actionPlans.form.create')}>
      {refused ? (
        <div role="alert" className="alert alert-error">
          <p>
            <strong>{t(`actionPlans.refused.${refused}`, { recipient })}</strong>
          </p>
          <p>{t('actionPlans.refused.hint')}</p>
        </div>
      ) : (
        <ErrorAlert error={save.error} />
      )}
      <TextField id={`${id}-purpose`} label={t('actionPlans.fields.purpose')} multiline rows={3} value={f.purpose} onChange={(purpose) => set({ purpose })} error={err('purpose')} required />
      <TextField id={`${id}-support`} label={t('actionPlans.fields.supportNeeded')} multiline rows={3} value={f.supportNeeded} onChange={(supportNeeded) => set({ supportNeeded })} error={err('supportNeeded')} required />
      <TextField id={`${id}-duration`} label={t('actionPlans.fields.expectedDuration')} hint={t('actionPlans.form.durationHint')} value={f.expectedDuration} onChange={(expectedDuration) => set({ expectedDuration })} error={err('expectedDuration')} />
      <fieldset className="fieldset-inner spaced">
        <legend>{t('actionPlans.fields.otherMatters')}</legend>
        <p className="hint">{t('actionPlans.form.otherHint')}</p>
        {otherMatters.map((k) => (
          <TextField key={k} id={`${id}-other-${k}`} label={t(`actionPlans.otherMatters.${k}`)} multiline rows={2} value={f.other[k]} onChange={(v) => set({ other: { ...f.other, [k]: v } })} error={err(`otherMatters.${k}`)} />
        ))}
      </fieldset>
      <OffersFields idPrefix={id} offers={f.offers} onChange={(offers) => set({ offers })} errorOf={err} />
      <TextField id={`${id}-participation`} label={t('actionPlans.fields.citizenParticipation')} hint={t('actionPlans.form.participationHint')} multiline rows={3} value={f.citizenParticipation} onChange={(citizenParticipation) => set({ citizenParticipation })} error={err('citizenParticipation')} required />
      <ShareFields idPrefix={id} form={f} set={set} organisations={organisations} consents={consents.data ?? []} errorOf={err} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : plan ? t('actionPlans.form.submitVersion') : t('actionPlans.form.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

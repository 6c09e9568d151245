import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { ConsentT } from '../../types';
import { bridgingKeys } from '../referrals/queries';

const empty = { kind: 'consent', information: '', party: '', direction: 'to', purpose: '', form: 'written', legalBasis: '', validFrom: todayLocal(), validTo: '' };

/** Records a specific consent (what, to/from whom, purpose) or a legal basis. Blanket consent is not valid. */
export function ConsentForm({ citizenId, onDone }: { citizenId: string; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [f, setF] = useState({ ...empty, validFrom: todayLocal() });
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.post<ConsentT>(`/citizens/${encodeURIComponent(citizenId)}/consents`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: bridgingKeys.consents(citizenId) });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    for (const k of ['information', 'party', 'purpose', 'validFrom'] as const) if (!f[k].trim()) errors[k] = 'required';
    if (f.kind === 'legal_basis' && !f.legalBasis.trim()) errors.legalBasis = 'required';
    if (f.validTo && f.validFrom && f.validTo < f.validFrom) errors.validTo = 'before_start';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const consent = f.kind === 'consent';
    save.mutate({
      kind: f.kind,
      information: f.information.trim(),
      party: f.party.trim(),
      direction: f.direction,
      purpose: f.purpose.trim(),
      form: consent ? f.form : undefined,
      legalBasis: consent ? undefined : f.legalBasis.trim(),
      validFrom: f.validFrom,
      validTo: f.validTo || undefined,
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('consents.add')}>
      <ErrorAlert error={save.error} />
      <ChoiceGroup name="consent-kind" legend={t('consents.kind')} tiles={false} value={f.kind} onChange={(kind) => set({ kind })} options={['consent', 'legal_basis'].map((k) => ({ value: k, label: t(`consents.kinds.${k}`) }))} />
      <TextField id="consent-information" label={t('consents.information')} hint={t('consents.informationHint')} multiline rows={2} value={f.information} onChange={(information) => set({ information })} error={err('information')} required />
      <div className="field-grid">
        <TextField id="consent-party" label={t('consents.party')} hint={t('consents.partyHint')} value={f.party} onChange={(party) => set({ party })} error={err('party')} required />
        <SelectField id="consent-direction" label={t('consents.direction')} value={f.direction} onChange={(direction) => set({ direction })} options={['to', 'from', 'both'].map((d) => ({ value: d, label: t(`consents.directions.${d}`, { party: f.party.trim() || t('consents.theParty') }) }))} />
      </div>
      <TextField id="consent-purpose" label={t('consents.purpose')} hint={t('consents.purposeHint')} multiline rows={2} value={f.purpose} onChange={(purpose) => set({ purpose })} error={err('purpose')} required />
      {f.kind === 'consent' ? (
        <ChoiceGroup name="consent-form" legend={t('consents.form')} tiles={false} value={f.form} onChange={(form) => set({ form })} options={['written', 'oral'].map((k) => ({ value: k, label: t(`consents.forms.${k}`) }))} error={err('form')} />
      ) : (
        <TextField id="consent-legal-basis" label={t('consents.legalBasis')} hint={t('consents.legalBasisHint')} value={f.legalBasis} onChange={(legalBasis) => set({ legalBasis })} error={err('legalBasis')} required />
      )}
      <div className="field-grid">
        <TextField id="consent-from" label={t('consents.validFrom')} type="date" value={f.validFrom} onChange={(validFrom) => set({ validFrom })} error={err('validFrom')} required />
        <TextField id="consent-to" label={t('consents.validTo')} type="date" value={f.validTo} onChange={(validTo) => set({ validTo })} error={err('validTo')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('consents.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { inboundSources } from '../../../shared/schemas/bridging';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { InboundT } from '../../types';
import { useMe } from '../auth/me';
import { usePartners } from '../partners/queries';

/** Registers an inbound referral to one of the user's units. */
export function InboundForm({ onDone }: { onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const partners = usePartners();
  const units = me.memberships.filter((m) => m.unitId && (m.role === 'leader' || m.role === 'worker' || m.role === 'social_mentor' || m.role === 'case_officer'));
  const [f, setF] = useState({ unitId: units[0]?.unitId ?? '', sourceType: 'partner', partnerId: '', sourceName: '', receivedOn: todayLocal(), description: '', place: '' });
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => api.post<InboundT>('/inbound-referrals', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['inbound'] });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (f.sourceType === 'partner' && !f.partnerId) errors.partnerId = 'required';
    if (f.description.trim().length < 3) errors.description = f.description.trim() ? 'too_short' : 'required';
    if (!f.receivedOn) errors.receivedOn = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({
      unitId: f.unitId,
      sourceType: f.sourceType,
      partnerId: f.sourceType === 'partner' ? f.partnerId : undefined,
      sourceName: f.sourceName.trim() || undefined,
      receivedOn: f.receivedOn,
      description: f.description.trim(),
      place: f.place.trim() || undefined,
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('inbound.create')}>
      <ErrorAlert error={save.error} />
      {units.length > 1 ? (
        <SelectField id="inbound-unit" label={t('inbound.unit')} value={f.unitId} onChange={(unitId) => set({ unitId })} options={units.map((u) => ({ value: u.unitId!, label: u.unitName ?? '' }))} error={err('unitId')} />
      ) : null}
      <ChoiceGroup name="inbound-source" legend={t('inbound.source')} tiles={false} value={f.sourceType} onChange={(sourceType) => set({ sourceType })} options={inboundSources.map((s) => ({ value: s, label: t(`inbound.sources.${s}`) }))} />
      <div className="field-grid">
        {f.sourceType === 'partner' ? (
          <SelectField
            id="inbound-partner"
            label={t('inbound.partner')}
            required
            value={f.partnerId}
            onChange={(partnerId) => set({ partnerId })}
            options={[{ value: '', label: t('inbound.choosePartner') }, ...(partners.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
            error={err('partnerId')}
          />
        ) : null}
        <TextField id="inbound-source-name" label={t('inbound.sourceName')} hint={t('inbound.sourceNameHint')} value={f.sourceName} onChange={(sourceName) => set({ sourceName })} error={err('sourceName')} />
        <TextField id="inbound-received" label={t('inbound.receivedOn')} type="date" value={f.receivedOn} onChange={(receivedOn) => set({ receivedOn })} error={err('receivedOn')} required />
        <TextField id="inbound-place" label={t('inbound.place')} value={f.place} onChange={(place) => set({ place })} error={err('place')} />
      </div>
      <TextField id="inbound-description" label={t('inbound.description')} multiline rows={3} value={f.description} onChange={(description) => set({ description })} error={err('description')} required />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('inbound.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

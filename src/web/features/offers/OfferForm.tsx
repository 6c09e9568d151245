import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { offerCategories, offerSectors } from '../../../shared/schemas/bridging';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { OfferT } from '../../types';

const textFields = ['name', 'provider', 'legalBasis', 'address', 'contactPerson', 'phone', 'email', 'description'] as const;
type TextKey = (typeof textFields)[number];

/** Create or edit an offer; a changed waiting time counts as confirmed today. */
export function OfferForm({ offer, onDone }: { offer?: OfferT; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const initial = Object.fromEntries(textFields.map((k) => [k, offer?.[k] ?? ''])) as Record<TextKey, string>;
  const [f, setF] = useState({ ...initial, category: offer?.category ?? 'housing', sector: offer?.sector ?? 'public', waiting: offer?.waitingTimeDays?.toString() ?? '', active: offer?.active ?? true });
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: (body: object) => (offer ? api.patch<OfferT>(`/offers/${encodeURIComponent(offer.id)}`, body) : api.post<OfferT>('/offers', body)),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['offers'] });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!f.name.trim()) errors.name = 'required';
    if (!f.provider.trim()) errors.provider = 'required';
    const waiting = f.waiting.trim() === '' ? null : Number(f.waiting);
    if (waiting !== null && (!Number.isInteger(waiting) || waiting < 0)) errors.waitingTimeDays = 'invalid_value';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    const body: Record<string, unknown> = { category: f.category, sector: f.sector };
    for (const k of textFields) body[k] = f[k].trim() || (offer ? null : undefined);
    body.name = f.name.trim();
    body.provider = f.provider.trim();
    if (!offer || waiting !== offer.waitingTimeDays) body.waitingTimeDays = waiting;
    if (offer) body.active = f.active;
    save.mutate(body);
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `offer-${n}-${offer?.id ?? 'new'}`;
  const label = (k: TextKey) => t(`offers.fields.${k}`);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={offer ? t('offers.editNamed', { name: offer.name }) : t('offers.create')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id={id('name')} label={label('name')} value={f.name} onChange={(name) => set({ name })} error={err('name')} required />
        <TextField id={id('provider')} label={label('provider')} value={f.provider} onChange={(provider) => set({ provider })} error={err('provider')} required />
        <SelectField id={id('category')} label={t('offers.category')} value={f.category} onChange={(category) => set({ category: category as typeof f.category })} options={offerCategories.map((c) => ({ value: c, label: t(`offers.categories.${c}`) }))} />
        <SelectField id={id('sector')} label={t('offers.sector')} value={f.sector} onChange={(sector) => set({ sector: sector as typeof f.sector })} options={offerSectors.map((s) => ({ value: s, label: t(`offers.sectors.${s}`) }))} />
        <TextField id={id('waiting')} label={t('offers.waitingDays')} hint={t('offers.waitingHint')} type="number" inputMode="numeric" value={f.waiting} onChange={(waiting) => set({ waiting })} error={err('waitingTimeDays')} />
        {(['legalBasis', 'address', 'contactPerson', 'phone', 'email'] as const).map((k) => (
          <TextField key={k} id={id(k)} label={label(k)} type={k === 'email' ? 'email' : k === 'phone' ? 'tel' : 'text'} value={f[k]} onChange={(v) => set({ [k]: v })} error={err(k)} />
        ))}
      </div>
      <TextField id={id('description')} label={label('description')} multiline rows={3} value={f.description} onChange={(description) => set({ description })} error={err('description')} />
      {offer ? <CheckboxField id={id('active')} label={t('offers.activeLabel')} checked={f.active} onChange={(active) => set({ active })} /> : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

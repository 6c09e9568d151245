import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { partnerTypes } from '../../../shared/schemas/bridging';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { PartnerT } from '../../types';

type Contact = { name: string; role: string; phone: string; email: string };
const blank: Contact = { name: '', role: '', phone: '', email: '' };
const opt = (s: string) => s.trim() || undefined;

/** Registers a partner organisation with its named contacts. */
export function PartnerForm({ onDone }: { onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [f, setF] = useState({ name: '', type: 'housing_adviser', address: '', phone: '', email: '', notes: '' });
  const [contacts, setContacts] = useState<Contact[]>([{ ...blank }]);
  const [client, setClient] = useState<ClientErrors>({});
  const set = (patch: Partial<typeof f>) => setF((v) => ({ ...v, ...patch }));
  const setContact = (i: number, patch: Partial<Contact>) => setContacts((cs) => cs.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const save = useMutation({
    mutationFn: (body: object) => api.post<PartnerT>('/partners', body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = f.name.trim() ? {} : { name: 'required' };
    setClient(errors);
    if (!f.name.trim()) return focusFirstInvalid();
    const named = contacts.filter((c) => c.name.trim());
    save.mutate({
      name: f.name.trim(),
      type: f.type,
      address: opt(f.address),
      phone: opt(f.phone),
      email: opt(f.email),
      notes: opt(f.notes),
      contacts: named.map((c) => ({ name: c.name.trim(), role: opt(c.role), phone: opt(c.phone), email: opt(c.email) })),
    });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('partners.create')}>
      <ErrorAlert error={save.error} />
      <div className="field-grid">
        <TextField id="partner-name" label={t('partners.name')} value={f.name} onChange={(name) => set({ name })} error={err('name')} required />
        <SelectField id="partner-type" label={t('partners.type')} value={f.type} onChange={(type) => set({ type })} options={partnerTypes.map((p) => ({ value: p, label: t(`partners.types.${p}`) }))} />
        <TextField id="partner-address" label={t('partners.address')} value={f.address} onChange={(address) => set({ address })} error={err('address')} />
        <TextField id="partner-phone" label={t('partners.phone')} type="tel" value={f.phone} onChange={(phone) => set({ phone })} error={err('phone')} />
        <TextField id="partner-email" label={t('partners.email')} type="email" value={f.email} onChange={(email) => set({ email })} error={err('email')} />
      </div>
      <TextField id="partner-notes" label={t('partners.notes')} hint={t('partners.notesHint')} multiline rows={2} value={f.notes} onChange={(notes) => set({ notes })} error={err('notes')} />
      {contacts.map((c, i) => (
        <fieldset key={i} className="fieldset-inner">
          <legend>{t('partners.contactN', { n: i + 1 })}</legend>
          <div className="field-grid">
            <TextField id={`contact-name-${i}`} label={t('partners.contactName')} value={c.name} onChange={(name) => setContact(i, { name })} error={err(`contacts.${i}.name`)} />
            <TextField id={`contact-role-${i}`} label={t('partners.contactRole')} value={c.role} onChange={(role) => setContact(i, { role })} />
            <TextField id={`contact-phone-${i}`} label={t('partners.phone')} type="tel" value={c.phone} onChange={(phone) => setContact(i, { phone })} />
            <TextField id={`contact-email-${i}`} label={t('partners.email')} type="email" value={c.email} onChange={(email) => setContact(i, { email })} />
          </div>
        </fieldset>
      ))}
      <button type="button" className="button-link" onClick={() => setContacts([...contacts, { ...blank }])}>
        {t('partners.addContact')}
      </button>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('partners.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { PartnerT } from '../../types';
import { useMe } from '../auth/me';

/** Logs a meeting with the partner or a communication (PR) activity for one of the user's units. */
export function ActivityForm({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const units = me.memberships.filter((m) => m.unitId && me.permissions.includes('catalog.manage'));
  const [unitId, setUnitId] = useState(units[0]?.unitId ?? '');
  const [kind, setKind] = useState('meeting');
  const [date, setDate] = useState(todayLocal());
  const [description, setDescription] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: object) => api.post<PartnerT>(`/partners/${encodeURIComponent(partnerId)}/activities`, body),
    onSuccess: async () => {
      setDescription('');
      setStatus(t('partners.activityLogged'));
      await queryClient.invalidateQueries({ queryKey: ['partners'] });
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const errors: ClientErrors = {};
    if (!description.trim()) errors.description = 'required';
    if (!date) errors.date = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ unitId, kind, date, description: description.trim() });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('partners.logActivity')}>
      <h3>{t('partners.logActivity')}</h3>
      <ErrorAlert error={save.error} />
      <StatusMessage message={status} />
      <ChoiceGroup name="activity-kind" legend={t('partners.kind')} tiles={false} value={kind} onChange={setKind} options={['meeting', 'communication'].map((k) => ({ value: k, label: t(`partners.kinds.${k}`) }))} />
      <div className="field-grid">
        <TextField id="activity-date" label={t('partners.date')} type="date" value={date} onChange={setDate} error={err('date')} required />
        {units.length > 1 ? (
          <SelectField id="activity-unit" label={t('partners.unit')} value={unitId} onChange={setUnitId} options={units.map((u) => ({ value: u.unitId!, label: u.unitName ?? '' }))} error={err('unitId')} />
        ) : null}
      </div>
      <TextField id="activity-description" label={t('partners.description')} multiline rows={3} value={description} onChange={setDescription} error={err('description')} required />
      <button type="submit" className="button-primary" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('partners.logSubmit')}
      </button>
    </form>
  );
}

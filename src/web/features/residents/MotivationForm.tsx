import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import { useMe } from '../auth/me';
import { refreshMotivation } from './queries';
import type { MotivationT } from './types';

/** A quick "Ny motivation": what the resident is motivated for, noticed when (default today) and by whom (default the user). */
export function MotivationForm({ citizenId, onDone }: { citizenId: string; onDone: (saved: MotivationT | null) => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const [what, setWhat] = useState('');
  const [noticedOn, setNoticedOn] = useState(todayLocal());
  const [noticedBy, setNoticedBy] = useState(me.user.displayName);
  const [expiresOn, setExpiresOn] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<MotivationT>(`/citizens/${encodeURIComponent(citizenId)}/motivation`, body),
    onSuccess: async (saved) => {
      await refreshMotivation(queryClient, citizenId);
      onDone(saved);
    },
    onError: () => focusFirstInvalid(),
  });
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `motivation-new-${n}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!what.trim()) errors.what = 'required';
    if (!noticedOn) errors.noticedOn = 'required';
    else if (noticedOn > todayLocal()) errors.noticedOn = 'in_future';
    if (!noticedBy.trim()) errors.noticedBy = 'required';
    if (expiresOn && noticedOn && expiresOn < noticedOn) errors.expiresOn = 'invalid_value';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate({ what: what.trim(), noticedOn, noticedBy: noticedBy.trim(), ...(expiresOn ? { expiresOn } : {}) });
  };
  return (
    <form className="form card form-inset motivation-form" aria-label={t('resident.motivation.formLabel')} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      <TextField id={id('what')} label={t('resident.motivation.what')} hint={t('resident.motivation.whatHint')} required multiline rows={2} value={what} onChange={setWhat} error={err('what')} />
      <div className="field-grid">
        <TextField id={id('noticed-on')} label={t('resident.motivation.noticedOn')} required type="date" value={noticedOn} onChange={setNoticedOn} error={err('noticedOn')} />
        <TextField id={id('noticed-by')} label={t('resident.motivation.noticedBy')} hint={t('resident.motivation.noticedByHint')} required value={noticedBy} onChange={setNoticedBy} error={err('noticedBy')} />
        <TextField id={id('expires-on')} label={t('resident.motivation.expiresOn')} hint={t('resident.motivation.expiresOnHint')} type="date" value={expiresOn} onChange={setExpiresOn} error={err('expiresOn')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('resident.motivation.create')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

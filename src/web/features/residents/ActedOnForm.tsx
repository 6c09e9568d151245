import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { refreshMotivation } from './queries';
import type { MotivationT } from './types';

type Props = { entry: MotivationT; idPrefix: string; onDone: (saved: MotivationT | null) => void };

/** "Fulgt op": what was done with the motivation while it lasted. Then it leaves the banner and the handover. */
export function ActedOnForm({ entry, idPrefix, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: { note: string }) => api.post<MotivationT>(`/motivation/${encodeURIComponent(entry.id)}/acted-on`, body),
    onSuccess: async (saved) => {
      await refreshMotivation(queryClient, saved.citizenId);
      onDone(saved);
    },
    onError: () => focusFirstInvalid(),
  });
  const id = `${idPrefix}-acted-${entry.id}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!note.trim()) errors.note = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate({ note: note.trim() });
  };
  return (
    <form className="form form-inset motivation-acted-form" aria-label={t('resident.motivation.actedOnLabel', { what: entry.what })} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      <TextField id={id} label={t('resident.motivation.actedOnNote')} hint={t('resident.motivation.actedOnHint')} required multiline rows={2} value={note} onChange={setNote} error={fieldCode('note', client, save.error)} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('resident.motivation.actedOnSave')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

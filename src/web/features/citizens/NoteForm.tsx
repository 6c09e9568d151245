import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import type { NoteT } from '../../types';
import { citizenKeys, newClientId } from './queries';

/** A new case note. The client id stays the same until the note is saved, so a retry is idempotent. */
export function NoteForm({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const clientId = useRef(newClientId());
  const create = useMutation({
    mutationFn: (body: { id: string; text: string }) => api.post<NoteT>(`/courses/${encodeURIComponent(courseId)}/notes`, body),
    onSuccess: async () => {
      clientId.current = newClientId();
      setText('');
      setStatus(t('notes.created'));
      await queryClient.invalidateQueries({ queryKey: citizenKeys.notes(courseId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    if (!text.trim()) return setClient({ text: 'required' });
    setClient({});
    create.mutate({ id: clientId.current, text: text.trim() });
  };
  return (
    <form onSubmit={submit} noValidate className="form note-form">
      <ErrorAlert error={create.error} />
      <StatusMessage message={status} />
      <TextField id={`note-text-${courseId}`} label={t('notes.add')} multiline rows={4} value={text} onChange={setText} error={fieldCode('text', client, create.error)} />
      <button type="submit" className="button-primary" disabled={create.isPending}>
        {create.isPending ? t('notes.submitting') : t('notes.submit')}
      </button>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { formatDateTime } from '../../format';
import type { NoteT } from '../../types';
import { useMe } from '../auth/me';
import { citizenKeys } from './queries';

export function NoteItem({ note, courseId }: { note: NoteT; courseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const canEdit = note.editableUntil !== null && note.authorId === me.user.id && new Date(note.editableUntil) > new Date();
  const edited = note.version > 1 || note.history.length > 0;
  return (
    <article className="note" aria-label={t('notes.by', { author: note.authorName, time: formatDateTime(note.occurredAt) })}>
      <header className="note-meta">
        <span className="note-author">{note.authorName}</span>
        <time dateTime={note.occurredAt}>{formatDateTime(note.occurredAt)}</time>
        {edited ? <span className="badge badge-edited">{t('notes.edited')}</span> : null}
      </header>
      {editing ? (
        <EditNote note={note} courseId={courseId} onDone={() => setEditing(false)} />
      ) : (
        <p className="note-text pre-wrap">{note.text}</p>
      )}
      {edited && note.history.length > 0 ? (
        <details className="note-history">
          <summary>{t('notes.history')}</summary>
          <ol>
            {[...note.history]
              .sort((a, b) => b.version - a.version)
              .map((h) => (
                <li key={h.version}>
                  <p className="muted">{t('notes.version', { version: h.version, time: formatDateTime(h.editedAt) })}</p>
                  <p className="pre-wrap">{h.text}</p>
                </li>
              ))}
          </ol>
        </details>
      ) : null}
      {canEdit && !editing ? (
        <button type="button" className="button-link" onClick={() => setEditing(true)}>
          {t('notes.edit')}
        </button>
      ) : null}
    </article>
  );
}

function EditNote({ note, courseId, onDone }: { note: NoteT; courseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState(note.text);
  const [client, setClient] = useState<ClientErrors>({});
  const update = useMutation({
    mutationFn: (body: { text: string }) => api.patch<NoteT>(`/notes/${encodeURIComponent(note.id)}`, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: citizenKeys.notes(courseId) });
      onDone();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return setClient({ text: 'required' });
    setClient({});
    if (text.trim() === note.text) return onDone();
    update.mutate({ text: text.trim() });
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <ErrorAlert error={update.error} />
      <TextField id={`note-edit-${note.id}`} label={t('notes.editLabel')} multiline rows={4} value={text} onChange={setText} error={fieldCode('text', client, update.error)} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={update.isPending}>
          {update.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

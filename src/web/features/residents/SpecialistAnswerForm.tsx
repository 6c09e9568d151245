import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { SpecialistRequestT } from './types';

type Kind = 'advice' | 'followUp';
type Props = { request: SpecialistRequestT; kind: Kind; onDone: (saved: SpecialistRequestT | null) => void };

const paths: Record<Kind, string> = { advice: 'advice', followUp: 'follow-up' };

/** The specialised team's advice on a request, or how staff followed the advice up. */
export function SpecialistAnswerForm({ request, kind, onDone }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<SpecialistRequestT>(`/specialist-requests/${encodeURIComponent(request.id)}/${paths[kind]}`, body),
    onSuccess: (saved) => onDone(saved),
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!value.trim()) errors[kind] = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    save.mutate({ [kind]: value.trim() });
  };
  return (
    <form className="form form-inset" aria-label={t(`resident.specialist.${kind}FormLabel`)} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      <TextField
        id={`specialist-${kind}-${request.id}`}
        label={t(`resident.specialist.${kind}Field`)}
        hint={t(`resident.specialist.${kind}Hint`)}
        required
        multiline
        value={value}
        onChange={setValue}
        error={fieldCode(kind, client, save.error)}
      />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t(`resident.specialist.${kind}Save`)}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

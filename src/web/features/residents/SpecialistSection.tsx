import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { residentKeys, useSpecialistRequests } from './queries';
import { SpecialistRequestItem } from './SpecialistRequestItem';
import type { SpecialistRequestT } from './types';

type Props = { citizenId: string; /** The unit to ask in, when the user may ask (staff); null: the user only reads or advises. */ askUnitId: string | null };

/**
 * Core element 6: "Spørg det specialiserede team" about the resident — the question, the team's
 * advice and how staff followed it up. Not shown to anyone the server refuses (403).
 */
export function SpecialistSection({ citizenId, askUnitId }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const list = useSpecialistRequests(citizenId, true);
  const [question, setQuestion] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: residentKeys.specialist(citizenId) });
  const ask = useMutation({
    mutationFn: (body: object) => api.post<SpecialistRequestT>('/specialist-requests', body),
    onSuccess: async () => {
      setQuestion('');
      setStatus(t('resident.specialist.asked'));
      await refresh();
      void queryClient.invalidateQueries({ queryKey: residentKeys.handoverAll });
    },
    onError: () => focusFirstInvalid(),
  });
  if (list.data === null) return null;
  const items = list.data?.items ?? [];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!question.trim()) errors.question = 'required';
    setClient(errors);
    setStatus(null);
    if (Object.keys(errors).length) return focusFirstInvalid();
    ask.mutate({ citizenId, question: question.trim(), ...(askUnitId ? { unitId: askUnitId } : {}) });
  };
  return (
    <section aria-labelledby="specialist-heading" className="section specialist-section">
      <h2 id="specialist-heading" ref={headingRef} tabIndex={-1}>
        {t('resident.specialist.title')}
      </h2>
      <p className="muted">{t('resident.specialist.intro')}</p>
      <StatusMessage message={status} />
      {list.isPending ? <Loading /> : null}
      <ErrorAlert error={list.error} />
      {list.data && items.length === 0 ? <p className="muted">{t('resident.specialist.none')}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list specialist-list">
          {items.map((r) => (
            <li key={r.id}>
              <SpecialistRequestItem
                request={r}
                onChanged={(_, message) => {
                  setStatus(message);
                  headingRef.current?.focus();
                  void refresh();
                  void queryClient.invalidateQueries({ queryKey: residentKeys.handoverAll });
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {askUnitId ? (
        <form className="form card form-inset" aria-label={t('resident.specialist.askLabel')} onSubmit={submit} noValidate>
          <ErrorAlert error={ask.error} />
          <TextField id="specialist-question" label={t('resident.specialist.question')} hint={t('resident.specialist.questionHint')} required multiline rows={2} value={question} onChange={setQuestion} error={fieldCode('question', client, ask.error)} />
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={ask.isPending}>
              {ask.isPending ? t('common.saving') : t('resident.specialist.ask')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}

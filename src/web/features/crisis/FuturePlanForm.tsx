import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { FuturePlanT } from '../../types';
import { futurePlanFields, type FuturePlanField } from './future-plan';
import { crisisKeys } from './queries';

type Props = { courseId: string; plan: FuturePlanT['current']; onDone: (saved: boolean) => void };

/** A new version of the future plan; the previous versions are kept. */
export function FuturePlanForm({ courseId, plan, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [f, setF] = useState<Record<FuturePlanField, string>>(() => Object.fromEntries(futurePlanFields.map((k) => [k, plan?.[k] ?? ''])) as Record<FuturePlanField, string>);
  const [withCitizen, setWithCitizen] = useState(plan?.writtenWithCitizen ?? true);
  const save = useMutation({
    mutationFn: (body: object) => api.put<FuturePlanT>(`/courses/${encodeURIComponent(courseId)}/future-plan`, body),
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['courses'] }), queryClient.invalidateQueries({ queryKey: crisisKeys.all })]);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ ...Object.fromEntries(futurePlanFields.map((k) => [k, f[k].trim() || null])), writtenWithCitizen: withCitizen });
  };
  const id = (n: string) => `future-${n}-${courseId}`;
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('crisis.futurePlan.edit')}>
      <ErrorAlert error={save.error} />
      {futurePlanFields.map((k) => (
        <TextField
          key={k}
          id={id(k)}
          label={t(`crisis.futurePlan.fields.${k}`)}
          hint={k === 'wishes' ? t('crisis.futurePlan.wishesHint') : undefined}
          multiline
          rows={k === 'wishes' ? 4 : 2}
          value={f[k]}
          onChange={(v) => setF((old) => ({ ...old, [k]: v }))}
          error={fieldCode(k, {}, save.error)}
        />
      ))}
      <CheckboxField id={id('with')} label={t('crisis.futurePlan.writtenWithCitizen')} checked={withCitizen} onChange={setWithCitizen} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('crisis.futurePlan.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

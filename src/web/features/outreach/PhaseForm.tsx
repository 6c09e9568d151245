import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { CourseT } from '../../types';
import { refreshCourse } from './queries';

type Props = { course: CourseT; allowed: string[]; initialTo?: string; onDone: (saved: boolean) => void };

/** Moves the course to one of the phases its method allows from the current phase. */
export function PhaseForm({ course, allowed, initialTo, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [to, setTo] = useState(initialTo ?? (allowed.length === 1 ? allowed[0] : ''));
  const [reason, setReason] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<CourseT>(`/courses/${encodeURIComponent(course.id)}/phase`, body),
    onSuccess: async () => {
      await refreshCourse(queryClient, course.id, course.citizenId);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!to) errors.to = 'required';
    if (!reason.trim()) errors.reason = 'required';
    if (!date) errors.date = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ to, reason: reason.trim(), date });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `phase-${n}-${course.id}`;
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('phase.change')}>
      <ErrorAlert error={save.error} />
      <ChoiceGroup
        name={id('to')}
        legend={t('phase.to')}
        required
        tiles={false}
        value={to}
        onChange={setTo}
        options={allowed.map((p) => ({ value: p, label: t(`phases.${p}`, { defaultValue: p }) }))}
        error={err('to')}
      />
      <TextField id={id('reason')} label={t('phase.reason')} multiline rows={2} value={reason} onChange={setReason} error={err('reason')} required />
      <TextField id={id('date')} label={t('phase.date')} type="date" value={date} onChange={setDate} error={err('date')} required />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('phase.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

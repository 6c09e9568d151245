import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import type { CourseT } from '../../types';
import { refreshCourse } from './queries';
import { UnitHandoverField } from './UnitHandoverField';

type Props = { course: CourseT; reasons: string[]; initialReason?: string; onDone: (saved: boolean) => void };

/** Ends the course with a reason the current phase allows and a closing summary (in 2C: the handover). */
export function CloseForm({ course, reasons, initialReason, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState(initialReason ?? reasons[0] ?? '');
  const [summary, setSummary] = useState('');
  const [handoverTo, setHandoverTo] = useState('');
  const [toUnitId, setToUnitId] = useState('');
  const [date, setDate] = useState(todayLocal());
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.post<CourseT>(`/courses/${encodeURIComponent(course.id)}/close`, body),
    onSuccess: async () => {
      await refreshCourse(queryClient, course.id, course.citizenId);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!summary.trim()) errors.summary = 'required';
    const handover = reason === 'handover';
    const toUnit = handover && toUnitId ? toUnitId : undefined;
    if (handover && !toUnit && !handoverTo.trim()) errors.handoverTo = 'required';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ reason, summary: summary.trim(), date, handoverTo: handover ? handoverTo.trim() || undefined : undefined, toUnitId: toUnit });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `close-${n}-${course.id}`;
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('close.title')}>
      <ErrorAlert error={save.error} />
      <SelectField id={id('reason')} label={t('close.reason')} value={reason} onChange={setReason} options={reasons.map((r) => ({ value: r, label: t(`endReasons.${r}`) }))} error={err('reason')} required />
      {reason === 'handover' ? (
        <>
          <UnitHandoverField id={id('unit')} course={course} value={toUnitId} onChange={setToUnitId} error={err('toUnitId')} />
          <TextField
            id={id('to')}
            label={t('close.handoverTo')}
            hint={toUnitId ? t('close.handoverHintUnit') : t('close.handoverHint')}
            value={handoverTo}
            onChange={setHandoverTo}
            error={err('handoverTo')}
            required={!toUnitId}
          />
        </>
      ) : null}
      <TextField id={id('summary')} label={t('close.summary')} hint={t('close.summaryHint')} multiline rows={4} value={summary} onChange={setSummary} error={err('summary')} required />
      <TextField id={id('date')} label={t('close.date')} type="date" value={date} onChange={setDate} error={err('date')} required />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : reason === 'handover' ? t('close.submitHandover') : t('close.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

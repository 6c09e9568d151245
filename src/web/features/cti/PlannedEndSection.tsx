import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { formatDate } from '../../format';
import type { CourseT, TimelineT } from '../../types';
import { storeTimeline } from './queries';

/** The planned end of the course, and moving it (past the nine months only with a reason). */
export function PlannedEndSection({ course, timeline }: { course: CourseT; timeline: TimelineT }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `planned-end-${course.id}`;
  const canWrite = course.canWriteNotes && course.status === 'active';
  const plannedEnd = course.plannedEndDate ?? timeline.plannedEnd;
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('cti.plannedEnd.title')}</h4>
      <StatusMessage message={status} />
      <p>{plannedEnd ? formatDate(plannedEnd) : t('cti.plannedEnd.none')}</p>
      {canWrite && !open ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setStatus(null);
            setOpen(true);
          }}
        >
          {t('cti.plannedEnd.move')}
        </button>
      ) : null}
      {open ? (
        <PlannedEndForm
          course={course}
          initial={plannedEnd ?? ''}
          onDone={(saved) => {
            setOpen(false);
            setStatus(saved ? t('cti.plannedEnd.saved') : null);
          }}
        />
      ) : null}
    </section>
  );
}

function PlannedEndForm({ course, initial, onDone }: { course: CourseT; initial: string; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState(initial);
  const [reason, setReason] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.put<TimelineT>(`/courses/${encodeURIComponent(course.id)}/planned-end`, body),
    onSuccess: async (timeline) => {
      await storeTimeline(queryClient, timeline, course.citizenId);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = date ? {} : { plannedEndDate: 'required' };
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ plannedEndDate: date, reason: reason.trim() || undefined });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `planned-end-${n}-${course.id}`;
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('cti.plannedEnd.move')}>
      <ErrorAlert error={save.error} />
      <TextField id={id('date')} label={t('cti.plannedEnd.date')} type="date" value={date} onChange={setDate} error={err('plannedEndDate')} required />
      <TextField id={id('reason')} label={t('cti.plannedEnd.reasonLabel')} hint={t('cti.plannedEnd.reasonHint')} multiline rows={2} value={reason} onChange={setReason} error={err('reason')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('cti.plannedEnd.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

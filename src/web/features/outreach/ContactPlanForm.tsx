import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { ContactPlanT, CourseT } from '../../types';
import { useMe } from '../auth/me';
import { useMyUnits } from '../citizens/queries';
import { refreshCourse } from './queries';

type Props = { course: CourseT; plan: ContactPlanT | null; onDone: (saved: boolean) => void };

/** A new version of the contact plan; colleagues who answered together are its authors. */
export function ContactPlanForm({ course, plan, onDone }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const units = useMyUnits();
  const colleagues = (units.data?.find((u) => u.id === course.unitId)?.members ?? []).filter((m) => m.id !== me.user.id && m.role !== 'spotter');
  const [where, setWhere] = useState(plan?.where ?? '');
  const [how, setHow] = useState(plan?.how ?? '');
  const [cadence, setCadence] = useState(String(plan?.cadenceDays ?? 7));
  const [keep, setKeep] = useState(plan?.keepContact ?? '');
  const [authors, setAuthors] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (body: object) => api.put<ContactPlanT>(`/courses/${encodeURIComponent(course.id)}/contact-plan`, body),
    onSuccess: async () => {
      await refreshCourse(queryClient, course.id);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = Number(cadence);
    const errors: ClientErrors = {};
    if (!where.trim()) errors.where = 'required';
    if (!how.trim()) errors.how = 'required';
    if (!Number.isInteger(n) || n < 1) errors.cadenceDays = 'too_small';
    else if (n > 365) errors.cadenceDays = 'too_big';
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate({ where: where.trim(), how: how.trim(), cadenceDays: n, keepContact: keep.trim(), authorIds: authors, comment: comment.trim() || undefined });
  };
  const err = (p: string) => fieldCode(p, client, save.error);
  const id = (n: string) => `plan-${n}-${course.id}`;
  return (
    <form onSubmit={submit} noValidate className="form" aria-label={t('plan.revise')}>
      <ErrorAlert error={save.error} />
      <TextField id={id('where')} label={t('plan.where')} multiline rows={2} value={where} onChange={setWhere} error={err('where')} required />
      <TextField id={id('how')} label={t('plan.how')} multiline rows={2} value={how} onChange={setHow} error={err('how')} required />
      <TextField id={id('cadence')} label={t('plan.often')} hint={t('plan.cadenceHint')} type="number" inputMode="numeric" value={cadence} onChange={setCadence} error={err('cadenceDays')} required />
      <TextField id={id('keep')} label={t('plan.keep')} multiline rows={2} value={keep} onChange={setKeep} error={err('keepContact')} />
      <fieldset className="fieldset-inner">
        <legend>{t('plan.authors')}</legend>
        <p className="hint">{t('plan.authorsHint', { name: me.user.displayName })}</p>
        <div className="check-list check-inline">
          {colleagues.map((m) => (
            <CheckboxField key={m.id} id={id(`author-${m.id}`)} label={m.displayName} checked={authors.includes(m.id)} onChange={(on) => setAuthors(on ? [...authors, m.id] : authors.filter((x) => x !== m.id))} />
          ))}
        </div>
      </fieldset>
      <TextField id={id('comment')} label={t('plan.comment')} multiline rows={2} value={comment} onChange={setComment} error={err('comment')} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('plan.save')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

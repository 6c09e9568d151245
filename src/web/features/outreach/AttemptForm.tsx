import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, StatusMessage } from '../../components/Alerts';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { CheckboxField, SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { ContactAttemptT, CourseT } from '../../types';
import { can, useMe } from '../auth/me';
import { newClientId, useMyUnits } from '../citizens/queries';
import { usePlaces } from '../places/queries';
import { attemptBody, attemptMethods, attemptOutcomes, checkAttempt, emptyAttempt, signsOfLife, type AttemptForm as Form } from './attempt-form';
import { refreshCourse } from './queries';

type Props = { course: CourseT; last: ContactAttemptT | undefined };

/** The quick "log a contact attempt" form, built for a phone in the field. */
export function AttemptForm({ course, last }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const units = useMyUnits();
  const registered = usePlaces('', can(me, 'place.read')).data?.items ?? [];
  const [form, setForm] = useState<Form>(() => emptyAttempt(last));
  const [client, setClient] = useState<ClientErrors>({});
  const [status, setStatus] = useState<string | null>(null);
  const clientId = useRef(newClientId());
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const colleagues = (units.data?.find((u) => u.id === course.unitId)?.members ?? []).filter((m) => m.id !== me.user.id && m.role !== 'spotter');

  const save = useMutation({
    mutationFn: (body: ReturnType<typeof attemptBody>) => api.post<ContactAttemptT>(`/courses/${encodeURIComponent(course.id)}/contact-attempts`, body),
    onSuccess: async (saved) => {
      clientId.current = newClientId();
      setForm(emptyAttempt(saved));
      setStatus(t('attempts.saved'));
      await refreshCourse(queryClient, course.id);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const errors = checkAttempt(form);
    setClient(errors);
    if (Object.keys(errors).length > 0) return focusFirstInvalid();
    save.mutate(attemptBody(clientId.current, form));
  };
  const err = (path: string) => fieldCode(path, client, save.error);
  const id = (name: string) => `attempt-${name}-${course.id}`;

  return (
    <form onSubmit={submit} noValidate className="form attempt-form" aria-labelledby={id('heading')}>
      <h4 id={id('heading')}>{t('attempts.logTitle')}</h4>
      <ErrorAlert error={save.error} />
      <StatusMessage message={status} />
      <div className="when-row">
        {form.pickTime ? (
          <TextField id={id('at')} label={t('attempts.at')} type="datetime-local" value={form.at} onChange={(at) => set({ at })} error={err('at')} required />
        ) : (
          <p className="when-now">
            <span className="when-label">{t('attempts.at')}:</span> {t('attempts.now')}
          </p>
        )}
        <button type="button" className="button-link" onClick={() => set({ pickTime: !form.pickTime })} aria-expanded={form.pickTime}>
          {form.pickTime ? t('attempts.useNow') : t('attempts.pickTime')}
        </button>
      </div>
      <TextField id={id('place')} label={t('attempts.place')} value={form.place} onChange={(place) => set({ place })} error={err('place')} />
      {registered.length > 0 ? (
        <SelectField
          id={id('place-id')}
          label={t('places.attempt.placeId')}
          value={form.placeId}
          onChange={(placeId) => set({ placeId })}
          options={[{ value: '', label: t('places.attempt.none') }, ...registered.map((p) => ({ value: p.id, label: p.name }))]}
          error={err('placeId')}
        />
      ) : null}
      <ChoiceGroup
        name={id('method')}
        legend={t('attempts.method')}
        required
        value={form.method}
        onChange={(method) => set({ method })}
        options={attemptMethods.map((m) => ({ value: m, label: t(`attemptMethods.${m}`) }))}
        error={err('method')}
      />
      <ChoiceGroup
        name={id('outcome')}
        legend={t('attempts.outcome')}
        required
        value={form.outcome}
        onChange={(outcome) => set({ outcome })}
        options={attemptOutcomes.map((o) => ({ value: o, label: t(`attemptOutcomes.${o}`) }))}
        error={err('outcome')}
      />
      {form.outcome === 'signs_of_life' ? (
        <fieldset className="fieldset-inner">
          <legend>{t('attempts.signs')}</legend>
          <div className="check-list check-inline">
            {signsOfLife.map((s) => (
              <CheckboxField
                key={s}
                id={id(`sign-${s}`)}
                label={t(`signsOfLife.${s}`)}
                checked={form.signs.includes(s)}
                onChange={(on) => set({ signs: on ? [...form.signs, s] : form.signs.filter((x) => x !== s) })}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      <fieldset className="fieldset-inner">
        <legend>{t('attempts.who')}</legend>
        <p className="hint">{t('attempts.youAreIncluded', { name: me.user.displayName })}</p>
        <div className="check-list check-inline">
          {colleagues.map((m) => (
            <CheckboxField
              key={m.id}
              id={id(`with-${m.id}`)}
              label={m.displayName}
              checked={form.participantIds.includes(m.id)}
              onChange={(on) => set({ participantIds: on ? [...form.participantIds, m.id] : form.participantIds.filter((x) => x !== m.id) })}
            />
          ))}
        </div>
      </fieldset>
      <TextField id={id('observed')} label={t('attempts.observed')} multiline rows={3} value={form.observed} onChange={(observed) => set({ observed })} error={err('observed')} />
      <TextField
        id={id('next')}
        label={t('attempts.next')}
        type="datetime-local"
        value={form.next}
        onChange={(next) => set({ next })}
        error={err('nextPlannedAt')}
        hint={t('attempts.nextHint')}
      />
      <button type="submit" className="button-primary button-block" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('attempts.submit')}
      </button>
    </form>
  );
}

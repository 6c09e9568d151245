import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { focusFirstInvalid } from '../../components/focus';
import type { CourseT, MyUnitT } from '../../types';
import { refreshCourse } from './queries';

type Props = { course: CourseT; members: MyUnitT['members']; onDone: (saved: boolean) => void };

/** Hands the course to other workers of its unit: the responsible workers are replaced, the course goes on. */
export function ResponsibleForm({ course, members, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<string[]>(() => course.responsible.map((r) => r.id));
  const [client, setClient] = useState<ClientErrors>({});
  const save = useMutation({
    mutationFn: (userIds: string[]) => api.put<CourseT>(`/courses/${encodeURIComponent(course.id)}/responsible`, { userIds }),
    onSuccess: async () => {
      await refreshCourse(queryClient, course.id, course.citizenId);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = chosen.length === 0 ? { userIds: 'required' } : {};
    setClient(errors);
    if (errors.userIds) return focusFirstInvalid();
    save.mutate(chosen);
  };
  const error = fieldCode('userIds', client, save.error);
  const id = (n: string) => `responsible-${n}-${course.id}`;
  const toggle = (userId: string, on: boolean) => setChosen((c) => (on ? [...c, userId] : c.filter((x) => x !== userId)));
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('responsible.title')}>
      <ErrorAlert error={save.error} />
      <fieldset className={`fieldset-inner ${error ? 'field-invalid' : ''}`} aria-describedby={error ? id('error') : id('hint')}>
        <legend>
          {t('responsible.legend')}
          <span className="required"> ({t('common.required')})</span>
        </legend>
        <p id={id('hint')} className="hint">
          {t('responsible.hint')}
        </p>
        <div className="check-list">
          {members.map((m, i) => (
            <div key={m.id} className="field-check">
              <input
                type="checkbox"
                id={id(m.id)}
                checked={chosen.includes(m.id)}
                onChange={(e) => toggle(m.id, e.target.checked)}
                aria-invalid={error && i === 0 ? true : undefined}
              />
              <label htmlFor={id(m.id)}>{m.displayName}</label>
            </div>
          ))}
        </div>
        {error ? (
          <p id={id('error')} className="field-error">
            {t(`fieldErrors.${error}`, { defaultValue: t('fieldErrors.invalid') })}
          </p>
        ) : null}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('responsible.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

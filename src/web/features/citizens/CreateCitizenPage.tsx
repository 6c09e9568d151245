import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { focusFirstInvalid } from '../../components/focus';
import { PageHeading } from '../../components/PageHeading';
import { useMe } from '../auth/me';
import { emptyForm, toCreateBody, validate, type CitizenForm, type Kind } from './citizen-form';
import { IdentityFields, OwnWordsAndSafetyFields } from './CitizenFields';
import { CourseFields, type CourseForm } from './CourseFields';
import { useMethods, useMyUnits } from './queries';

/** Roles that may hold a course in a unit. */
const courseRoles = new Set(['worker', 'leader', 'case_officer', 'social_mentor']);

export function CreateCitizenPage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const units = useMyUnits();
  const methods = useMethods();
  const [form, setForm] = useState<CitizenForm>(emptyForm());
  const [course, setCourse] = useState<CourseForm>({ unitId: '', method: '', responsibleUserIds: [] });
  const [client, setClient] = useState<ClientErrors>({});

  const myUnits = (units.data ?? []).filter((u) =>
    me.memberships.some((m) => m.unitId === u.id && courseRoles.has(m.role)),
  );

  // Defaults once the units and methods are loaded: the first unit, the first method, me as responsible.
  useEffect(() => {
    if (!course.unitId && myUnits.length > 0 && methods.data && methods.data.length > 0) {
      const unit = myUnits[0];
      const iAmMember = unit.members.some((m) => m.id === me.user.id && m.role !== 'spotter');
      setCourse({ unitId: unit.id, method: methods.data[0].id, responsibleUserIds: iAmMember ? [me.user.id] : [] });
    }
  }, [course.unitId, myUnits, methods.data, me.user.id]);

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) => api.post<{ id: string }>('/citizens', body),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: ['citizens'] });
      await navigate({ to: '/citizens/$citizenId', params: { citizenId: id } });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors = validate(form);
    setClient(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid();
      return;
    }
    const body = toCreateBody(form);
    body.course = { unitId: course.unitId, method: course.method, ...(course.responsibleUserIds.length ? { responsibleUserIds: course.responsibleUserIds } : {}) };
    create.mutate(body, { onError: () => focusFirstInvalid() });
  };
  const errorOf = (path: string) => fieldCode(path, client, create.error);
  const setKind = (kind: Kind) => {
    setForm({ ...form, kind });
    setClient({});
  };

  return (
    <>
      <PageHeading title={t('citizens.create.title')}>{t('citizens.create.title')}</PageHeading>
      {units.isPending || methods.isPending ? <Loading /> : null}
      <ErrorAlert error={create.error ?? units.error ?? methods.error} />
      {units.data && myUnits.length === 0 ? <p className="alert alert-info">{t('citizens.create.noUnits')}</p> : null}
      <form onSubmit={submit} noValidate className="form form-wide">
        <fieldset className="fieldset">
          <legend>{t('citizens.create.kind')}</legend>
          <div className="radio-list">
            {(['unidentified', 'identified'] as const).map((k) => (
              <div className="field-check" key={k}>
                <input type="radio" id={`kind-${k}`} name="kind" value={k} checked={form.kind === k} onChange={() => setKind(k)} />
                <label htmlFor={`kind-${k}`}>{k === 'unidentified' ? t('citizens.create.kindUnidentified') : t('citizens.create.kindIdentified')}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <fieldset className="fieldset">
          <legend>{t('citizens.create.identity')}</legend>
          <IdentityFields form={form} onChange={setForm} errorOf={errorOf} idPrefix="new" />
        </fieldset>
        <OwnWordsAndSafetyFields form={form} onChange={setForm} errorOf={errorOf} idPrefix="new" />
        {myUnits.length > 0 && methods.data ? (
          <CourseFields units={myUnits} methods={methods.data} value={course} onChange={setCourse} errorOf={errorOf} />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={create.isPending || myUnits.length === 0}>
            {create.isPending ? t('citizens.create.submitting') : t('citizens.create.submit')}
          </button>
        </div>
      </form>
    </>
  );
}

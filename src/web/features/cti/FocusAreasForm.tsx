import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lifeAreas } from '../../../shared/schemas/cti';
import { api, ApiError } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { CheckboxField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import type { CourseT, TimelinePhaseT, TimelineT } from '../../types';
import { storeTimeline } from './queries';

type Area = (typeof lifeAreas)[number];
type Props = { course: CourseT; phase: TimelinePhaseT; onDone: (saved: boolean) => void };
const MAX = 3;

/** 1–3 of the eight life areas, each with an activity plan, and whether they were chosen with the citizen. */
export function FocusAreasForm({ course, phase, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const initial = phase.focusAreas?.areas ?? [];
  const [chosen, setChosen] = useState<Area[]>(initial.map((a) => a.area));
  const [plans, setPlans] = useState<Partial<Record<Area, string>>>(Object.fromEntries(initial.map((a) => [a.area, a.activityPlan])));
  const [withCitizen, setWithCitizen] = useState(phase.focusAreas?.chosenWithCitizen ?? true);
  const [areasError, setAreasError] = useState<string | null>(null);
  const [planErrors, setPlanErrors] = useState<Partial<Record<Area, string>>>({});
  const save = useMutation({
    mutationFn: (body: object) => api.put<TimelineT>(`/courses/${encodeURIComponent(course.id)}/focus-areas`, body),
    onSuccess: async (timeline) => {
      await storeTimeline(queryClient, timeline, course.citizenId);
      onDone(true);
    },
    onError: () => focusFirstInvalid(),
  });
  const toggle = (area: Area, on: boolean) => {
    // A fourth area is refused at once: the citizen chooses at most three per phase.
    if (on && chosen.length >= MAX) return setAreasError(t('cti.focus.tooMany'));
    setAreasError(null);
    setChosen(on ? [...chosen, area] : chosen.filter((a) => a !== area));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const missing = Object.fromEntries(chosen.filter((a) => !plans[a]?.trim()).map((a) => [a, 'required']));
    setAreasError(chosen.length === 0 ? t('cti.focus.tooFew') : null);
    setPlanErrors(missing);
    if (chosen.length === 0 || Object.keys(missing).length > 0) return focusFirstInvalid();
    save.mutate({ phase: phase.id, areas: chosen.map((area) => ({ area, activityPlan: plans[area]!.trim() })), chosenWithCitizen: withCitizen });
  };
  // The server refuses more than three or a repeated area on the list itself.
  const serverAreas = save.error instanceof ApiError && save.error.errors.some((i) => i.path === 'areas' || /^areas\.\d+\.area$/.test(i.path));
  const groupError = areasError ?? (serverAreas ? t('cti.focus.tooMany') : null);
  const id = (n: string) => `focus-${n}-${course.id}-${phase.id}`;
  const name = t(`phases.${phase.id}`, { defaultValue: phase.id });
  return (
    <form onSubmit={submit} noValidate className="form card form-inset" aria-label={t('cti.focus.formLabel', { phase: name })}>
      <ErrorAlert error={save.error} />
      <fieldset className={`fieldset-inner ${groupError ? 'field-invalid' : ''}`} aria-describedby={`${id('count')} ${groupError ? id('areas-error') : ''}`.trim()}>
        <legend>{t('cti.focus.areas')}</legend>
        <p id={id('count')} className="hint" aria-live="polite">
          {t('cti.focus.count', { count: chosen.length })}
        </p>
        <div className="check-list cti-area-list">
          {lifeAreas.map((area) => (
            <div key={area} className="cti-area">
              <CheckboxField id={id(area)} label={t(`lifeAreas.${area}`)} checked={chosen.includes(area)} onChange={(on) => toggle(area, on)} />
              {chosen.includes(area) ? (
                <TextField
                  id={id(`${area}-plan`)}
                  label={t('cti.focus.activityPlan', { area: t(`lifeAreas.${area}`) })}
                  multiline
                  rows={2}
                  value={plans[area] ?? ''}
                  onChange={(v) => setPlans({ ...plans, [area]: v })}
                  error={planErrors[area]}
                  required
                />
              ) : null}
            </div>
          ))}
        </div>
        {groupError ? (
          <p id={id('areas-error')} className="field-error" role="alert" tabIndex={-1}>
            {groupError}
          </p>
        ) : null}
      </fieldset>
      <CheckboxField id={id('with-citizen')} label={t('cti.focus.chosenWithCitizen')} checked={withCitizen} onChange={setWithCitizen} />
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('cti.focus.submit')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { lifeAreas } from '../../../shared/schemas/cti';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { fieldCode, type ClientErrors } from '../../components/errors';
import { SelectField, TextField } from '../../components/Fields';
import { focusFirstInvalid } from '../../components/focus';
import { todayLocal } from '../../format';
import { useTimeline } from '../cti/queries';
import type { GoalContext } from './GoalCard';
import { goalTypes, goalUrl, storeGoal, type GoalT, type GoalType } from './goal-types';

type Props = { citizenId: string; goal?: GoalT; context: GoalContext; onDone: (saved: GoalT | null) => void };
type Step = { text: string; done: boolean };

/** yyyy-mm-dd `days` after a plain date. */
function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * A goal in the citizen's own words: the life area, the kind of goal (FFB), the small steps towards
 * it, who helps and when to look at it again. New goals may be tied to a course, a CTI phase's focus
 * areas and the §141 plan; an existing goal keeps its ties.
 */
export function GoalForm({ citizenId, goal, context, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editing = Boolean(goal);
  const writable = context.courses.filter((c) => c.status === 'active' && c.canWriteNotes);
  const [text, setText] = useState(goal?.text ?? '');
  const [lifeArea, setLifeArea] = useState<string>(goal?.lifeArea ?? '');
  const [goalType, setGoalType] = useState<GoalType | ''>(goal?.goalType ?? '');
  const [steps, setSteps] = useState<Step[]>(goal?.steps.map((s) => ({ ...s })) ?? [{ text: '', done: false }]);
  const [whoHelps, setWhoHelps] = useState(goal?.whoHelps ?? '');
  const [reviewDate, setReviewDate] = useState(goal?.reviewDate ?? addDays(todayLocal(), 28));
  const [courseId, setCourseId] = useState(goal ? (goal.courseId ?? '') : (writable[0]?.id ?? ''));
  const [phase, setPhase] = useState('');
  const [actionPlanId, setActionPlanId] = useState('');
  const [client, setClient] = useState<ClientErrors>({});
  const [sentRows, setSentRows] = useState<number[]>([]);

  const course = context.courses.find((c) => c.id === courseId);
  const model = context.methods.find((m) => m.id === course?.method);
  const hasFocusAreas = !editing && Boolean(model?.features.includes('focusAreas'));
  const timeline = useTimeline(courseId, hasFocusAreas);
  const timedPhases = (model?.phases ?? []).filter((p) => p.plannedMonths);

  const save = useMutation({
    mutationFn: (body: object) => (goal ? api.patch<GoalT>(goalUrl(goal.id), body) : api.post<GoalT>(`/citizens/${encodeURIComponent(citizenId)}/goals`, body)),
    onSuccess: (saved) => {
      storeGoal(queryClient, saved);
      onDone(saved);
    },
    onError: () => focusFirstInvalid(),
  });
  const err = (p: string) => fieldCode(p, client, save.error);
  const stepError = (row: number) => {
    const k = sentRows.indexOf(row);
    return k < 0 ? undefined : err(`steps.${k}.text`);
  };
  const id = (n: string) => `goal-form-${goal?.id ?? 'new'}-${n}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: ClientErrors = {};
    if (!text.trim()) errors.text = 'required';
    if (!lifeArea) errors.lifeArea = 'required';
    if (!goalType) errors.goalType = 'required';
    if (!reviewDate) errors.reviewDate = 'required';
    setClient(errors);
    if (Object.keys(errors).length) return focusFirstInvalid();
    // Blank step rows are left out; the server's issues for steps.N refer to the rows sent.
    const sent = steps.flatMap((s, i) => (s.text.trim() ? [i] : []));
    setSentRows(sent);
    const body = {
      text: text.trim(),
      lifeArea,
      goalType,
      steps: sent.map((i) => ({ text: steps[i].text.trim(), done: steps[i].done })),
      whoHelps: whoHelps.trim() || null,
      reviewDate,
    };
    save.mutate(
      editing
        ? body
        : { ...body, courseId: courseId || null, focusAreaPhase: hasFocusAreas && phase ? phase : null, actionPlanId: actionPlanId || null },
    );
  };

  const setStep = (i: number, patch: Partial<Step>) => setSteps((all) => all.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const typeError = err('goalType');
  const focusAreasOf = (phaseId: string) => timeline.data?.phases.find((p) => p.id === phaseId)?.focusAreas?.areas.map((a) => t(`lifeAreas.${a.area}`)).join(', ');

  return (
    <form className="form card form-inset goal-form" aria-label={editing ? t('goals.form.editLabel') : t('goals.form.label')} onSubmit={submit} noValidate>
      <ErrorAlert error={save.error} />
      <TextField id={id('text')} label={t('goals.form.text')} hint={t('goals.form.textHint')} required multiline rows={2} value={text} onChange={setText} error={err('text')} />
      <div className="field-grid">
        <SelectField
          id={id('life-area')}
          label={t('goals.lifeArea')}
          required
          value={lifeArea}
          onChange={setLifeArea}
          error={err('lifeArea')}
          options={[{ value: '', label: t('goals.form.chooseLifeArea') }, ...lifeAreas.map((a) => ({ value: a, label: t(`lifeAreas.${a}`) }))]}
        />
        <TextField id={id('review')} label={t('goals.reviewDate')} hint={t('goals.form.reviewHint')} required type="date" value={reviewDate} onChange={setReviewDate} error={err('reviewDate')} />
      </div>
      <fieldset className={`fieldset-inner ${typeError ? 'field-invalid' : ''}`} aria-describedby={typeError ? id('type-error') : undefined}>
        <legend>
          {t('goals.goalType')}
          <span className="required"> ({t('common.required')})</span>
        </legend>
        <div className="check-list">
          {goalTypes.map((gt, i) => (
            <div key={gt} className="goal-type-option">
              <div className="field-check">
                <input
                  type="radio"
                  id={id(`type-${gt}`)}
                  name={id('type')}
                  value={gt}
                  checked={goalType === gt}
                  onChange={() => setGoalType(gt)}
                  aria-describedby={id(`type-${gt}-hint`)}
                  aria-invalid={typeError && i === 0 ? true : undefined}
                />
                <label htmlFor={id(`type-${gt}`)}>{t(`goalTypes.${gt}.name`)}</label>
              </div>
              <p id={id(`type-${gt}-hint`)} className="hint goal-type-hint">
                {t(`goalTypes.${gt}.help`)}
              </p>
            </div>
          ))}
        </div>
        {typeError ? (
          <p id={id('type-error')} className="field-error">
            {t(`fieldErrors.${typeError}`, { defaultValue: t('fieldErrors.invalid') })}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="fieldset-inner goal-steps-editor">
        <legend>{t('goals.steps')}</legend>
        <p className="hint">{t('goals.form.stepsHint')}</p>
        {steps.map((s, i) => (
          <div key={i} className="goal-step-row">
            <TextField id={id(`step-${i}`)} label={t('goals.form.step', { n: i + 1 })} value={s.text} onChange={(v) => setStep(i, { text: v })} error={stepError(i)} />
            {steps.length > 1 ? (
              <button type="button" className="button-link" onClick={() => setSteps((all) => all.filter((_, j) => j !== i))}>
                {t('goals.form.removeStep', { n: i + 1 })}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" className="button-secondary button-small" onClick={() => setSteps((all) => [...all, { text: '', done: false }])}>
          {t('goals.form.addStep')}
        </button>
      </fieldset>
      <TextField id={id('who')} label={t('goals.whoHelps')} hint={t('goals.form.whoHelpsHint')} value={whoHelps} onChange={setWhoHelps} error={err('whoHelps')} />
      {!editing ? (
        <div className="field-grid">
          <SelectField
            id={id('course')}
            label={t('goals.course')}
            value={courseId}
            onChange={(v) => {
              setCourseId(v);
              setPhase('');
            }}
            error={err('courseId')}
            options={[
              { value: '', label: t('goals.form.noCourse') },
              ...context.courses
                .filter((c) => c.status === 'active' || c.id === courseId)
                .map((c) => ({ value: c.id, label: `${t(`methods.${c.method}`, { defaultValue: c.method })} · ${c.unitName}` })),
            ]}
          />
          {hasFocusAreas ? (
            <SelectField
              id={id('phase')}
              label={t('goals.form.focusAreaPhase')}
              hint={t('goals.form.focusAreaPhaseHint')}
              value={phase}
              onChange={setPhase}
              error={err('focusAreaPhase')}
              options={[
                { value: '', label: t('goals.form.noFocusArea') },
                ...timedPhases.map((p) => {
                  const name = t(`phases.${p.id}`, { defaultValue: p.id });
                  const areas = focusAreasOf(p.id);
                  return { value: p.id, label: areas ? `${name}: ${areas}` : name };
                }),
              ]}
            />
          ) : null}
          {context.plans.length > 0 ? (
            <SelectField
              id={id('plan')}
              label={t('goals.actionPlan')}
              value={actionPlanId}
              onChange={setActionPlanId}
              error={err('actionPlanId')}
              options={[
                { value: '', label: t('goals.form.noActionPlan') },
                ...context.plans.map((p) => ({ value: p.id, label: t('goals.actionPlanLink', { organisation: p.organisation.name, version: p.current.version }) })),
              ]}
            />
          ) : null}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : editing ? t('goals.form.save') : t('goals.form.create')}
        </button>
        <button type="button" className="button-secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorAlert } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import type { ActionPlanT, CourseT, MethodT } from '../../types';
import { FollowUpForm } from './FollowUpForm';
import { GoalForm } from './GoalForm';
import { goalKeys, goalUrl, storeGoal, type GoalStatus, type GoalT } from './goal-types';
import { RatingSparkline } from './RatingSparkline';

/** What the goal cards and forms need from the rest of the citizen page. */
export type GoalContext = { courses: CourseT[]; methods: MethodT[]; plans: ActionPlanT[] };

/** The status changes offered from each status. */
const moves: Record<GoalStatus, GoalStatus[]> = {
  active: ['achieved', 'paused', 'dropped'],
  paused: ['active', 'achieved', 'dropped'],
  achieved: ['active'],
  dropped: ['active'],
};

type Props = {
  goal: GoalT;
  context: GoalContext;
  onChanged: (goal: GoalT, message: string) => void;
  /** Take focus (after the goal was created or changed), then report it. */
  focus: boolean;
  onFocused: () => void;
};

/** One goal: the citizen's words first, then what it is about, its steps and the progress over time. */
export function GoalCard({ goal: g, context, onChanged, focus, onFocused }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [mode, setMode] = useState<'view' | 'followUp' | 'edit'>('view');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus || !heading.current) return;
    heading.current.focus();
    onFocused();
  });
  const headingId = `goal-${g.id}`;
  const id = (n: string) => `goal-${g.id}-${n}`;
  const listKey = goalKeys.list(g.citizenId);

  // Ticking a step saves at once; the cache is updated first so quick ticks build on each other.
  // The ticks shown while a save is under way, set in the click itself so the box changes at once.
  const [pendingSteps, setPendingSteps] = useState<GoalT['steps'] | null>(null);
  const shownSteps = pendingSteps ?? g.steps;
  const steps = useMutation({
    mutationFn: (next: GoalT['steps']) => api.patch<GoalT>(goalUrl(g.id), { steps: next }),
    onMutate: (next) => queryClient.setQueryData<GoalT[] | null>(listKey, (old) => old?.map((x) => (x.id === g.id ? { ...x, steps: next } : x)) ?? old),
    onSuccess: (saved) => storeGoal(queryClient, saved),
    onError: () => queryClient.invalidateQueries({ queryKey: listKey }),
    onSettled: () => setPendingSteps(null),
  });
  const tick = (i: number, done: boolean) => {
    const next = shownSteps.map((x, j) => (j === i ? { ...x, done } : x));
    setPendingSteps(next);
    steps.mutate(next);
  };
  const status = useMutation({
    mutationFn: (next: GoalStatus) => api.patch<GoalT>(goalUrl(g.id), { status: next }),
    onSuccess: (saved) => {
      storeGoal(queryClient, saved);
      onChanged(saved, t(`goals.statusChanged.${saved.status}`));
    },
  });

  const course = context.courses.find((c) => c.id === g.courseId);
  const plan = context.plans.find((p) => p.id === g.actionPlanId);
  const latest = g.followUps.at(-1);
  const canAct = g.canEdit && mode === 'view';

  if (mode === 'edit') {
    return (
      <GoalForm
        citizenId={g.citizenId}
        goal={g}
        context={context}
        onDone={(saved) => {
          setMode('view');
          if (saved) onChanged(saved, t('goals.saved'));
        }}
      />
    );
  }

  return (
    <article className={`card goal goal-${g.status}`} aria-labelledby={headingId}>
      <h4 id={headingId} ref={heading} tabIndex={-1} className="goal-text">
        »{g.text}«
      </h4>
      <p className="goal-badges">
        {g.status !== 'active' ? <span className={`badge goal-status-${g.status}`}>{t(`goalStatuses.${g.status}`)}</span> : null}
        {g.reviewOverdue ? <span className="badge badge-overdue">{t('goals.overdue')}</span> : null}
      </p>
      <dl className="details-list details-compact">
        <div>
          <dt>{t('goals.lifeArea')}</dt>
          <dd>{t(`lifeAreas.${g.lifeArea}`)}</dd>
        </div>
        <div>
          <dt>{t('goals.goalType')}</dt>
          <dd>{t(`goalTypes.${g.goalType}.name`)}</dd>
        </div>
        <div>
          <dt>{t('goals.whoHelps')}</dt>
          <dd>{g.whoHelps || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('goals.reviewDate')}</dt>
          <dd>{formatDate(g.reviewDate)}</dd>
        </div>
        {course ? (
          <div>
            <dt>{t('goals.course')}</dt>
            <dd>
              {t(`methods.${course.method}`, { defaultValue: course.method })} · {course.unitName}
            </dd>
          </div>
        ) : null}
        {g.actionPlanId || g.focusAreaPhase ? (
          <div className="details-wide">
            <dt>{t('goals.linkedTo')}</dt>
            <dd>
              <ul className="plain-list">
                {g.actionPlanId ? (
                  <li>
                    <a href={`#action-plan-${g.actionPlanId}`}>
                      {plan ? t('goals.actionPlanLink', { organisation: plan.organisation.name, version: plan.current.version }) : t('goals.actionPlan')}
                    </a>
                  </li>
                ) : null}
                {g.focusAreaPhase ? (
                  <li>
                    {g.courseId ? (
                      <a href={`#focus-areas-${g.courseId}-${g.focusAreaPhase}`}>{t('goals.focusAreaLink', { phase: t(`phases.${g.focusAreaPhase}`, { defaultValue: g.focusAreaPhase }) })}</a>
                    ) : (
                      t('goals.focusAreaLink', { phase: t(`phases.${g.focusAreaPhase}`, { defaultValue: g.focusAreaPhase }) })
                    )}
                  </li>
                ) : null}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>

      {g.steps.length > 0 ? (
        <fieldset className="fieldset-inner goal-steps">
          <legend>{t('goals.steps')}</legend>
          <ErrorAlert error={steps.error} />
          <ul className="plain-list">
            {shownSteps.map((s, i) => (
              <li key={i} className="field-check">
                <input id={id(`step-${i}`)} type="checkbox" checked={s.done} disabled={!g.canEdit} onChange={(e) => tick(i, e.target.checked)} />
                <label htmlFor={id(`step-${i}`)} className={s.done ? 'goal-step-done' : undefined}>
                  {s.text}
                </label>
              </li>
            ))}
          </ul>
          <p className="hint">{t('goals.stepsDone', { done: shownSteps.filter((s) => s.done).length, count: shownSteps.length })}</p>
        </fieldset>
      ) : null}

      <div className="goal-progress">
        <h5>{t('goals.progress')}</h5>
        {latest ? (
          <>
            <div className="goal-progress-row">
              <RatingSparkline ratings={g.followUps.map((f) => f.rating)} />
              <p className="goal-latest">
                {t('goals.latestRating')} <strong className="goal-rating">{t('goals.ratingOf', { rating: latest.rating })}</strong>
                <span className="muted"> · {formatDate(latest.at)}</span>
              </p>
            </div>
            <ol className="plain-list goal-follow-ups" aria-label={t('goals.followUps', { count: g.followUps.length })}>
              {[...g.followUps].reverse().map((f) => (
                <li key={f.id}>
                  <span className="goal-follow-up-meta">
                    {t('goals.followUpMeta', { time: formatDateTime(f.at), rating: f.rating, by: f.by.displayName })}
                  </span>
                  {f.note ? <p className="pre-wrap">{f.note}</p> : null}
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className="muted">{t('goals.noFollowUps')}</p>
        )}
      </div>

      <p className="muted goal-created">{t('goals.createdBy', { by: g.createdBy.displayName, time: formatDate(g.createdAt) })}</p>

      {mode === 'followUp' ? (
        <FollowUpForm
          goal={g}
          onDone={(saved) => {
            setMode('view');
            if (saved) onChanged(saved, t('goals.followedUp'));
          }}
        />
      ) : null}
      <ErrorAlert error={status.error} />
      {canAct ? (
        <div className="form-actions goal-actions">
          {g.status === 'active' || g.status === 'paused' ? (
            <button
              type="button"
              className="button-primary"
              onClick={() => {
                status.reset();
                setMode('followUp');
              }}
            >
              {t('goals.followUp')}
            </button>
          ) : null}
          <button type="button" className="button-secondary" onClick={() => setMode('edit')}>
            {t('goals.edit')}
          </button>
          {moves[g.status].map((next) => (
            <button key={next} type="button" className="button-secondary" disabled={status.isPending} onClick={() => status.mutate(next)}>
              {t(`goals.moves.${next !== 'active' ? next : g.status === 'paused' ? 'resume' : 'reopen'}`)}
            </button>
          ))}
        </div>
      ) : null}
    </article>
  );
}

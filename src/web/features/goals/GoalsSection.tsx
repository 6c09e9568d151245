import './goals.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { isForbidden } from '../../components/errors';
import { useActionPlans } from '../action-plans/queries';
import { useCourses, useMethods } from '../citizens/queries';
import { GoalCard, type GoalContext } from './GoalCard';
import { GoalForm } from './GoalForm';
import { statusOrder, useGoals, type GoalT } from './goal-types';

/**
 * The citizen's goals (mål), in the citizen's own words: grouped by status with the active ones first,
 * each with its steps, who helps, the next review and the progress the citizen reports over time.
 */
export function GoalsSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const goals = useGoals(citizenId);
  const courses = useCourses(citizenId, true);
  const methods = useMethods();
  const plans = useActionPlans(citizenId);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  // The goal whose heading takes focus once drawn in its (possibly new) group, after a change.
  const [focusId, setFocusId] = useState<string | null>(null);
  if (goals.data === null) return null;
  const list = goals.data ?? [];
  // The list has no permission of its own: writing notes in one of the citizen's courses allows goals too.
  const canCreate = list.some((g) => g.canEdit) || (courses.data ?? []).some((c) => c.canWriteNotes && c.status === 'active');
  const context: GoalContext = {
    courses: courses.data ?? [],
    methods: methods.data ?? [],
    plans: isForbidden(plans.error) ? [] : (plans.data ?? []),
  };
  const changed = (goal: GoalT, message: string) => {
    setStatus(message);
    setFocusId(goal.id);
  };
  return (
    <section aria-labelledby="goals-heading" className="section goals-section">
      <h2 id="goals-heading">{t('goals.title')}</h2>
      <p className="muted">{t('goals.intro')}</p>
      <StatusMessage message={status} />
      {goals.isPending ? <Loading /> : null}
      <ErrorAlert error={goals.error} />
      {goals.data && list.length === 0 ? <p className="muted">{t('goals.none')}</p> : null}
      {statusOrder.map((s) => {
        const group = list.filter((g) => g.status === s);
        if (group.length === 0) return null;
        return (
          <section key={s} aria-labelledby={`goals-group-${s}`} className="goal-group">
            <h3 id={`goals-group-${s}`}>{t(`goals.groups.${s}`, { count: group.length })}</h3>
            <ul className="plain-list goal-list">
              {group.map((g) => (
                <li key={g.id}>
                  <GoalCard goal={g} context={context} onChanged={changed} focus={focusId === g.id} onFocused={() => setFocusId(null)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {canCreate && !adding ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setStatus(null);
            setAdding(true);
          }}
        >
          {t('goals.add')}
        </button>
      ) : null}
      {adding ? (
        <GoalForm
          citizenId={citizenId}
          context={context}
          onDone={(goal) => {
            setAdding(false);
            if (goal) changed(goal, t('goals.created'));
          }}
        />
      ) : null}
    </section>
  );
}

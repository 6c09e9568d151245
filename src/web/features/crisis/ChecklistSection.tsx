import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import type { ChecklistsT, CourseT } from '../../types';
import { ChecklistItemRow } from './ChecklistItemRow';
import { useChecklists } from './queries';

type Step = ChecklistsT['steps'][number];

/** The method's checklists, phase by phase; the current phase is open. */
export function ChecklistSection({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const lists = useChecklists(course.id);
  const canTick = course.canWriteNotes && course.status === 'active';
  const headingId = `checklists-${course.id}`;
  const phases = [...new Set((lists.data?.steps ?? []).map((s) => s.phase))];
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('checklistUi.title')}</h4>
      {lists.isPending ? <Loading /> : null}
      <ErrorAlert error={lists.error} />
      {lists.data
        ? phases.map((phase) => {
            const steps = lists.data.steps.filter((s) => s.phase === phase);
            const items = steps.flatMap((s) => s.items);
            const done = items.filter((i) => i.ticked).length;
            const overdue = items.filter((i) => i.overdue && !i.ticked).length;
            return (
              <details key={phase} className="checklist-phase" open={phase === lists.data.phase}>
                <summary>
                  <span className="checklist-phase-name">{t(`phases.${phase}`, { defaultValue: phase })}</span>{' '}
                  <span className="muted">{t('checklistUi.progress', { done, total: items.length })}</span>
                  {phase === lists.data.phase ? <span className="badge badge-active">{t('checklistUi.current')}</span> : null}
                  {overdue > 0 ? <span className="badge badge-overdue">{t('checklistUi.overdueCount', { count: overdue })}</span> : null}
                </summary>
                {steps.map((s) => (
                  <StepList key={s.id} step={s} method={lists.data.method} courseId={course.id} canTick={canTick} />
                ))}
              </details>
            );
          })
        : null}
    </section>
  );
}

function StepList({ step, method, courseId, canTick }: { step: Step; method: string; courseId: string; canTick: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="checklist-step">
      <h5>
        {t(`checklists.${method}.${step.id}.name`, { defaultValue: step.id })}
        {!step.reached ? <span className="muted"> – {t('checklistUi.notReached')}</span> : null}
      </h5>
      <ul className="plain-list checklist">
        {step.items.map((i) => (
          <ChecklistItemRow key={i.id} courseId={courseId} method={method} item={i} reached={step.reached} canTick={canTick} />
        ))}
      </ul>
    </div>
  );
}

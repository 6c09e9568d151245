import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { CourseT } from '../../types';
import { ContactPlanForm } from './ContactPlanForm';
import { ContactPlanView } from './ContactPlanView';
import { usePlan, usePlanHistory } from './queries';

/** The contact plan: where, how, how often and how to keep the contact; revised with history. */
export function ContactPlanSection({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const plan = usePlan(course.id, course.canReadNotes);
  const [editing, setEditing] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const history = usePlanHistory(course.id, showHistory);
  const headingId = `plan-${course.id}`;
  const canRevise = course.canWriteNotes && course.status === 'active';
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('plan.title')}</h4>
      <StatusMessage message={status} />
      {plan.isPending ? <Loading /> : null}
      <ErrorAlert error={plan.error} />
      {plan.data === null && !editing ? <p className="muted">{t('plan.none')}</p> : null}
      {plan.data && !editing ? <ContactPlanView plan={plan.data} /> : null}
      {editing ? (
        <ContactPlanForm
          course={course}
          plan={plan.data ?? null}
          onDone={(saved) => {
            setEditing(false);
            setStatus(saved ? t('plan.saved') : null);
          }}
        />
      ) : null}
      {canRevise && !editing && plan.data !== undefined ? (
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); setEditing(true); }}>
          {plan.data ? t('plan.revise') : t('plan.write')}
        </button>
      ) : null}
      {plan.data && plan.data.version > 1 ? (
        <details className="plan-history" onToggle={(e) => setShowHistory((e.target as HTMLDetailsElement).open)}>
          <summary>{t('plan.history')}</summary>
          {history.isPending && showHistory ? <Loading /> : null}
          <ErrorAlert error={history.error} />
          <ol className="plain-list">
            {(history.data ?? []).slice(1).map((p) => (
              <li key={p.version} className="card plan-version">
                <ContactPlanView plan={p} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { CourseT } from '../../types';
import { FuturePlanForm } from './FuturePlanForm';
import { FuturePlanView } from './FuturePlanView';
import { useFuturePlan } from './queries';

/** The future plan written with the citizen during the stay, with its versions. */
export function FuturePlanSection({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const plan = useFuturePlan(course.id, true);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `future-plan-${course.id}`;
  const canEdit = course.canWriteNotes && course.status === 'active';
  const current = plan.data?.current ?? null;
  const older = (plan.data?.versions ?? []).filter((v) => v.version !== current?.version).sort((a, b) => b.version - a.version);
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('crisis.futurePlan.title')}</h4>
      <StatusMessage message={status} />
      {plan.isPending ? <Loading /> : null}
      <ErrorAlert error={plan.error} />
      {plan.data && !current && !editing ? <p className="muted">{t('crisis.futurePlan.none')}</p> : null}
      {current && !editing ? <FuturePlanView plan={current} /> : null}
      {editing ? (
        <FuturePlanForm
          courseId={course.id}
          plan={current}
          onDone={(saved) => {
            setEditing(false);
            setStatus(saved ? t('crisis.futurePlan.saved') : null);
          }}
        />
      ) : null}
      {canEdit && plan.data && !editing ? (
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); setEditing(true); }}>
          {current ? t('crisis.futurePlan.revise') : t('crisis.futurePlan.write')}
        </button>
      ) : null}
      {older.length > 0 ? (
        <details className="plan-history">
          <summary>{t('crisis.futurePlan.history')}</summary>
          <ol className="plain-list">
            {older.map((v) => (
              <li key={v.version} className="card plan-version">
                <FuturePlanView plan={v} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { CourseT } from '../../types';
import { IcmPlanForm } from './IcmPlanForm';
import { IcmPlanView } from './IcmPlanView';
import type { IcmPlanT } from './queries';

/** The ICM plan: the one coordinating case manager, what the support is for, and who does what among the services. */
export function IcmPlanSection({ course, plan }: { course: CourseT; plan: UseQueryResult<IcmPlanT> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `icm-plan-${course.id}`;
  const data = plan.data;
  const written = data && data.version > 0 ? data : null;
  const canEdit = Boolean(data?.canEdit) && course.status === 'active';
  return (
    <section aria-labelledby={headingId} className="course-part icm-plan">
      <h4 id={headingId}>{t('icmPlan.title')}</h4>
      <StatusMessage message={status} />
      {plan.isPending ? <Loading /> : null}
      <ErrorAlert error={plan.error} />
      {data && !written && !editing ? <p className="muted">{t('icmPlan.none')}</p> : null}
      {written && !editing ? <IcmPlanView plan={written} /> : null}
      {editing && data ? (
        <IcmPlanForm
          course={course}
          plan={written}
          onDone={(saved) => {
            setEditing(false);
            setStatus(saved ? t('icmPlan.saved') : null);
          }}
        />
      ) : null}
      {canEdit && !editing ? (
        <button
          type="button"
          className="button-secondary"
          onClick={() => {
            setStatus(null);
            setEditing(true);
          }}
        >
          {written ? t('icmPlan.revise') : t('icmPlan.write')}
        </button>
      ) : null}
    </section>
  );
}

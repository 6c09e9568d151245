import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { CourseT } from '../../types';
import { MidwayForm } from './MidwayForm';
import { MidwayView } from './MidwayView';
import { useMidway } from './queries';

/** The midway meeting, shared by the center's stay course and the mentor's pathway course. */
export function MidwaySection({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const midway = useMidway(course.id, true);
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `midway-${course.id}`;
  const canEdit = course.canWriteNotes && course.status === 'active';
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('crisis.midway.title')}</h4>
      <StatusMessage message={status} />
      {midway.isPending ? <Loading /> : null}
      <ErrorAlert error={midway.error} />
      {midway.data && !editing ? <MidwayView midway={midway.data} /> : null}
      {midway.data && editing ? (
        <MidwayForm
          courseId={course.id}
          midway={midway.data}
          onDone={(saved) => {
            setEditing(false);
            setStatus(saved ? t('crisis.midway.saved') : null);
          }}
        />
      ) : null}
      {canEdit && midway.data && !editing ? (
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); setEditing(true); }}>
          {t('crisis.midway.edit')}
        </button>
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { formatDate, formatDateTime } from '../../format';
import type { CourseT } from '../../types';
import { NotesSection } from './NotesSection';
import { CrisisPanel } from '../crisis/CrisisPanel';
import { CtiPanel } from '../cti/CtiPanel';
import { CourseFit } from '../fit/CourseFit';
import { MethodPanel } from '../methods/MethodPanel';
import { OutreachPanel } from '../outreach/OutreachPanel';
import { PhaseActions } from '../outreach/PhaseActions';
import { useCourses, useMethods } from './queries';

export function CoursesSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const courses = useCourses(citizenId, true);
  return (
    <section aria-labelledby="courses-heading" className="section">
      <h2 id="courses-heading">{t('courses.title')}</h2>
      {courses.isPending ? <Loading /> : null}
      <ErrorAlert error={courses.error} />
      {courses.data?.length === 0 ? <p>{t('courses.none')}</p> : null}
      {courses.data?.map((course) => <CourseCard key={course.id} course={course} />)}
    </section>
  );
}

function CourseCard({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const method = t(`methods.${course.method}`, { defaultValue: course.method });
  const phase = (p: string) => t(`phases.${p}`, { defaultValue: p });
  const methods = useMethods();
  const model = methods.data?.find((m) => m.id === course.method);
  const title = `${method} · ${course.unitName}`;
  const headingId = `course-${course.id}`;
  const [closed, setClosed] = useState<string | null>(null);
  return (
    <article className="course card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {method} · {course.unitName}
      </h3>
      <StatusMessage message={closed} />
      <dl className="details-list details-compact">
        <div>
          <dt>{t('courses.phase')}</dt>
          <dd>{phase(course.phase)}</dd>
        </div>
        <div>
          <dt>{t('courses.status')}</dt>
          <dd>{t(`courseStatus.${course.status}`)}</dd>
        </div>
        <div>
          <dt>{t('courses.responsible')}</dt>
          <dd>{course.responsible.map((r) => r.displayName).join(', ') || t('common.none')}</dd>
        </div>
        <div>
          <dt>{t('courses.startDate')}</dt>
          <dd>{formatDate(course.startDate)}</dd>
        </div>
        {course.plannedEndDate ? (
          <div>
            <dt>{t('courses.plannedEndDate')}</dt>
            <dd>{formatDate(course.plannedEndDate)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('courses.legalBasis')}</dt>
          <dd>{course.legalBasis ?? t('common.none')}</dd>
        </div>
        {course.endedAt ? (
          <div>
            <dt>{t('courses.endedAt')}</dt>
            <dd>{formatDate(course.endedAt)}</dd>
          </div>
        ) : null}
        {course.endReason ? (
          <div>
            <dt>{t('courses.endReason')}</dt>
            <dd>{t(`endReasons.${course.endReason}`, { defaultValue: course.endReason })}</dd>
          </div>
        ) : null}
      </dl>
      {course.closingSummary ? (
        <div className="closing-summary">
          <h4>{t('courses.closingSummary')}</h4>
          <p className="pre-wrap">{course.closingSummary}</p>
        </div>
      ) : null}
      <details className="phase-history">
        <summary>{t('courses.phaseHistory')}</summary>
        <ol>
          {course.phaseHistory.map((h, i) => (
            <li key={i}>
              {t('courses.historyEntry', { date: formatDateTime(h.at), phase: phase(h.toPhase), by: h.byName })}
              {h.reason ? ` – ${h.reason}` : ''}
            </li>
          ))}
        </ol>
      </details>
      <CourseFit course={course} />
      {methods.isPending ? (
        <Loading />
      ) : model?.features.includes('contactAttempts') ? (
        <OutreachPanel course={course} method={model} title={title} onClosed={setClosed} />
      ) : model?.features.includes('timeline') ? (
        <CtiPanel course={course} method={model} title={title} onClosed={setClosed} />
      ) : model?.features.includes('icmPlan') || model?.features.includes('teamBoard') ? (
        <MethodPanel course={course} method={model} title={title} onClosed={setClosed} />
      ) : model?.features.includes('checklists') ? (
        <CrisisPanel course={course} method={model} title={title} onClosed={setClosed} />
      ) : (
        <>
          <NotesSection course={course} title={title} />
          {model && course.canWriteNotes && course.status === 'active' ? <PhaseActions course={course} method={model} onClosed={setClosed} /> : null}
        </>
      )}
    </article>
  );
}

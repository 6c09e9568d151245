import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../../components/Alerts';
import { formatDateTime } from '../../format';
import type { CourseT, TimelinePhaseT, TimelineT } from '../../types';
import { FocusAreasForm } from './FocusAreasForm';

/** Per timed phase: the citizen's 1–3 focus areas with activity plans, and a form to choose them. */
export function FocusAreasSection({ course, timeline }: { course: CourseT; timeline: TimelineT }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `focus-areas-${course.id}`;
  const timed = timeline.phases.filter((p) => p.plannedMonths);
  const currentIndex = timeline.phases.findIndex((p) => p.current);
  const reached = (p: TimelinePhaseT) => timeline.phases.indexOf(p) <= currentIndex;
  const canWrite = course.canWriteNotes && course.status === 'active';
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('cti.focus.title')}</h4>
      <p className="muted">{t('cti.focus.intro')}</p>
      <StatusMessage message={status} />
      {timed.map((p) => {
        const name = t(`phases.${p.id}`, { defaultValue: p.id });
        const phaseHeading = `${headingId}-${p.id}`;
        return (
          <article key={p.id} className="cti-focus-phase" aria-labelledby={phaseHeading}>
            <h5 id={phaseHeading}>
              {name}
              {p.current ? <span className="badge badge-active">{t('cti.clock.current')}</span> : null}
            </h5>
            {!reached(p) ? <p className="muted">{t('cti.focus.notReached')}</p> : null}
            {reached(p) && !p.focusAreas ? <p className="muted">{t('cti.focus.none')}</p> : null}
            {p.focusAreas ? (
              <>
                <ul className="plain-list cti-focus-list">
                  {p.focusAreas.areas.map((a) => (
                    <li key={a.area}>
                      <strong>{t(`lifeAreas.${a.area}`)}</strong>
                      <p className="pre-wrap">{a.activityPlan}</p>
                    </li>
                  ))}
                </ul>
                <p className="muted">
                  {p.focusAreas.chosenWithCitizen ? t('cti.focus.withCitizen') : t('cti.focus.notWithCitizen')} ·{' '}
                  {t('cti.focus.chosenBy', { name: p.focusAreas.by.displayName, time: formatDateTime(p.focusAreas.at) })}
                </p>
              </>
            ) : null}
            {canWrite && reached(p) && editing !== p.id ? (
              <button
                type="button"
                className="button-secondary button-small"
                aria-label={`${p.focusAreas ? t('cti.focus.change') : t('cti.focus.choose')}: ${name}`}
                onClick={() => {
                  setStatus(null);
                  setEditing(p.id);
                }}
              >
                {p.focusAreas ? t('cti.focus.change') : t('cti.focus.choose')}
              </button>
            ) : null}
            {editing === p.id ? (
              <FocusAreasForm
                course={course}
                phase={p}
                onDone={(saved) => {
                  setEditing(null);
                  setStatus(saved ? t('cti.focus.saved') : null);
                }}
              />
            ) : null}
          </article>
        );
      })}
    </section>
  );
}

import { ErrorAlert, Loading } from '../../components/Alerts';
import type { CourseT, MethodT } from '../../types';
import { NotesSection } from '../citizens/NotesSection';
import { ChecklistSection } from '../crisis/ChecklistSection';
import { SessionsSection } from '../crisis/SessionsSection';
import { PhaseActions } from '../outreach/PhaseActions';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { ClockSection } from './ClockSection';
import { FocusAreasSection } from './FocusAreasSection';
import { PlannedEndSection } from './PlannedEndSection';
import { useTimeline } from './queries';

type Props = { course: CourseT; method: MethodT; title: string; onClosed: (message: string) => void };

/**
 * A course on a timed method (CTI): the nine-month clock, the focus areas per phase and the planned end,
 * then the checklists, sessions, notes, referrals and the phase move and closing.
 */
export function CtiPanel({ course, method, title, onClosed }: Props) {
  const read = course.canReadNotes;
  const timeline = useTimeline(course.id, read);
  const has = (feature: string) => method.features.includes(feature);
  return (
    <div className="cti-panel">
      {read && timeline.isPending ? <Loading /> : null}
      {read ? <ErrorAlert error={timeline.error} /> : null}
      {timeline.data ? (
        <>
          <ClockSection timeline={timeline.data} headingId={`clock-${course.id}`} />
          {has('focusAreas') ? <FocusAreasSection course={course} timeline={timeline.data} /> : null}
          <PlannedEndSection course={course} timeline={timeline.data} />
        </>
      ) : null}
      {read && has('checklists') ? <ChecklistSection course={course} /> : null}
      {read && has('sessions') ? <SessionsSection course={course} /> : null}
      <NotesSection course={course} title={title} />
      {read && has('referrals') ? <ReferralsSection course={course} /> : null}
      {course.canWriteNotes && course.status === 'active' ? <PhaseActions course={course} method={method} onClosed={onClosed} /> : null}
    </div>
  );
}

import type { CourseT, MethodT } from '../../types';
import { NotesSection } from '../citizens/NotesSection';
import { PhaseActions } from '../outreach/PhaseActions';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { useFollowsPathway } from './access';
import { ChecklistSection } from './ChecklistSection';
import { FuturePlanSection } from './FuturePlanSection';
import { MidwaySection } from './MidwaySection';
import { useCourseRequests } from './queries';
import { RequestSummary } from './RequestSummary';
import { SessionsSection } from './SessionsSection';

type Props = { course: CourseT; method: MethodT; title: string; onClosed: (message: string) => void };

/**
 * The crisis-center pathway on one course: the mentor's pathway course or the center's stay course.
 * Both show the request, the checklists, the midway meeting and the future plan; the stay also the sessions.
 */
export function CrisisPanel({ course, method, title, onClosed }: Props) {
  const requests = useCourseRequests(course.id);
  const request = [...(requests.data ?? [])].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))[0];
  // Past finding, the pathway course has a stay behind it even when the user may not see the request itself.
  const admitted = request?.status === 'admitted' || course.method === 'crisis_stay' || course.phase !== 'finding';
  const read = course.canReadNotes;
  const seesRequests = useFollowsPathway();
  return (
    <div className="crisis-panel">
      {request || seesRequests ? <RequestSummary course={course} request={request} pending={requests.isPending} error={requests.error} /> : null}
      {read && method.features.includes('checklists') ? <ChecklistSection course={course} /> : null}
      {read && method.features.includes('sessions') ? <SessionsSection course={course} /> : null}
      {read && admitted ? <MidwaySection course={course} /> : null}
      {read && admitted ? <FuturePlanSection course={course} /> : null}
      <NotesSection course={course} title={title} />
      {read && method.features.includes('referrals') ? <ReferralsSection course={course} /> : null}
      {course.canWriteNotes && course.status === 'active' ? <PhaseActions course={course} method={method} onClosed={onClosed} /> : null}
    </div>
  );
}

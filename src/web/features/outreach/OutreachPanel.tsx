import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_ATTEMPTS_LIMIT } from '../../../shared/schemas/outreach';
import type { CourseT, MethodT } from '../../types';
import { NotesSection } from '../citizens/NotesSection';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { AttemptForm } from './AttemptForm';
import { ContactPlanSection } from './ContactPlanSection';
import { PersistenceFigures } from './PersistenceFigures';
import { PhaseActions } from './PhaseActions';
import { ATTEMPTS_PAGE, useAttempts, useSummary } from './queries';
import { Timeline } from './Timeline';

type Props = { course: CourseT; method: MethodT; title: string; onClosed: (message: string) => void };

/** The outreach work on one course: persistence, quick logging, timeline, contact plan, referrals, phase. */
export function OutreachPanel({ course, method, title, onClosed }: Props) {
  const { t } = useTranslation();
  const active = course.status === 'active';
  const summary = useSummary(course.id);
  const [limit, setLimit] = useState(ATTEMPTS_PAGE);
  const attempts = useAttempts(course.id, course.canReadNotes, limit);
  const sorted = [...(attempts.data?.items ?? [])].sort((a, b) => b.at.localeCompare(a.at));
  const older = attempts.data?.hasMore
    ? { loading: attempts.isPlaceholderData, show: limit < MAX_ATTEMPTS_LIMIT ? () => setLimit((n) => Math.min(n + ATTEMPTS_PAGE * 5, MAX_ATTEMPTS_LIMIT)) : null }
    : null;
  const canWork = course.canWriteNotes && active;
  return (
    <div className="outreach-panel">
      <PersistenceFigures summary={summary.data} error={summary.error} active={active} />
      {canWork && attempts.data ? <AttemptForm course={course} last={sorted[0]} /> : null}
      <NotesSection
        course={course}
        title={title}
        heading={t('timeline.title')}
        renderList={(notes) => <Timeline courseId={course.id} notes={notes} attempts={sorted} attemptsError={attempts.error} older={older} />}
      />
      {course.canReadNotes && method.features.includes('contactPlan') ? <ContactPlanSection course={course} /> : null}
      {course.canReadNotes && method.features.includes('referrals') ? <ReferralsSection course={course} /> : null}
      {canWork ? <PhaseActions course={course} method={method} onClosed={onClosed} /> : null}
    </div>
  );
}

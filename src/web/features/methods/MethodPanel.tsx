import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { CourseT, MethodT } from '../../types';
import { NotesSection } from '../citizens/NotesSection';
import { ChecklistSection } from '../crisis/ChecklistSection';
import { SessionsSection } from '../crisis/SessionsSection';
import { PhaseActions } from '../outreach/PhaseActions';
import { ReferralsSection } from '../referrals/ReferralsSection';
import { CoordinationSection } from './CoordinationSection';
import { IcmPlanSection } from './IcmPlanSection';
import { useIcmPlan } from './queries';
import './methods.css';

type Props = { course: CourseT; method: MethodT; title: string; onClosed: (message: string) => void };

/**
 * A course on an open-ended team method: ICM (the ICM plan with its one coordinating case manager, and
 * the coordination contacts per service) or ACT (the team's board). Both log contacts, tick the
 * method's checklists, write notes and referrals, and move phase or close.
 */
export function MethodPanel({ course, method, title, onClosed }: Props) {
  const read = course.canReadNotes;
  const has = (feature: string) => method.features.includes(feature);
  const icm = has('icmPlan');
  const plan = useIcmPlan(course.id, read && icm);
  return (
    <div className="method-panel">
      {has('teamBoard') ? <TeamBoardLink course={course} /> : null}
      {read && icm ? <IcmPlanSection course={course} plan={plan} /> : null}
      {read && has('checklists') ? <ChecklistSection course={course} /> : null}
      {read && has('sessions') ? <SessionsSection course={course} services={plan.data?.services.map((s) => s.name)} /> : null}
      {read && icm && has('sessions') ? <CoordinationSection course={course} plan={plan.data} /> : null}
      <NotesSection course={course} title={title} />
      {read && has('referrals') ? <ReferralsSection course={course} /> : null}
      {course.canWriteNotes && course.status === 'active' ? <PhaseActions course={course} method={method} onClosed={onClosed} /> : null}
    </div>
  );
}

/** ACT: the whole team shares the citizen; the day's distribution and decisions are on the team's board. */
function TeamBoardLink({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  return (
    <div className="method-team-board">
      <p>{t('methodPanel.teamBoardIntro', { team: course.unitName })}</p>
      <Link to="/teams/$teamId" params={{ teamId: course.unitId }} className="method-team-board-link">
        {t('methodPanel.teamBoard')}
      </Link>
    </div>
  );
}

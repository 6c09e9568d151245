import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { CourseT, CrisisRequestT } from '../../types';
import { useCan } from '../auth/me';
import { RequestForm } from '../spottings/RequestForm';
import { useFollowsPathway } from './access';
import { useSpottings } from './queries';
import { RequestDetails } from './RequestDetails';

type Props = { course: CourseT; request: CrisisRequestT | undefined; pending: boolean; error: unknown };

/** The request behind this course: to which center, the decision and the pickup. */
export function RequestSummary({ course, request: r, pending, error }: Props) {
  const { t } = useTranslation();
  const followsPathway = useFollowsPathway();
  const mentor = useCan('crisis.mentor');
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const pathway = mentor && course.method === 'crisis_pathway' && course.status === 'active' && course.phase === 'finding';
  const spottings = useSpottings(pathway);
  // A spotting still to be screened, or screened and ready, is handled on the spotting page: screening comes first.
  const viaSpotting = spottings.data?.some((s) => s.courseId === course.id && (s.status === 'awaiting_screening' || s.status === 'in_target_group'));
  // Otherwise the mentor can (again) ask a crisis center when there is no open or admitted request.
  const canSend = pathway && spottings.data !== undefined && !viaSpotting && !pending && !error && (!r || r.status === 'withdrawn' || r.status === 'declined');
  const headingId = `request-summary-${course.id}`;
  return (
    <section aria-labelledby={headingId} className="course-part request-summary">
      <h4 id={headingId}>
        {t('crisis.request.title')}
        {r ? (
          <>
            {' '}
            <span className={`badge ${r.status === 'admitted' ? 'badge-active' : r.status === 'requested' ? 'badge-today' : 'badge-disabled'}`}>{t(`crisis.requestStatus.${r.status}`)}</span>
          </>
        ) : null}
      </h4>
      {pending ? <Loading /> : null}
      <ErrorAlert error={error} />
      {!pending && !error && !r ? <p className="muted">{t('crisis.request.none')}</p> : null}
      <StatusMessage message={sent} />
      {r ? <RequestDetails request={r} /> : null}
      {pathway && viaSpotting ? (
        <p>
          <Link to="/spottings">{t('crisis.request.screenFirst')}</Link>
        </p>
      ) : null}
      {canSend && !sending ? (
        <button type="button" className="button-primary" onClick={() => { setSent(null); setSending(true); }}>
          {t('spottings.request.title')}
        </button>
      ) : null}
      {canSend && sending ? (
        <RequestForm
          citizenId={course.citizenId}
          onDone={(center) => {
            setSending(false);
            if (center) setSent(t('spottings.request.sent', { center }));
          }}
        />
      ) : null}
      {followsPathway ? (
        <p>
          <Link to="/crisis">{t('crisis.request.toPathway')}</Link>
        </p>
      ) : null}
    </section>
  );
}

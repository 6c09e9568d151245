import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import type { CourseT } from '../../types';
import { NewReferralForm } from './NewReferralForm';
import { ReferralItem } from './ReferralItem';
import { useReferrals } from './queries';

/** Referrals from the course to offers (bridging), each with its status path and sharing. */
export function ReferralsSection({ course }: { course: CourseT }) {
  const { t } = useTranslation();
  const referrals = useReferrals(course.id);
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const headingId = `referrals-${course.id}`;
  const canWork = course.canWriteNotes && course.status === 'active';
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('referrals.title')}</h4>
      <StatusMessage message={status} />
      {referrals.isPending ? <Loading /> : null}
      <ErrorAlert error={referrals.error} />
      {referrals.data?.length === 0 ? <p className="muted">{t('referrals.none')}</p> : null}
      {referrals.data && referrals.data.length > 0 ? (
        <ul className="plain-list referral-list">
          {referrals.data.map((r) => (
            <li key={r.id}>
              <ReferralItem referral={r} canWork={course.canWriteNotes} />
            </li>
          ))}
        </ul>
      ) : null}
      {canWork && !adding ? (
        <button type="button" className="button-secondary" onClick={() => { setStatus(null); setAdding(true); }}>
          {t('referrals.add')}
        </button>
      ) : null}
      {adding ? (
        <NewReferralForm
          course={course}
          onDone={(saved) => {
            setAdding(false);
            setStatus(saved ? t('referrals.created') : null);
          }}
        />
      ) : null}
    </section>
  );
}

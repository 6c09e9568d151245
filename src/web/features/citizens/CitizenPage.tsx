import { lazy, Suspense } from 'react';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { UnidentifiedBadge } from '../../components/Badge';
import { isNotFound } from '../../components/errors';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { ActionPlansSection } from '../action-plans/ActionPlansSection';
import { ConsentsSection } from '../consents/ConsentsSection';
import { GoalsSection } from '../goals/GoalsSection';
import { NetworkSection } from '../network/NetworkSection';
import { ResidentMotivation, ResidentSections } from '../residents/ResidentSections';
import { BasicData } from './BasicData';
import { CitizenActions } from './CitizenActions';
import { CoursesSection } from './CoursesSection';
import { OwnWordsSection, SafetyNotesSection } from './OwnWordsSection';
import { useCitizen } from './queries';

const DevelopmentSection = lazy(() => import('../fit/DevelopmentSection').then((m) => ({ default: m.DevelopmentSection })));

export function CitizenPage() {
  const { t } = useTranslation();
  const { citizenId } = useParams({ from: '/citizens/$citizenId' });
  const citizen = useCitizen(citizenId);

  if (citizen.isPending) return <Loading />;
  if (isNotFound(citizen.error)) return <NotFoundPage />;
  if (citizen.error || !citizen.data) return <ErrorAlert error={citizen.error} />;
  const c = citizen.data;

  return (
    <article className="citizen-page">
      <PageHeading title={t('citizens.page.title')}>
        {c.displayName}
        {c.kind === 'unidentified' ? (
          <>
            {' '}
            <UnidentifiedBadge />
          </>
        ) : null}
      </PageHeading>
      {c.access === 'breakGlass' ? (
        <p className="alert alert-warning break-glass-banner" role="note">
          {t('citizens.page.breakGlass')}
        </p>
      ) : null}
      <ResidentMotivation citizenId={c.id} />
      <OwnWordsSection citizen={c} />
      <SafetyNotesSection citizen={c} />
      <BasicData citizen={c} />
      {c.canEdit ? <CitizenActions citizen={c} /> : null}
      <CoursesSection citizenId={c.id} />
      <Suspense fallback={<Loading />}>
        <DevelopmentSection citizenId={c.id} />
      </Suspense>
      <NetworkSection citizenId={c.id} citizenName={c.displayName} />
      <GoalsSection citizenId={c.id} />
      <ResidentSections citizenId={c.id} />
      <ActionPlansSection citizenId={c.id} />
      <ConsentsSection citizenId={c.id} canEdit={c.canEdit} />
    </article>
  );
}

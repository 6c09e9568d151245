import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading, StatusMessage } from '../../components/Alerts';
import { PageHeading } from '../../components/PageHeading';
import { can, useMe } from '../auth/me';
import { useSpottings } from '../crisis/queries';
import { MentorQueue } from './MentorQueue';
import { MySpottings } from './MySpottings';
import { SpottingForm } from './SpottingForm';

/** Spotting (seed 002): the spotter registers, the social mentor screens and sends the request. */
export function SpottingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canSpot = can(me, 'spotting.create');
  const mentor = can(me, 'crisis.mentor');
  const spottings = useSpottings();
  const [status, setStatus] = useState<string | null>(null);
  const mine = (spottings.data ?? []).filter((s) => s.spottedBy.id === me.user.id);
  return (
    <>
      <PageHeading title={t('spottings.title')}>{t('spottings.title')}</PageHeading>
      <p>{mentor ? t('spottings.introMentor') : t('spottings.intro')}</p>
      <StatusMessage message={status} />
      {canSpot ? <SpottingForm onSaved={() => setStatus(t('spottings.saved'))} /> : null}
      {spottings.isPending ? <Loading /> : null}
      <ErrorAlert error={spottings.error} />
      {mentor && spottings.data ? <MentorQueue spottings={spottings.data} onStatus={setStatus} /> : null}
      {canSpot && spottings.data ? <MySpottings spottings={mine} /> : null}
    </>
  );
}

import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { useMe } from '../auth/me';
import { useUnitOverdue } from '../outreach/queries';
import { DueList } from './DueList';
import { InboundStatsTable } from './InboundStatsTable';

function useLedUnits() {
  return useMe()
    .memberships.filter((m) => m.role === 'leader' && m.unitId)
    .map((m) => ({ unitId: m.unitId!, unitName: m.unitName ?? '' }));
}

/** For leaders: every overdue course in each unit they lead. */
export function UnitOverview() {
  return (
    <>
      {useLedUnits().map((u) => (
        <UnitOverdue key={u.unitId} {...u} />
      ))}
    </>
  );
}

/** For leaders: where the units' inbound referrals come from, month by month. */
export function UnitInboundStats() {
  return (
    <>
      {useLedUnits().map((u) => (
        <InboundStatsTable key={u.unitId} {...u} />
      ))}
    </>
  );
}

function UnitOverdue({ unitId, unitName }: { unitId: string; unitName: string }) {
  const { t } = useTranslation();
  const overdue = useUnitOverdue(unitId);
  const headingId = `unit-overdue-${unitId}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <h2 id={headingId}>{t('due.unitTitle', { unit: unitName })}</h2>
      {overdue.isPending ? <Loading /> : null}
      <ErrorAlert error={overdue.error} />
      {overdue.data?.length === 0 ? <p className="muted">{t('due.unitNone')}</p> : null}
      {overdue.data && overdue.data.length > 0 ? <DueList items={overdue.data} showResponsible /> : null}
    </section>
  );
}

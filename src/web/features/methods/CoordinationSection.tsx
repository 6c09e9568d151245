import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { formatDate } from '../../format';
import type { CourseT, SessionT } from '../../types';
import { useSessions } from '../crisis/queries';
import type { IcmPlanT } from './queries';

type Row = { name: string; count: number; last: string };

const key = (name: string) => name.trim().toLocaleLowerCase('da');

/** Coordination contacts grouped per service (newest first), and the services in the plan no one has been in contact with. */
export function coordinationByService(sessions: SessionT[], planServices: string[]): { rows: Row[]; without: string[] } {
  const byService = new Map<string, Row>();
  for (const s of sessions) {
    if (s.kind !== 'coordination' || !s.service?.trim()) continue;
    const k = key(s.service);
    const row = byService.get(k);
    if (!row) byService.set(k, { name: s.service.trim(), count: 1, last: s.at });
    else {
      row.count += 1;
      if (s.at > row.last) row.last = s.at;
    }
  }
  const rows = [...byService.values()].sort((a, b) => b.last.localeCompare(a.last));
  const seen = new Set<string>();
  const without = planServices.filter((name) => {
    const k = key(name);
    if (byService.has(k) || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return { rows, without };
}

/** ICM: "Koordinerende kontakter pr. instans" – the coordinating case manager's contacts with each service. */
export function CoordinationSection({ course, plan }: { course: CourseT; plan: IcmPlanT | undefined }) {
  const { t } = useTranslation();
  const sessions = useSessions(course.id);
  const headingId = `coordination-${course.id}`;
  const { rows, without } = coordinationByService(sessions.data ?? [], (plan?.services ?? []).map((s) => s.name));
  return (
    <section aria-labelledby={headingId} className="course-part">
      <h4 id={headingId}>{t('coordination.title')}</h4>
      {sessions.isPending ? <Loading /> : null}
      <ErrorAlert error={sessions.error} />
      {sessions.data && rows.length === 0 ? <p className="muted">{t('coordination.none')}</p> : null}
      {rows.length > 0 ? (
        <div className="table-wrap">
          <table className="data-table stack-on-phone coordination-table">
            <caption className="visually-hidden">{t('coordination.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coordination.service')}</th>
                <th scope="col">{t('coordination.count')}</th>
                <th scope="col">{t('coordination.last')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={key(r.name)}>
                  <th scope="row">{r.name}</th>
                  <td data-label={t('coordination.count')}>{r.count}</td>
                  <td data-label={t('coordination.last')}>
                    <time dateTime={r.last}>{formatDate(r.last)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {sessions.data && without.length > 0 ? (
        <div className="coordination-without">
          <h5 id={`${headingId}-without`}>{t('coordination.withoutTitle')}</h5>
          <ul aria-labelledby={`${headingId}-without`}>
            {without.map((name) => (
              <li key={key(name)}>{name}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

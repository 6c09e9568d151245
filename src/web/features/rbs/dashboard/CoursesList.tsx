import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../../components/Alerts';
import { formatDate } from '../../../format';
import { useIndicatorCourses } from './queries';

type Props = { indicatorKey: string; unitId: string; from: string; to: string; periodText: string; idPrefix: string };

/** The courses behind a figure (of the days from–to), as far as the user may see them; the rest only as a number. */
export function CoursesList({ indicatorKey, unitId, from, to, periodText, idPrefix }: Props) {
  const { t } = useTranslation();
  const courses = useIndicatorCourses(indicatorKey, unitId, from, to, true);
  const data = courses.data;
  return (
    <div className="dashboard-courses" id={`${idPrefix}-courses`}>
      {courses.isPending ? <Loading /> : null}
      <ErrorAlert error={courses.error} />
      {data ? (
        <>
          {data.items.length === 0 ? (
            <p>{t('dashboard.courses.none')}</p>
          ) : (
            <div className="table-wrap" tabIndex={0} role="group" aria-labelledby={`${idPrefix}-courses-caption`}>
              <table className="data-table dashboard-table">
                <caption id={`${idPrefix}-courses-caption`}>{t('dashboard.courses.caption', { count: data.items.length, period: periodText })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.courses.citizen')}</th>
                    <th scope="col">{t('dashboard.courses.method')}</th>
                    <th scope="col">{t('dashboard.courses.phase')}</th>
                    <th scope="col">{t('dashboard.courses.start')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((c) => (
                    <tr key={c.courseId}>
                      <th scope="row">
                        <Link to="/citizens/$citizenId" params={{ citizenId: c.citizenId }}>
                          {c.displayName}
                        </Link>
                      </th>
                      <td>{t(`methods.${c.method}`, { defaultValue: c.method })}</td>
                      <td>{t(`phases.${c.phase}`, { defaultValue: c.phase })}</td>
                      <td>{formatDate(c.startDate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {data.hidden > 0 ? <p className="muted">{t('dashboard.courses.hidden', { count: data.hidden })}</p> : null}
        </>
      ) : null}
    </div>
  );
}

import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import type { DueCourseT } from '../../types';

/** Courses whose next contact is overdue or due today; overdue ones first and clearly marked. */
export function DueList({ items, showResponsible }: { items: DueCourseT[]; showResponsible?: boolean }) {
  const { t } = useTranslation();
  const sorted = [...items].sort((a, b) => b.daysOverdue - a.daysOverdue);
  return (
    <ul className="plain-list due-list">
      {sorted.map((d) => (
        <li key={d.courseId} className={`due-item ${d.daysOverdue > 0 ? 'due-overdue' : 'due-today'}`}>
          <Link to="/citizens/$citizenId" params={{ citizenId: d.citizenId }} className="due-name">
            {d.displayName}
          </Link>
          <span className={`badge ${d.daysOverdue > 0 ? 'badge-overdue' : 'badge-today'}`}>
            {d.daysOverdue > 0 ? t('due.overdueBy', { count: d.daysOverdue }) : t('due.today')}
          </span>
          <span className="due-meta">
            {t(`phases.${d.phase}`, { defaultValue: d.phase })} · {d.unitName} · {t('due.dueOn', { date: formatDate(d.nextDue) })}
            {showResponsible && d.responsible.length > 0 ? ` · ${d.responsible.map((r) => r.displayName).join(', ')}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

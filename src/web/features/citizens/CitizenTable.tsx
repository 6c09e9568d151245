import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { UnidentifiedBadge } from '../../components/Badge';
import { formatDateTime } from '../../format';
import type { CitizenListItemT } from '../../types';

/** The caseload table; on narrow screens each row is shown as a card (see styles.css). */
export function CitizenTable({ items }: { items: CitizenListItemT[] }) {
  const { t } = useTranslation();
  const many = (values: string[]) =>
    values.length <= 1 ? (values[0] ?? t('common.none')) : (
      <ul className="plain-list">
        {values.map((v, i) => (
          <li key={i}>{v}</li>
        ))}
      </ul>
    );
  return (
    <div className="table-wrap">
      <table className="data-table stack-on-phone">
        <caption className="visually-hidden">{t('citizens.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('citizens.list.name')}</th>
            <th scope="col">{t('citizens.list.method')}</th>
            <th scope="col">{t('citizens.list.phase')}</th>
            <th scope="col">{t('citizens.list.unitName')}</th>
            <th scope="col">{t('citizens.list.responsible')}</th>
            <th scope="col">{t('citizens.list.lastActivity')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label={t('citizens.list.name')}>
                <Link to="/citizens/$citizenId" params={{ citizenId: c.id }}>
                  {c.displayName}
                </Link>
                {c.kind === 'unidentified' ? (
                  <>
                    {' '}
                    <UnidentifiedBadge />
                  </>
                ) : null}
              </th>
              <td data-label={t('citizens.list.method')}>{many(c.courses.map((k) => t(`methods.${k.method}`, { defaultValue: k.method })))}</td>
              <td data-label={t('citizens.list.phase')}>{many(c.courses.map((k) => t(`phases.${k.phase}`, { defaultValue: k.phase })))}</td>
              <td data-label={t('citizens.list.unitName')}>{many(c.courses.map((k) => k.unitName))}</td>
              <td data-label={t('citizens.list.responsible')}>{many(c.courses.map((k) => k.responsible.map((r) => r.displayName).join(', ')))}</td>
              <td data-label={t('citizens.list.lastActivity')}>
                <time dateTime={c.lastActivityAt}>{formatDateTime(c.lastActivityAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

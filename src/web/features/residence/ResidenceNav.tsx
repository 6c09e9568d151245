import './residence.css';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { canOpen, residencePages, residencePaths, useResidence } from './access';

/**
 * The sub-navigation of one residence (botilbud): shift handover, activities, episodes, trend,
 * collaboration, the specialised team and the peer role — only the pages the user's role there can
 * use. The current page is marked for screen readers (aria-current) and visibly.
 */
export function ResidenceNav({ unitId }: { unitId: string }) {
  const { t } = useTranslation();
  const { unit, roles } = useResidence(unitId);
  const pages = residencePages.filter((p) => canOpen(p, roles));
  if (pages.length === 0) return null;
  return (
    <nav aria-label={t('residence.nav.label', { name: unit?.name ?? '' })} className="residence-nav">
      <ul>
        {pages.map((p) => (
          <li key={p}>
            <Link to={residencePaths[p]} params={{ unitId }} activeProps={{ className: 'active', 'aria-current': 'page' }}>
              {t(`residence.nav.${p}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from '../../components/Alerts';
import { NotFoundPage } from '../../components/NotFoundPage';
import { PageHeading } from '../../components/PageHeading';
import { canOpen, useResidence, type ResidencePageKey, type UnitRoles } from './access';
import { ResidenceNav } from './ResidenceNav';
import type { ResidenceUnitT } from './types';

export type ResidenceContext = { unit: ResidenceUnitT; roles: UnitRoles; userId: string };

type Props = { unitId: string; page: ResidencePageKey; children: (ctx: ResidenceContext) => ReactNode };

/**
 * The frame of every page of a residence: the heading with the residence's name and the
 * sub-navigation. A residence the user has no role in, or a page their role cannot use, is "not found".
 */
export function ResidenceFrame({ unitId, page, children }: Props) {
  const { t } = useTranslation();
  const { unit, roles, isPending, error, userId } = useResidence(unitId);
  if (isPending) return <Loading />;
  if (error) return <ErrorAlert error={error} />;
  if (!unit || !canOpen(page, roles)) return <NotFoundPage />;
  const title = t(`residence.pages.${page}`);
  return (
    <div className="residence">
      <PageHeading title={`${title} · ${unit.name}`}>
        {title} <span className="residence-name">· {unit.name}</span>
      </PageHeading>
      <ResidenceNav unitId={unitId} />
      {children({ unit, roles, userId })}
    </div>
  );
}

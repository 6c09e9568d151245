import type { ReactNode } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { can, ME_KEY } from '../features/auth/me';
import { useMyUnits } from '../features/citizens/queries';
import { isCrisisStaff } from '../features/crisis/access';
import { RESIDENTIAL } from '../features/residence/access';
import type { MeT } from '../types';
import { LanguageSwitch } from './LanguageSwitch';
import { SkipLink } from './SkipLink';

type NavItem = { to: string; label: string; exact?: boolean };

function navItems(me: MeT, t: (k: string) => string, crisisStaff: boolean, residence: boolean): NavItem[] {
  const items: NavItem[] = [];
  const mentor = can(me, 'crisis.mentor');
  if (can(me, 'citizen.read') || can(me, 'citizen.readAgreed')) items.push({ to: '/citizens', label: t('nav.myCitizens'), exact: true });
  if (can(me, 'citizen.create')) items.push({ to: '/citizens/new', label: t('nav.createCitizen') });
  if (can(me, 'inbound.manage')) items.push({ to: '/inbound', label: t('nav.inbound') });
  if (can(me, 'citizen.read')) items.push({ to: '/offers', label: t('nav.offers') });
  if (can(me, 'citizen.read')) items.push({ to: '/partners', label: t('nav.partners') });
  if (can(me, 'spotting.create') || mentor) items.push({ to: '/spottings', label: t('nav.spottings') });
  if (mentor || crisisStaff) items.push({ to: '/crisis', label: t('nav.crisis') });
  if (can(me, 'place.read')) items.push({ to: '/places', label: t('nav.places') });
  if (can(me, 'agreement.manage') || mentor || crisisStaff) items.push({ to: '/agreements', label: t('nav.agreements') });
  if (can(me, 'citizen.read')) items.push({ to: '/fidelity', label: t('nav.fidelity') });
  if (me.memberships.some((m) => m.unitId !== null && m.role !== 'spotter')) items.push({ to: '/teams', label: t('teams.nav') });
  if (residence) items.push({ to: '/residence', label: t('residence.navItem') });
  if (can(me, 'caseload.unit') || can(me, 'admin.manage')) items.push({ to: '/results', label: t('rbs.navItem') });
  if (can(me, 'breakGlass') || can(me, 'breakGlass.review')) items.push({ to: '/break-glass', label: t('nav.breakGlass') });
  if (can(me, 'admin.manage')) items.push({ to: '/admin', label: t('nav.admin') });
  if (can(me, 'audit.read')) items.push({ to: '/audit', label: t('nav.audit') });
  return items;
}

function UserInfo({ me }: { me: MeT }) {
  const { t } = useTranslation();
  return (
    <div className="user-info">
      <p className="user-name">
        <span className="visually-hidden">{t('nav.loggedInAs')} </span>
        {me.user.displayName}
      </p>
      <ul className="user-roles" aria-label={t('nav.memberships')}>
        {me.memberships.map((m) => (
          <li key={m.id}>
            {t(`roles.${m.role}`)} · {m.unitName ?? m.organisationName}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Layout({ me, children }: { me: MeT; children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const myUnits = useMyUnits().data;
  const crisisStaff = isCrisisStaff(myUnits);
  // Botilbud: for those who hold a role in a residential unit (an administrator reaches it from /residence).
  const residence = (myUnits ?? []).some((u) => u.kind === RESIDENTIAL);
  const logout = useMutation({
    mutationFn: () => api.post('/auth/logout'),
    onSettled: async () => {
      queryClient.clear();
      queryClient.setQueryData(ME_KEY, null);
      await navigate({ to: '/login' });
    },
  });

  return (
    <>
      <SkipLink />
      <header className="site-header">
        <div className="header-inner">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <UserInfo me={me} />
          <div className="header-actions">
            <LanguageSwitch />
            <button type="button" className="button-secondary button-small" onClick={() => logout.mutate()} disabled={logout.isPending}>
              {t('nav.logout')}
            </button>
          </div>
        </div>
        <nav aria-label={t('nav.label')} className="main-nav">
          <ul>
            {navItems(me, t, crisisStaff, residence).map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeOptions={{ exact: item.exact ?? false }} activeProps={{ className: 'active', 'aria-current': 'page' }}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
    </>
  );
}

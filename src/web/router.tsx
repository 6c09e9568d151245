import { lazy, Suspense, useEffect } from 'react';
import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from './components/Alerts';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { PageHeading } from './components/PageHeading';
import { can, MeContext, useMe, useMeQuery } from './features/auth/me';
import { LoginPage } from './features/auth/LoginPage';
import { CitizenListPage } from './features/citizens/CitizenListPage';
import { clearDeviceLock, useDeviceLock, type DeviceLock } from './features/fit/device-lock';
import { DeviceLockScreen } from './features/fit/DeviceLockScreen';

const CitizenViewPage = lazy(() => import('./features/fit/CitizenViewPage').then((m) => ({ default: m.CitizenViewPage })));

/**
 * While the device is handed to the citizen, only the citizen view shows (any other address leads
 * back to it); once handed back, every address shows only the lock screen. Neither renders the
 * layout or the route's page, so nothing from the record is fetched.
 */
function DeviceGate({ lock, pathname }: { lock: DeviceLock; pathname: string }) {
  if (lock.stage === 'citizen') {
    if (pathname !== '/citizen-view') return <Navigate to="/citizen-view" replace />;
    return (
      <Suspense fallback={<Loading />}>
        <CitizenViewPage lock={lock} />
      </Suspense>
    );
  }
  return <DeviceLockScreen lock={lock} />;
}

const serverLock = (courseId: string): DeviceLock => ({ stage: 'locked', citizenId: '', courseId, instruments: [], showChart: false, ids: {}, done: [] });

/** Every page except the login page needs a session; without one the user is sent to log in. */
function Root() {
  const me = useMeQuery();
  const { pathname } = useLocation();
  const lock = useDeviceLock();
  // Without a session the lock is moot: logging in again takes the password anyway.
  useEffect(() => {
    if (me.data === null) clearDeviceLock();
  }, [me.data]);
  if (pathname === '/login') return <Outlet />;
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorAlert error={me.error} />;
  if (!me.data) return <Navigate to="/login" />;
  // The server's lock counts even when this browser's storage lost it (another tab, cleared storage).
  const locked = lock ?? (me.data.lockedCourseId ? serverLock(me.data.lockedCourseId) : null);
  if (locked) return <DeviceGate lock={locked} pathname={pathname} />;
  return (
    <MeContext.Provider value={me.data}>
      <Layout me={me.data}>
        <Outlet />
      </Layout>
    </MeContext.Provider>
  );
}

/** The front page is the user's main task: caseload for workers and leaders, admin, or the access log. */
function Home() {
  const me = useMe();
  const { t } = useTranslation();
  if (can(me, 'citizen.read') || can(me, 'citizen.readAgreed')) return <Navigate to="/citizens" replace />;
  if (can(me, 'spotting.create')) return <Navigate to="/spottings" replace />;
  if (can(me, 'admin.manage')) return <Navigate to="/admin" replace />;
  if (can(me, 'audit.read')) return <Navigate to="/audit" replace />;
  if (can(me, 'breakGlass.review')) return <Navigate to="/break-glass" replace />;
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.title')}</PageHeading>
      <p>{t('home.noAccess')}</p>
    </>
  );
}

/**
 * Pages load with their route (code splitting): the first load brings only the login page and the
 * caseload list, which most users open first (issue 9: initial JavaScript).
 */
const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFoundPage });
const routes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home }),
  createRoute({ getParentRoute: () => rootRoute, path: '/citizens', component: CitizenListPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/citizens/new', component: lazyRouteComponent(() => import('./features/citizens/CreateCitizenPage'), 'CreateCitizenPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/citizens/$citizenId', component: lazyRouteComponent(() => import('./features/citizens/CitizenPage'), 'CitizenPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/offers', component: lazyRouteComponent(() => import('./features/offers/OffersPage'), 'OffersPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/partners', component: lazyRouteComponent(() => import('./features/partners/PartnersPage'), 'PartnersPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/partners/$partnerId', component: lazyRouteComponent(() => import('./features/partners/PartnerPage'), 'PartnerPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/inbound', component: lazyRouteComponent(() => import('./features/inbound/InboundPage'), 'InboundPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/fidelity', component: lazyRouteComponent(() => import('./features/fidelity/FidelityPage'), 'FidelityPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/teams', component: lazyRouteComponent(() => import('./features/teams/TeamsPage'), 'TeamsPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/teams/$teamId', component: lazyRouteComponent(() => import('./features/teams/TeamBoardPage'), 'TeamBoardPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/spottings', component: lazyRouteComponent(() => import('./features/spottings/SpottingsPage'), 'SpottingsPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/crisis', component: lazyRouteComponent(() => import('./features/crisis/CrisisPage'), 'CrisisPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/places', component: lazyRouteComponent(() => import('./features/places/PlacesPage'), 'PlacesPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/agreements', component: lazyRouteComponent(() => import('./features/agreements/AgreementsPage'), 'AgreementsPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/break-glass', component: lazyRouteComponent(() => import('./features/break-glass/BreakGlassPage'), 'BreakGlassPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/admin', component: lazyRouteComponent(() => import('./features/admin/AdminPage'), 'AdminPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: lazyRouteComponent(() => import('./features/audit/AuditPage'), 'AuditPage') }),
  // Residential services (seed 004): one unit's pages.
  createRoute({ getParentRoute: () => rootRoute, path: '/residence', component: lazyRouteComponent(() => import('./features/residence/ResidenceIndexPage'), 'ResidenceIndexPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/handover', component: lazyRouteComponent(() => import('./features/handover/HandoverPage'), 'HandoverPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/activities', component: lazyRouteComponent(() => import('./features/residence/ActivitiesPage'), 'ActivitiesPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/episodes', component: lazyRouteComponent(() => import('./features/residence/EpisodesPage'), 'EpisodesPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/trend', component: lazyRouteComponent(() => import('./features/residence/TrendPage'), 'TrendPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/collaboration', component: lazyRouteComponent(() => import('./features/residence/CollaborationPage'), 'CollaborationPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/team', component: lazyRouteComponent(() => import('./features/residence/SpecialistTeamPage'), 'SpecialistTeamPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/peer', component: lazyRouteComponent(() => import('./features/residence/PeerRolePage'), 'PeerRolePage') }),
  // Results-based management (issue 8): the units' results and their theories of change.
  createRoute({ getParentRoute: () => rootRoute, path: '/results', component: lazyRouteComponent(() => import('./features/rbs/ResultsPage'), 'ResultsPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/results/$unitId/theory/$method', component: lazyRouteComponent(() => import('./features/rbs/theory/TheoryPage'), 'TheoryPage') }),
  createRoute({ getParentRoute: () => rootRoute, path: '/results/$unitId/dashboard', component: lazyRouteComponent(() => import('./features/rbs/dashboard/DashboardPage'), 'DashboardPage') }),
  // Shown by Root while the device is with the citizen; unlocked, the address leads home.
  createRoute({ getParentRoute: () => rootRoute, path: '/citizen-view', component: () => <Navigate to="/" replace /> }),
];

export const router = createRouter({ routeTree: rootRoute.addChildren(routes), defaultPreload: false, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

import { lazy, Suspense, useEffect } from 'react';
import { createRootRoute, createRoute, createRouter, Navigate, Outlet, useLocation } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Loading } from './components/Alerts';
import { Layout } from './components/Layout';
import { NotFoundPage } from './components/NotFoundPage';
import { PageHeading } from './components/PageHeading';
import { AdminPage } from './features/admin/AdminPage';
import { AgreementsPage } from './features/agreements/AgreementsPage';
import { AuditPage } from './features/audit/AuditPage';
import { can, MeContext, useMe, useMeQuery } from './features/auth/me';
import { LoginPage } from './features/auth/LoginPage';
import { BreakGlassPage } from './features/break-glass/BreakGlassPage';
import { CitizenListPage } from './features/citizens/CitizenListPage';
import { CitizenPage } from './features/citizens/CitizenPage';
import { CreateCitizenPage } from './features/citizens/CreateCitizenPage';
import { CrisisPage } from './features/crisis/CrisisPage';
import { clearDeviceLock, useDeviceLock, type DeviceLock } from './features/fit/device-lock';
import { DeviceLockScreen } from './features/fit/DeviceLockScreen';
import { InboundPage } from './features/inbound/InboundPage';
import { OffersPage } from './features/offers/OffersPage';
import { PartnerPage } from './features/partners/PartnerPage';
import { PartnersPage } from './features/partners/PartnersPage';
import { PlacesPage } from './features/places/PlacesPage';
import { FidelityPage } from './features/fidelity/FidelityPage';
import { SpottingsPage } from './features/spottings/SpottingsPage';
import { TeamBoardPage } from './features/teams/TeamBoardPage';
import { TeamsPage } from './features/teams/TeamsPage';
import { HandoverPage } from './features/handover/HandoverPage';
import { ActivitiesPage } from './features/residence/ActivitiesPage';
import { CollaborationPage } from './features/residence/CollaborationPage';
import { EpisodesPage } from './features/residence/EpisodesPage';
import { PeerRolePage } from './features/residence/PeerRolePage';
import { ResidenceIndexPage } from './features/residence/ResidenceIndexPage';
import { SpecialistTeamPage } from './features/residence/SpecialistTeamPage';
import { TrendPage } from './features/residence/TrendPage';
import { ResultsPage } from './features/rbs/ResultsPage';
import { TheoryPage } from './features/rbs/theory/TheoryPage';
import { DashboardPage } from './features/rbs/dashboard/DashboardPage';

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

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFoundPage });
const routes = [
  createRoute({ getParentRoute: () => rootRoute, path: '/login', component: LoginPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: Home }),
  createRoute({ getParentRoute: () => rootRoute, path: '/citizens', component: CitizenListPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/citizens/new', component: CreateCitizenPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/citizens/$citizenId', component: CitizenPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/offers', component: OffersPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/partners', component: PartnersPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/partners/$partnerId', component: PartnerPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/inbound', component: InboundPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/fidelity', component: FidelityPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/teams', component: TeamsPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/teams/$teamId', component: TeamBoardPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/spottings', component: SpottingsPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/crisis', component: CrisisPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/places', component: PlacesPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/agreements', component: AgreementsPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/break-glass', component: BreakGlassPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/admin', component: AdminPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/audit', component: AuditPage }),
  // Residential services (seed 004): one unit's pages.
  createRoute({ getParentRoute: () => rootRoute, path: '/residence', component: ResidenceIndexPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/handover', component: HandoverPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/activities', component: ActivitiesPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/episodes', component: EpisodesPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/trend', component: TrendPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/collaboration', component: CollaborationPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/team', component: SpecialistTeamPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/residence/$unitId/peer', component: PeerRolePage }),
  // Results-based management (issue 8): the units' results and their theories of change.
  createRoute({ getParentRoute: () => rootRoute, path: '/results', component: ResultsPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/results/$unitId/theory/$method', component: TheoryPage }),
  createRoute({ getParentRoute: () => rootRoute, path: '/results/$unitId/dashboard', component: DashboardPage }),
  // Shown by Root while the device is with the citizen; unlocked, the address leads home.
  createRoute({ getParentRoute: () => rootRoute, path: '/citizen-view', component: () => <Navigate to="/" replace /> }),
];

export const router = createRouter({ routeTree: rootRoute.addChildren(routes), defaultPreload: false, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

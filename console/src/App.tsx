import HistoryIcon from '@mui/icons-material/History';
import { lazy, Suspense } from 'react';
import { createHashRouter, Route, RouterProvider } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import assessments from './assessments';
import assessmentSchemes from './assessmentSchemes';
import { authProvider } from './authProvider';
import { session } from './session';
import candidates from './candidates';
import committeeAccounts from './committeeAccounts';
import committeeFilings from './committeeFilings';
import committees from './committees';
import { Home } from './home/Home';
import { dataProvider } from './resources';
import elections from './elections';
import estates from './estates';
import firms from './firms';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import { theme } from './layout/theme';
import { LoginPage } from './signin/LoginPage';
import projects from './projects';
import repairFunds from './repairFunds';
import partyOrganisations from './partyOrganisations';
import fivePartyMeetings from './fivePartyMeetings';
import resolutions from './resolutions';
import users from './users';

// the import screen is for those who import (filings, owner rolls): out of the first chunk
const ImportPage = lazy(() => import('./imports/ImportPage'));
const HolidayCalendarPage = lazy(() => import('./holidays/HolidayCalendarPage'));
// the admin's integrator tokens and webhooks
const ApiTokensPage = lazy(() => import('./apiTokens/ApiTokensPage'));
const ChecklistPage = lazy(() => import('./checklists/ChecklistPage'));
const ChecklistDraftEditor = lazy(() => import('./checklists/ChecklistDraftEditor'));
const AuditLogList = lazy(() => import('./auditLog/AuditLogList'));
// the public red/black list is read without signing in: outside the layout, which needs a session
const PublicRedBlackListPage = lazy(() => import('./redBlackLists/PublicRedBlackListPage'));
const QuarterRankingPage = lazy(() => import('./redBlackLists/QuarterRankingPage'));
// a published statement of a committee's book: for the owners, without signing in
const PublicStatementPage = lazy(() => import('./publicStatement/PublicStatementPage'));

function AdminApp() {
  return (
    <Admin
      title="wuye.app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Home}
      loginPage={LoginPage}
      layout={Layout}
      theme={theme}
      disableTelemetry
      requireAuth
    >
      <Resource name="firms" {...firms} />
      <Resource name="projects" {...projects} />
      <Resource name="estates" {...estates} />
      <Resource name="elections" {...elections} />
      <Resource name="resolutions" {...resolutions} />
      <Resource name="committees" {...committees} />
      <Resource name="committeeFilings" {...committeeFilings} />
      <Resource name="repairFunds" {...repairFunds} />
      <Resource name="committeeAccounts" {...committeeAccounts} />
      <Resource name="partyOrganisations" {...partyOrganisations} />
      <Resource name="fivePartyMeetings" {...fivePartyMeetings} />
      <Resource name="candidates" {...candidates} />
      <Resource name="assessments" {...assessments} />
      <Resource name="assessmentSchemes" {...assessmentSchemes} />
      <Resource name="owners" recordRepresentation="name" />
      <Resource name="users" {...users} />
      <Resource name="districts" recordRepresentation="name" />
      <Resource name="subdistricts" recordRepresentation="name" />
      <Resource name="communities" recordRepresentation="name" />
      <Resource name="auditEvents" list={AuditLogList} icon={HistoryIcon} />
      <CustomRoutes noLayout>
        <Route path="/public/statements/:id" element={<Suspense fallback={null}><PublicStatementPage /></Suspense>} />
      </CustomRoutes>
      <CustomRoutes>
        <Route path="/import" element={<ImportPage />} />
        <Route path="/holidays" element={<HolidayCalendarPage />} />
        <Route path="/api-tokens" element={<ApiTokensPage />} />
        <Route path="/checklists" element={<ChecklistPage />} />
        <Route path="/checklists/drafts/:id" element={<ChecklistDraftEditor />} />
        <Route path="/quarter-ranking" element={<QuarterRankingPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/red-black-list" element={<PublicRedBlackListPage />} />
      </CustomRoutes>
    </Admin>
  );
}

/**
 * Someone signed out opens the console on the login page, with the page they asked for as its `next` (in React
 * Router's own history state), instead of a history entry that only redirects: Back from the page they reach
 * after signing in leaves the console rather than landing on the login page again.
 */
const PUBLIC_PATHS = ['/red-black-list', '/public/'];

function openSignedOutOnLogin(): void {
  const asked = window.location.hash.replace(/^#/, '') || '/';
  // the public pages (the red/black list, a published statement) are read signed out, as the media and owners do
  if (session.token() || asked.startsWith('/login') || PUBLIC_PATHS.some((prefix) => asked.startsWith(prefix))) return;
  const [nextPathname, query] = asked.split('?');
  const state = { usr: { nextPathname, nextSearch: query ? `?${query}` : '' }, key: 'signin', idx: 0 };
  window.history.replaceState(state, '', '#/login');
}

/**
 * One router for the life of the page, whose navigations render at once. React Router 7's RouterProvider renders
 * a navigation inside React.startTransition, which any urgent update interrupts. Signed out, react-admin's
 * requireAuth mounts LogoutOnMount, which navigates to #/login and then clears its query cache; the clear re-runs
 * the auth check (an urgent update), which mounts LogoutOnMount again before the navigation could render, and
 * so on: #/login was pushed about a thousand times over 9–19 s before one transition won. Without transitions
 * the first navigation renders the login page and the loop never starts (react-admin uses a router it finds
 * around <Admin> as it is, instead of building its own).
 */
openSignedOutOnLogin();
const router = createHashRouter([{ path: '*', element: <AdminApp /> }]);

export function App() {
  return <RouterProvider router={router} useTransitions={false} />;
}

import HistoryIcon from '@mui/icons-material/History';
import { lazy, Suspense } from 'react';
import { createHashRouter, Route, RouterProvider } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import assessments from './assessments';
import assessmentSchemes from './assessmentSchemes';
import { authProvider } from './authProvider';
import { openSignedOutOnLogin } from './signin/startAddress';
import { routerProvider } from './shared/unsavedChanges';
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
import { AppTitle, NotFound } from './layout/NotFound';
import { theme } from './layout/theme';
import { LoginPage } from './signin/LoginPage';
import projects from './projects';
import repairFunds from './repairFunds';
import partyOrganisations from './partyOrganisations';
import fivePartyMeetings from './fivePartyMeetings';
import campaigns from './campaigns';
import resolutions from './resolutions';
import users from './users';

// the import screen is for those who import (filings, owner rolls): out of the first chunk
const ImportPage = lazy(() => import('./imports/ImportPage'));
const HolidayCalendarPage = lazy(() => import('./holidays/HolidayCalendarPage'));
// the admin's integrator tokens and webhooks
const ApiTokensPage = lazy(() => import('./apiTokens/ApiTokensPage'));
// the account changes waiting for a second admin
const AccountChangesPage = lazy(() => import('./users/AccountChangesPage'));
const ChecklistPage = lazy(() => import('./checklists/ChecklistPage'));
const ChecklistDraftEditor = lazy(() => import('./checklists/ChecklistDraftEditor'));
const AuditLogList = lazy(() => import('./auditLog/AuditLogList'));
// the public red/black list is read without signing in: outside the layout, which needs a session
const PublicRedBlackListPage = lazy(() => import('./redBlackLists/PublicRedBlackListPage'));
const QuarterRankingPage = lazy(() => import('./redBlackLists/QuarterRankingPage'));
// the owners' statements of the estates' money (their index, a book's quarter or year, a fund's period): without signing in
const PublicStatementIndexPage = lazy(() => import('./publicStatements/PublicStatementIndexPage'));
const PublicStatementPage = lazy(() => import('./publicStatements/PublicStatementPage'));
const PublicYearStatementPage = lazy(() => import('./publicStatements/PublicYearStatementPage'));
const PublicFundStatementPage = lazy(() => import('./publicStatements/PublicFundStatementPage'));

function AdminApp() {
  return (
    <Admin
      title={<AppTitle />}
      catchAll={NotFound}
      routerProvider={routerProvider}
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
      <Resource name="campaigns" {...campaigns} />
      <Resource name="campaignReports" />
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
        <Route path="/public/statements" element={<Suspense fallback={null}><PublicStatementIndexPage /></Suspense>} />
        <Route path="/public/statements/:id" element={<Suspense fallback={null}><PublicStatementPage /></Suspense>} />
        <Route path="/public/statements/years/:accountId/:year" element={<Suspense fallback={null}><PublicYearStatementPage /></Suspense>} />
        <Route path="/public/repair-funds/:fundId/:period" element={<Suspense fallback={null}><PublicFundStatementPage /></Suspense>} />
      </CustomRoutes>
      <CustomRoutes>
        <Route path="/import" element={<ImportPage />} />
        <Route path="/holidays" element={<HolidayCalendarPage />} />
        <Route path="/api-tokens" element={<ApiTokensPage />} />
        <Route path="/account-changes" element={<AccountChangesPage />} />
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
 * One router for the life of the page, whose navigations render at once. React Router 7's RouterProvider renders
 * a navigation inside React.startTransition, which any urgent update interrupts. Signed out, react-admin's
 * requireAuth mounts LogoutOnMount, which navigates to #/login and then clears its query cache; the clear re-runs
 * the auth check (an urgent update), which mounts LogoutOnMount again before the navigation could render, and
 * so on: #/login was pushed about a thousand times over 9–19 s before one transition won. Without transitions
 * the first navigation renders the login page and the loop never starts (react-admin uses a router it finds
 * around <Admin> as it is, instead of building its own).
 */
let router: ReturnType<typeof createHashRouter> | null = null;

export function App() {
  // made at the first render, not when the module loads: the entry may load this module behind the signed-out
  // first page, whose sign-in then moves the address on (docs/architecture.md#the-consoles-first-page)
  if (!router) {
    openSignedOutOnLogin();
    router = createHashRouter([{ path: '*', element: <AdminApp /> }]);
  }
  return <RouterProvider router={router} useTransitions={false} />;
}

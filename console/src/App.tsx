import { lazy, Suspense } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import candidates from './candidates';
import committeeAccounts from './committeeAccounts';
import committeeFilings from './committeeFilings';
import committees from './committees';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './resources';
import elections from './elections';
import estates from './estates';
import firms from './firms';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import projects from './projects';
import repairFunds from './repairFunds';
import resolutions from './resolutions';
import users from './users';

// the import screen is for those who import (filings, owner rolls): out of the first chunk
const ImportPage = lazy(() => import('./imports/ImportPage'));
const HolidayCalendarPage = lazy(() => import('./holidays/HolidayCalendarPage'));
// a published statement of a committee's book: for the owners, without signing in
const PublicStatementPage = lazy(() => import('./publicStatement/PublicStatementPage'));

export function App() {
  return (
    <Admin
      title="wuye.app.title"
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      layout={Layout}
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
      <Resource name="candidates" {...candidates} />
      <Resource name="owners" recordRepresentation="name" />
      <Resource name="users" {...users} />
      <Resource name="districts" recordRepresentation="name" />
      <Resource name="subdistricts" recordRepresentation="name" />
      <Resource name="communities" recordRepresentation="name" />
      <CustomRoutes noLayout>
        <Route path="/public/statements/:id" element={<Suspense fallback={null}><PublicStatementPage /></Suspense>} />
      </CustomRoutes>
      <CustomRoutes>
        <Route path="/import" element={<ImportPage />} />
        <Route path="/holidays" element={<HolidayCalendarPage />} />
      </CustomRoutes>
    </Admin>
  );
}

import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import assessments from './assessments';
import assessmentSchemes from './assessmentSchemes';
import { authProvider } from './authProvider';
import candidates from './candidates';
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
import resolutions from './resolutions';
import users from './users';

// the import screen is for those who import (filings, owner rolls): out of the first chunk
const ImportPage = lazy(() => import('./imports/ImportPage'));
const HolidayCalendarPage = lazy(() => import('./holidays/HolidayCalendarPage'));
// the public red/black list is read without signing in: outside the layout, which needs a session
const PublicRedBlackListPage = lazy(() => import('./redBlackLists/PublicRedBlackListPage'));
const QuarterRankingPage = lazy(() => import('./redBlackLists/QuarterRankingPage'));

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
      <Resource name="candidates" {...candidates} />
      <Resource name="assessments" {...assessments} />
      <Resource name="assessmentSchemes" {...assessmentSchemes} />
      <Resource name="owners" recordRepresentation="name" />
      <Resource name="users" {...users} />
      <Resource name="districts" recordRepresentation="name" />
      <Resource name="subdistricts" recordRepresentation="name" />
      <Resource name="communities" recordRepresentation="name" />
      <CustomRoutes>
        <Route path="/import" element={<ImportPage />} />
        <Route path="/holidays" element={<HolidayCalendarPage />} />
        <Route path="/quarter-ranking" element={<QuarterRankingPage />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/red-black-list" element={<PublicRedBlackListPage />} />
      </CustomRoutes>
    </Admin>
  );
}

import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import estates from './estates';
import firms from './firms';
import { i18nProvider } from './i18n/i18nProvider';
import { Layout } from './layout/Layout';
import projects from './projects';
import users from './users';

// the import screen is only for clerks and registrars: out of the first chunk
const ImportPage = lazy(() => import('./imports/ImportPage'));

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
      <Resource name="users" {...users} />
      <Resource name="districts" recordRepresentation="name" />
      <Resource name="subdistricts" recordRepresentation="name" />
      <Resource name="communities" recordRepresentation="name" />
      <CustomRoutes>
        <Route path="/import" element={<ImportPage />} />
      </CustomRoutes>
    </Admin>
  );
}

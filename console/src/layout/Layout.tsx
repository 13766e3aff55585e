import DashboardIcon from '@mui/icons-material/Dashboard';
import EventIcon from '@mui/icons-material/Event';
import KeyIcon from '@mui/icons-material/Key';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import HowToRegIcon from '@mui/icons-material/HowToReg';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import PublicIcon from '@mui/icons-material/Public';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, AlertTitle, createTheme, ThemeProvider } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { AppBar, Layout as RaLayout, Logout, Menu as RaMenu, UserMenu, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { ChangePasswordMenuItem, ForcedPasswordChange } from '../signin/ChangePassword';
import { session } from '../session';
import { IdleGuard } from '../signin/IdleGuard';
import { useOfficerJurisdiction } from '../shared/useJurisdiction';
import { usePendingAccountChanges } from '../users/usePendingAccountChanges';
import { PageError } from './PageError';

/** The menu: the resources this role may list (react-admin hides the rest), Import for those who file, the holiday calendar, the admin's API tokens. */
export function Menu() {
  const translate = useTranslate();
  const { canAccess: canImport } = useCanAccess({ resource: 'imports', action: 'create' });
  const { canAccess: canSeeHolidays } = useCanAccess({ resource: 'holidays', action: 'show' });
  const { canAccess: canSeeTokens } = useCanAccess({ resource: 'apiTokens', action: 'list' });
  const { canAccess: canSeeChecklists } = useCanAccess({ resource: 'checklists', action: 'list' });
  const { canAccess: canRank } = useCanAccess({ resource: 'redBlackLists', action: 'show' });
  const { canAccess: canSeeAccountChanges } = useCanAccess({ resource: 'accountChanges', action: 'list' });
  // how many wait for a second admin, in the label an admin sees on every page
  const waitingChanges = usePendingAccountChanges().data?.length ?? 0;
  return (
    <RaMenu>
      <RaMenu.Item to="/" primaryText={translate('wuye.menu.dashboard')} leftIcon={<DashboardIcon />} />
      <RaMenu.ResourceItems />
      {canImport && <RaMenu.Item to="/import" primaryText={translate('wuye.menu.import')} leftIcon={<UploadFileIcon />} data-testid="menu-import" />}
      {canSeeHolidays && <RaMenu.Item to="/holidays" primaryText={translate('wuye.menu.holidays')} leftIcon={<EventIcon />} data-testid="menu-holidays" />}
      {canSeeTokens && <RaMenu.Item to="/api-tokens" primaryText={translate('wuye.menu.apiTokens')} leftIcon={<KeyIcon />} data-testid="menu-api-tokens" />}
      {canSeeAccountChanges && (
        <RaMenu.Item
          to="/account-changes"
          primaryText={waitingChanges ? translate('wuye.menu.accountChanges_count', { count: waitingChanges }) : translate('wuye.menu.accountChanges')}
          leftIcon={<HowToRegIcon />}
          data-testid="menu-account-changes"
        />
      )}
      {canSeeChecklists && <RaMenu.Item to="/checklists" primaryText={translate('wuye.menu.checklists')} leftIcon={<FactCheckIcon />} data-testid="menu-checklists" />}
      {canRank && <RaMenu.Item to="/quarter-ranking" primaryText={translate('wuye.assessment.menu_ranking')} leftIcon={<LeaderboardIcon />} data-testid="menu-ranking" />}
      <RaMenu.Item to="/red-black-list" primaryText={translate('wuye.assessment.menu_public')} leftIcon={<PublicIcon />} data-testid="menu-red-black-list" />
    </RaMenu>
  );
}

/** The user menu: change one's own password, sign out. */
function AppBarWithUserMenu() {
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  // the name in the app bar carries the role in the language shown: read it again after a switch
  useEffect(() => {
    void queryClient.invalidateQueries({ queryKey: ['auth', 'getIdentity'] });
  }, [locale, queryClient]);
  return (
    <AppBar
      userMenu={
        <UserMenu>
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
    />
  );
}

/** On every page but the home page (which says it in full): an officer without subdistricts can do nothing here yet. */
function NoJurisdictionNotice() {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const { officerWithout } = useOfficerJurisdiction();
  if (!officerWithout || pathname === '/') return null;
  return (
    <Alert severity="warning" sx={{ mt: 1 }} data-testid="no-jurisdiction-notice">
      <AlertTitle>{translate('wuye.home.no_jurisdiction_title')}</AlertTitle>
      {translate('wuye.home.no_jurisdiction')}
    </Alert>
  );
}

/** MUI's own words (「无选项」, pagination, the autocomplete's open/clear buttons) in the language the reader chose. */
export function MuiLocale({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const withLocale = useMemo(() => (outer: object) => createTheme(outer, locale === 'en' ? enUS : zhCN), [locale]);
  return <ThemeProvider theme={withLocale}>{children}</ThemeProvider>;
}

export function Layout({ children }: { children: ReactNode }) {
  // a password an admin set opens nothing but the change of one's own (roles-and-workflows.md#own-password): no page
  // is mounted, so none asks the server what it would refuse
  const [mustChange, setMustChange] = useState(() => session.user()?.mustChangePassword === true);
  if (mustChange) {
    return (
      <MuiLocale>
        <ForcedPasswordChange onChanged={() => setMustChange(false)} />
      </MuiLocale>
    );
  }
  return (
    <MuiLocale>
      <RaLayout menu={Menu} appBar={AppBarWithUserMenu} error={PageError}>
        <NoJurisdictionNotice />
        {children}
        <IdleGuard />
      </RaLayout>
    </MuiLocale>
  );
}

import DashboardIcon from '@mui/icons-material/Dashboard';
import EventIcon from '@mui/icons-material/Event';
import LeaderboardIcon from '@mui/icons-material/Leaderboard';
import PublicIcon from '@mui/icons-material/Public';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ReactNode } from 'react';
import { Layout as RaLayout, Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';

/** The menu: the resources this role may list (react-admin hides the rest), Import for those who file, the holiday calendar. */
export function Menu() {
  const translate = useTranslate();
  const { canAccess: canImport } = useCanAccess({ resource: 'imports', action: 'create' });
  const { canAccess: canSeeHolidays } = useCanAccess({ resource: 'holidays', action: 'show' });
  const { canAccess: canRank } = useCanAccess({ resource: 'redBlackLists', action: 'show' });
  return (
    <RaMenu>
      <RaMenu.Item to="/" primaryText={translate('wuye.menu.dashboard')} leftIcon={<DashboardIcon />} />
      <RaMenu.ResourceItems />
      {canImport && <RaMenu.Item to="/import" primaryText={translate('wuye.menu.import')} leftIcon={<UploadFileIcon />} data-testid="menu-import" />}
      {canSeeHolidays && <RaMenu.Item to="/holidays" primaryText={translate('wuye.menu.holidays')} leftIcon={<EventIcon />} data-testid="menu-holidays" />}
      {canRank && <RaMenu.Item to="/quarter-ranking" primaryText={translate('wuye.assessment.menu_ranking')} leftIcon={<LeaderboardIcon />} data-testid="menu-ranking" />}
      <RaMenu.Item to="/red-black-list" primaryText={translate('wuye.assessment.menu_public')} leftIcon={<PublicIcon />} data-testid="menu-red-black-list" />
    </RaMenu>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return <RaLayout menu={Menu}>{children}</RaLayout>;
}

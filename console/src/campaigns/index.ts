import CampaignIcon from '@mui/icons-material/Campaign';
import { lazy } from 'react';

// loaded when opened (officers report and verify estates' work; registry readers follow the totals)
const CampaignList = lazy(() => import('./CampaignList'));
const CampaignShow = lazy(() => import('./CampaignShow'));
const CampaignCreate = lazy(() => import('./CampaignCreate'));
const CampaignEdit = lazy(() => import('./CampaignEdit'));

export default {
  list: CampaignList,
  show: CampaignShow,
  create: CampaignCreate,
  edit: CampaignEdit,
  icon: CampaignIcon,
  recordRepresentation: 'name',
};

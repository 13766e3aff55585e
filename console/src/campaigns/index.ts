import CampaignIcon from '@mui/icons-material/Campaign';
import { lazy } from 'react';

// loaded when opened (officers report and verify estates' work; registry readers follow the totals)
const CampaignList = lazy(() => import('./CampaignList'));
const CampaignShow = lazy(() => import('./CampaignShow'));

export default {
  list: CampaignList,
  show: CampaignShow,
  icon: CampaignIcon,
  recordRepresentation: 'name',
};

import HandymanIcon from '@mui/icons-material/Handyman';
import { lazy } from 'react';

// the funds are for officers and those who follow them: loaded when opened, like resolutions
const RepairFundList = lazy(() => import('./RepairFundList'));
const RepairFundShow = lazy(() => import('./RepairFundShow'));
const RepairFundCreate = lazy(() => import('./RepairFundCreate'));

export default {
  list: RepairFundList,
  show: RepairFundShow,
  create: RepairFundCreate,
  icon: HandymanIcon,
  recordRepresentation: 'estateName',
};

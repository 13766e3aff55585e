import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazy } from 'react';

const CommitteeAccountList = lazy(() => import('./CommitteeAccountList'));
const CommitteeAccountShow = lazy(() => import('./CommitteeAccountShow'));
const CommitteeAccountCreate = lazy(() => import('./CommitteeAccountCreate'));

export default {
  list: CommitteeAccountList,
  show: CommitteeAccountShow,
  create: CommitteeAccountCreate,
  icon: AccountBalanceIcon,
  recordRepresentation: 'estateName',
};

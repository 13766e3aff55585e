import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { lazy } from 'react';

const CommitteeAccountList = lazy(() => import('./CommitteeAccountList'));
const CommitteeAccountShow = lazy(() => import('./CommitteeAccountShow'));

export default {
  list: CommitteeAccountList,
  show: CommitteeAccountShow,
  icon: AccountBalanceIcon,
  recordRepresentation: 'estateName',
};

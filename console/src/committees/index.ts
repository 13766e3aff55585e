import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';

// loaded when opened (officers, registrars, managers), like the elections
const CommitteeList = lazy(() => import('./CommitteeList'));
const CommitteeShow = lazy(() => import('./CommitteeShow'));

export default { list: CommitteeList, show: CommitteeShow, icon: GroupsIcon, recordRepresentation: 'estateName' };

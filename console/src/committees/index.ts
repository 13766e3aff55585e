import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';

// loaded when opened (officers, registrars, managers), like the elections
const CommitteeList = lazy(() => import('./CommitteeList'));
const CommitteeShow = lazy(() => import('./CommitteeShow'));
const CommitteeCreate = lazy(() => import('./CommitteeCreate'));

export default { list: CommitteeList, show: CommitteeShow, create: CommitteeCreate, icon: GroupsIcon, recordRepresentation: 'estateName' };

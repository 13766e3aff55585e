import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';
import { CommitteeList } from './CommitteeList';

const CommitteeShow = lazy(() => import('./CommitteeShow'));

export default { list: CommitteeList, show: CommitteeShow, icon: GroupsIcon, recordRepresentation: 'estateName' };

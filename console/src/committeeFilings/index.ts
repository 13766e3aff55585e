import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { lazy } from 'react';
import { CommitteeFilingList } from './CommitteeFilingList';

const CommitteeFilingShow = lazy(() => import('./CommitteeFilingShow'));

export default { list: CommitteeFilingList, show: CommitteeFilingShow, icon: AssignmentTurnedInIcon, recordRepresentation: 'name' };

import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { lazy } from 'react';

// loaded when opened (officers file, registrars decide, managers read)
const CommitteeFilingList = lazy(() => import('./CommitteeFilingList'));
const CommitteeFilingShow = lazy(() => import('./CommitteeFilingShow'));

export default { list: CommitteeFilingList, show: CommitteeFilingShow, icon: AssignmentTurnedInIcon, recordRepresentation: 'name' };

import ForumIcon from '@mui/icons-material/Forum';
import { lazy } from 'react';

// loaded when opened (officers record meetings in their subdistricts; registry readers read them)
const FivePartyMeetingList = lazy(() => import('./FivePartyMeetingList'));
const FivePartyMeetingShow = lazy(() => import('./FivePartyMeetingShow'));
const FivePartyMeetingCreate = lazy(() => import('./FivePartyMeetingCreate'));
const FivePartyMeetingEdit = lazy(() => import('./FivePartyMeetingEdit'));

export default {
  list: FivePartyMeetingList,
  show: FivePartyMeetingShow,
  create: FivePartyMeetingCreate,
  edit: FivePartyMeetingEdit,
  icon: ForumIcon,
  recordRepresentation: 'estateName',
};

import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { lazy } from 'react';
import { ElectionCreate } from './ElectionCreate';
import { ElectionEdit } from './ElectionEdit';
import { ElectionList } from './ElectionList';

// the workspace (stepper, candidates, ballot entry, tally) is the console's largest page: loaded when opened
const ElectionWorkspace = lazy(() => import('./ElectionWorkspace'));

export default {
  list: ElectionList,
  show: ElectionWorkspace,
  edit: ElectionEdit,
  create: ElectionCreate,
  icon: HowToVoteIcon,
  recordRepresentation: 'title',
};

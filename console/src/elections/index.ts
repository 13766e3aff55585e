import HowToVoteIcon from '@mui/icons-material/HowToVote';
import { lazy } from 'react';

// elections are for officers and managers: their pages load when opened, so the registry's first load stays
// as it was; the workspace (stepper, candidates, ballot entry, tally) is the largest of them
const ElectionList = lazy(() => import('./ElectionList'));
const ElectionCreate = lazy(() => import('./ElectionCreate'));
const ElectionEdit = lazy(() => import('./ElectionEdit'));
const ElectionWorkspace = lazy(() => import('./ElectionWorkspace'));

export default {
  list: ElectionList,
  show: ElectionWorkspace,
  edit: ElectionEdit,
  create: ElectionCreate,
  icon: HowToVoteIcon,
  recordRepresentation: 'title',
};

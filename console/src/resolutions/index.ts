import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';

// resolutions are for officers and those who follow them: loaded when opened, like elections, so the
// registry's first load stays as it was; the show page (tally, ballot entry) is the largest
const ResolutionList = lazy(() => import('./ResolutionList'));
const ResolutionCreate = lazy(() => import('./ResolutionCreate'));
const ResolutionShow = lazy(() => import('./ResolutionShow'));

export default {
  list: ResolutionList,
  show: ResolutionShow,
  create: ResolutionCreate,
  icon: GavelIcon,
  recordRepresentation: 'title',
};

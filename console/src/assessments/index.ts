import AssessmentIcon from '@mui/icons-material/Assessment';
import { lazy } from 'react';

// loaded when opened (officers score, registrars review)
const AssessmentList = lazy(() => import('./AssessmentList'));
const AssessmentShow = lazy(() => import('./AssessmentShow'));
const AssessmentCreate = lazy(() => import('./AssessmentCreate'));

export default { list: AssessmentList, show: AssessmentShow, create: AssessmentCreate, icon: AssessmentIcon, recordRepresentation: 'projectName' };

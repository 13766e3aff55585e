import RuleIcon from '@mui/icons-material/Rule';
import { lazy } from 'react';

const SchemeList = lazy(() => import('./SchemeList'));
const SchemeShow = lazy(() => import('./SchemeShow'));

export default { list: SchemeList, show: SchemeShow, icon: RuleIcon, recordRepresentation: 'title' };

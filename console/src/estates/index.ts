import HomeWorkIcon from '@mui/icons-material/HomeWork';
import { EstateCreate } from './EstateCreate';
import { EstateEdit } from './EstateEdit';
import { EstateList } from './EstateList';
import { EstateShow } from './EstateShow';

export default {
  list: EstateList,
  show: EstateShow,
  edit: EstateEdit,
  create: EstateCreate,
  icon: HomeWorkIcon,
  recordRepresentation: 'name',
};

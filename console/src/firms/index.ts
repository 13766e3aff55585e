import BusinessIcon from '@mui/icons-material/Business';
import { FirmCreate } from './FirmCreate';
import { FirmEdit } from './FirmEdit';
import { FirmList } from './FirmList';
import { FirmShow } from './FirmShow';

export default {
  list: FirmList,
  show: FirmShow,
  edit: FirmEdit,
  create: FirmCreate,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};

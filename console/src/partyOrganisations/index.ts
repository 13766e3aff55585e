import GroupsIcon from '@mui/icons-material/Groups';
import { lazy } from 'react';

// loaded when opened (registry clerks keep them; every registry reader lists them)
const PartyOrganisationList = lazy(() => import('./PartyOrganisationList'));
const PartyOrganisationShow = lazy(() => import('./PartyOrganisationShow'));
const PartyOrganisationCreate = lazy(() => import('./PartyOrganisationCreate'));
const PartyOrganisationEdit = lazy(() => import('./PartyOrganisationEdit'));

export default {
  list: PartyOrganisationList,
  show: PartyOrganisationShow,
  create: PartyOrganisationCreate,
  edit: PartyOrganisationEdit,
  icon: GroupsIcon,
  recordRepresentation: 'name',
};

import { AutocompleteInput, Datagrid, ReferenceInput, SelectField, SelectInput, TextField } from 'react-admin';
import { List } from '../shared/views';
import { matterChoices, resolutionPhaseChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { EnumChipField, LocaleDateField, RESOLUTION_PHASE_COLORS } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';
import { BY_NAME } from '../shared/choiceOrder';

const filters = [
  <ReferenceInput key="estateId" source="estateId" reference="estates" alwaysOn sort={BY_NAME}>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="matter" source="matter" choices={matterChoices} alwaysOn />,
  <SelectInput key="phase" source="phase" choices={resolutionPhaseChoices} alwaysOn />,
];

const exporter = translatedExporter('resolutions', ['title', 'estateName', 'matter', 'phase', 'votingStartsOn', 'votingEndsOn', 'updatedAt', 'id'], {
  matter: 'matter',
  phase: 'resolutionPhase',
});

/** The resolutions the caller may see: an officer's own subdistricts (the server scopes the list), everything for the others. */
export default function ResolutionList() {
  return (
    <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={exporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {/* the title first, as the user knows the vote by it; the id is for quoting */}
        <TextField source="title" sortable={false} />
        <TextField source="estateName" sortable={false} />
        <SelectField source="matter" choices={matterChoices} sortable={false} />
        <EnumChipField source="phase" group="resolutionPhase" colors={RESOLUTION_PHASE_COLORS} sortable={false} />
        <LocaleDateField source="votingEndsOn" sortable={false} />
        <LocaleDateField source="updatedAt" showTime />
        <TextField source="id" />
      </Datagrid>
    </List>
  );
}

import { useMediaQuery, type Theme } from '@mui/material';
import { AutocompleteInput, Datagrid, NumberField, ReferenceInput, SelectField, SelectInput, SimpleList, TextField, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { electionKindChoices, electionPhaseChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { EnumChipField, LocaleDateField, PHASE_COLORS } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';
import { BY_NAME } from '../shared/choiceOrder';

const filters = [
  <SelectInput key="phase" source="phase" choices={electionPhaseChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={electionKindChoices} alwaysOn />,
  <PlaceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" alwaysOn />,
  <ReferenceInput key="estateId" source="estateId" reference="estates" sort={BY_NAME}>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

const exporter = translatedExporter('elections', ['id', 'title', 'estateName', 'kind', 'seats', 'phase', 'deemedVotes', 'updatedAt'], {
  kind: 'electionKind',
  phase: 'electionPhase',
});

/** The elections the caller may see: an officer's own subdistricts (the server scopes the list), everything for a manager. */
export default function ElectionList() {
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={exporter} actions={<ListActions />}>
      {phone ? (
        <SimpleList
          primaryText={(r) => r.title}
          secondaryText={(r) => r.estateName}
          tertiaryText={(r) => translate(`wuye.electionPhase.${r.phase}`)}
          linkType="show"
        />
      ) : (
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" />
        <TextField source="estateName" sortable={false} />
        <SelectField source="kind" choices={electionKindChoices} sortable={false} />
        <NumberField source="seats" sortable={false} />
        <EnumChipField source="phase" group="electionPhase" colors={PHASE_COLORS} sortable={false} />
        <LocaleDateField source="updatedAt" showTime />
      </Datagrid>
      )}
    </List>
  );
}

import { AutocompleteInput, Datagrid, List, ReferenceInput, TextField } from 'react-admin';
import { LocaleDateField, MoneyField } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';

const filters = [
  <ReferenceInput key="estateId" source="estateId" reference="estates" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

/** The committees' books (业账社管) the caller may see: an officer's own subdistricts, everything for the others. */
export default function CommitteeAccountList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <TextField source="estateName" sortable={false} />
        <MoneyField source="spendingLimit" sortable={false} />
        <LocaleDateField source="updatedAt" showTime />
      </Datagrid>
    </List>
  );
}

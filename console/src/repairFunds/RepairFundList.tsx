import { AutocompleteInput, Datagrid, FunctionField, ReferenceInput, TextField } from 'react-admin';
import { List } from '../shared/views';
import { LocaleDateField, MoneyField } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';

const filters = [
  <ReferenceInput key="estateId" source="estateId" reference="estates" alwaysOn>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

type Terms = { feeRate: string; setAsidePercent: string };

/** The small-repair funds the caller may see (an officer's own subdistricts; the server scopes the list). */
export default function RepairFundList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="id" />
        <TextField source="estateName" sortable={false} />
        <TextField source="projectName" sortable={false} />
        <FunctionField
          source="terms"
          sortable={false}
          render={(r: { terms: Terms[] }) => {
            const t = r.terms[r.terms.length - 1];
            return t ? `${t.feeRate} × ${t.setAsidePercent}%` : '';
          }}
        />
        <MoneyField source="balance" sortable={false} />
        <LocaleDateField source="updatedAt" showTime />
      </Datagrid>
    </List>
  );
}

import { AutocompleteInput, Datagrid, FunctionField, ReferenceInput, TextField } from 'react-admin';
import { List } from '../shared/views';
import { LocaleDateField, MoneyField } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';
import { translatedExporter } from '../shared/exporter';
import type { Exporter } from 'react-admin';
import { BY_NAME } from '../shared/choiceOrder';

const filters = [
  <ReferenceInput key="estateId" source="estateId" reference="estates" alwaysOn sort={BY_NAME}>
    <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

type Terms = { feeRate: string; setAsidePercent: string };

/** The terms in force: the last of the fund's terms, as rate × share. */
const currentTerms = (terms: Terms[] | undefined) => {
  const t = terms?.[terms.length - 1];
  return t ? `${t.feeRate} × ${t.setAsidePercent}%` : '';
};

const csv = translatedExporter('repairFunds', ['estateName', 'projectName', 'terms', 'balance', 'updatedAt', 'id']);
const exporter: Exporter = (records, ...rest) => csv(records.map((r) => ({ ...r, terms: currentTerms(r.terms) })), ...rest);

/** The small-repair funds the caller may see (an officer's own subdistricts; the server scopes the list). */
export default function RepairFundList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />} exporter={exporter}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {/* the estate and its project first, as the user knows the fund by them; the id is for quoting */}
        <TextField source="estateName" sortable={false} />
        <TextField source="projectName" sortable={false} />
        <FunctionField
          source="terms"
          sortable={false}
          render={(r: { terms: Terms[] }) => currentTerms(r.terms)}
        />
        <MoneyField source="balance" sortable={false} />
        <LocaleDateField source="updatedAt" showTime />
        <TextField source="id" />
      </Datagrid>
    </List>
  );
}

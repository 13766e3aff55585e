import { AutocompleteInput, Datagrid, NumberField, ReferenceInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { LocaleDateField, MoneyField } from '../shared/fields';
import { ListActions } from '../shared/ResourceActions';
import { translatedExporter } from '../shared/exporter';
import { BY_NAME } from '../shared/choiceOrder';

const exporter = translatedExporter('committeeAccounts', ['estateName', 'spendingLimit', 'statementDueDays', 'updatedAt', 'id']);

const useFilters = () => {
  const translate = useTranslate();
  return [
    <ReferenceInput key="estateId" source="estateId" reference="estates" alwaysOn sort={BY_NAME}>
      <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} sx={{ minWidth: 240 }} />
    </ReferenceInput>,
    // the dashboard's late statements (docs/domain-rules.md#statement-due)
    <SelectInput key="statementLag" source="statementLag" alwaysOn choices={['OVERDUE', 'UNPUBLISHED'].map((id) => ({ id, name: translate(`wuye.statementLag.${id}`) }))} />,
  ];
};

/** The committees' books (业账社管) the caller may see: an officer's own subdistricts, everything for the others. */
export default function CommitteeAccountList() {
  return (
    <List filters={useFilters()} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />} exporter={exporter}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        {/* the estate first, as the user knows the book by it; the id is for quoting */}
        <TextField source="estateName" sortable={false} />
        <MoneyField source="spendingLimit" sortable={false} />
        <NumberField source="statementDueDays" sortable={false} />
        <LocaleDateField source="updatedAt" showTime />
        <TextField source="id" />
      </Datagrid>
    </List>
  );
}

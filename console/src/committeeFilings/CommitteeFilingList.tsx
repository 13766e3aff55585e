import { Datagrid, List, SelectField, SelectInput, TextField } from 'react-admin';
import { FilingBulkActions } from '../shared/BulkFilingButton';
import { committeeFilingKindChoices, filingStatusChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { FilingStatusField, LocaleDateField } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';
import { DeadlineField } from './DeadlineChip';

const overdueChoices = [
  { id: 'true', name: 'wuye.yes' },
  { id: 'false', name: 'wuye.no' },
];

const filters = [
  <SelectInput key="filingStatus" source="filingStatus" choices={filingStatusChoices} alwaysOn />,
  <SelectInput key="overdue" source="overdue" choices={overdueChoices} parse={(v: string) => (v === '' ? undefined : v === 'true')} format={(v?: boolean) => (v === undefined ? '' : String(v))} alwaysOn />,
  <PlaceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" />,
];

const exporter = translatedExporter(
  'committeeFilings',
  ['id', 'estateName', 'termNumber', 'kind', 'eventDate', 'dueOn', 'dueOnProvisional', 'overdue', 'filingStatus', 'filingNumber'],
  { kind: 'committeeFilingKind' },
);

/** Committee filings by due date: overdue ones highlighted, days left shown, provisional due dates marked. */
export default function CommitteeFilingList() {
  return (
    <List filters={filters} sort={{ field: 'dueOn', order: 'ASC' }} exporter={exporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={<FilingBulkActions />} rowSx={(record) => (record.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : {})}>
        <TextField source="estateName" sortable={false} />
        <SelectField source="kind" choices={committeeFilingKindChoices} sortable={false} />
        <LocaleDateField source="eventDate" sortable={false} />
        <LocaleDateField source="dueOn" />
        <DeadlineField source="daysRemaining" sortable={false} />
        <FilingStatusField source="filingStatus" sortable={false} />
        <TextField source="filingNumber" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

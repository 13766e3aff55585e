import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, SelectField, SelectInput, SimpleList, TextField, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { FilingBulkActions } from '../shared/BulkFilingButton';
import { committeeFilingKindChoices, filingStatusChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { FilingStatusField, LocaleDateField, NO_WRAP } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';
import { type Deadline, DeadlineChip, DeadlineField } from './DeadlineChip';

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

/**
 * Committee filings, what needs work first (drafts and returned, then submitted, then decided; by due date within
 * each): overdue ones highlighted, days left shown, provisional due dates marked.
 */
export default function CommitteeFilingList() {
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'workOrder', order: 'ASC' }} exporter={exporter} actions={<ListActions />} narrow={{ hide: ['eventDate', 'dueOn'], clip: ['estateName'] }}>
      {phone ? (
        <SimpleList
          primaryText={(r) => r.estateName}
          secondaryText={(r) => `${translate(`wuye.committeeFilingKind.${r.kind}`)} · ${translate(`wuye.filingStatus.${r.filingStatus}`)}`}
          tertiaryText={(r) => <DeadlineChip filing={r as unknown as Deadline} />}
          linkType="show"
          rowSx={(r) => (r.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : {})}
        />
      ) : (
      <Datagrid rowClick="show" bulkActionButtons={<FilingBulkActions />} rowSx={(record) => (record.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : {})}>
        <TextField source="estateName" sortable={false} />
        <SelectField source="kind" choices={committeeFilingKindChoices} sortable={false} />
        <LocaleDateField source="eventDate" sortable={false} />
        <LocaleDateField source="dueOn" />
        <DeadlineField source="daysRemaining" sortable={false} />
        <FilingStatusField source="filingStatus" sortable={false} />
        <TextField source="filingNumber" sortable={false} emptyText="—" sx={NO_WRAP} />
      </Datagrid>
      )}
    </List>
  );
}

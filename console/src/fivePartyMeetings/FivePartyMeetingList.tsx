import { useMediaQuery, type Theme } from '@mui/material';
import { AutocompleteInput, Datagrid, DateInput, FunctionField, ReferenceInput, SelectInput, SimpleList, TextField, TextInput, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { translatedExporter } from '../shared/exporter';
import { LocaleDateField, useFormat } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';
import { OVERDUE_ROW, OverdueChip } from './OverdueChip';
import { BY_NAME } from '../shared/choiceOrder';

const overdueChoices = [
  { id: 'true', name: 'wuye.yes' },
  { id: 'false', name: 'wuye.no' },
];

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="overdue" source="overdue" choices={overdueChoices} parse={(v: string) => (v === '' ? undefined : v === 'true')} format={(v?: boolean) => (v === undefined ? '' : String(v))} alwaysOn />,
  <PlaceInput key="districtId" source="districtId" reference="districts" />,
  <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" />,
  <ReferenceInput key="estateId" source="estateId" reference="estates" sort={BY_NAME}>
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <DateInput key="heldFrom" source="heldFrom" />,
  <DateInput key="heldTo" source="heldTo" />,
];

const exporter = translatedExporter('fivePartyMeetings', ['id', 'estateName', 'heldOn', 'summary', 'issuesRaised', 'issuesResolved', 'overdueFollowUps']);

/** Five-party meetings, latest first; those with overdue follow-ups flagged. An officer sees their subdistricts (the server narrows). */
export default function FivePartyMeetingList() {
  const translate = useTranslate();
  const format = useFormat();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List filters={filters} sort={{ field: 'heldOn', order: 'DESC' }} exporter={exporter} actions={<ListActions />}>
      {phone ? (
        <SimpleList
          primaryText={(r) => r.estateName}
          secondaryText={(r) => `${format.day(r.heldOn)} · ${translate('wuye.party.issues_of', { resolved: r.issuesResolved, raised: r.issuesRaised })}`}
          tertiaryText={(r) => <OverdueChip count={r.overdueFollowUps} />}
          linkType="show"
          rowSx={(r) => (r.overdue ? OVERDUE_ROW : {})}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} rowSx={(r) => (r.overdue ? OVERDUE_ROW : {})}>
          <TextField source="estateName" sortable={false} />
          <LocaleDateField source="heldOn" />
          <FunctionField source="issuesRaised" label="resources.fivePartyMeetings.fields.issuesOf" sortable={false} render={(r) => translate('wuye.party.issues_of', { resolved: r.issuesResolved, raised: r.issuesRaised })} />
          <FunctionField source="overdueFollowUps" sortable={false} render={(r) => <OverdueChip count={r.overdueFollowUps} />} />
          <LocaleDateField source="updatedAt" showTime />
        </Datagrid>
      )}
    </List>
  );
}

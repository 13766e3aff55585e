import { Chip, Stack } from '@mui/material';
import { BooleanField, Datagrid, SelectField, SelectInput, TextField, TextInput, useGetManyAggregate, useRecordContext, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { roleChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { ListActions } from '../shared/ResourceActions';
import { BY_DISPLAY_NAME, sortByLabel } from '../shared/choiceOrder';

const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />];

/**
 * An officer's subdistricts as chips, by name in pinyin (the one choice order; a place's name reads the same in either
 * language): a reference field would show them in the order the records came back in.
 */
function JurisdictionChips(_props: { source: string; sortable?: boolean; label?: string }) {
  const record = useRecordContext();
  const ids = ((record?.subdistrictIds as string[] | undefined) ?? []).map(String);
  // the rows' subdistricts asked together, as a reference field does
  const { data = [] } = useGetManyAggregate<{ id: string; name: string }>('subdistricts', { ids }, { enabled: ids.length > 0 });
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {sortByLabel(data, (s) => s.name, 'zh').map((s) => (
        <Chip key={s.id} label={s.name} size="small" />
      ))}
    </Stack>
  );
}

/** A change proposed and not in force yet (docs/roles-and-workflows.md#account-dual-control): another admin confirms it. */
function PendingChip(_props: { source: string; sortable?: boolean; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  return record?.pendingChange ? <Chip label={translate('resources.users.fields.pendingChange')} color="warning" size="small" data-testid="pending-account-change-chip" /> : null;
}

export function UserList() {
  return (
    <List filters={filters} sort={BY_DISPLAY_NAME} exporter={translatedExporter('users', ['id', 'username', 'displayName', 'role', 'active'])} actions={<ListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="displayName" />
        <SelectField source="role" choices={roleChoices} sortable={false} />
        <JurisdictionChips source="subdistrictIds" sortable={false} />
        <BooleanField source="active" sortable={false} />
        <PendingChip source="pendingChange" sortable={false} />
      </Datagrid>
    </List>
  );
}

import { BooleanField, ChipField, Datagrid, ReferenceArrayField, SelectField, SelectInput, SingleFieldList, TextField, TextInput } from 'react-admin';
import { List } from '../shared/views';
import { roleChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { ListActions } from '../shared/ResourceActions';

const filters = [<TextInput key="q" source="q" alwaysOn />, <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />];

export function UserList() {
  return (
    <List filters={filters} sort={{ field: 'username', order: 'ASC' }} exporter={translatedExporter('users', ['id', 'username', 'displayName', 'role', 'active'])} actions={<ListActions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="username" />
        <TextField source="displayName" />
        <SelectField source="role" choices={roleChoices} sortable={false} />
        <ReferenceArrayField source="subdistrictIds" reference="subdistricts" sortable={false}>
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <BooleanField source="active" sortable={false} />
      </Datagrid>
    </List>
  );
}

import { Datagrid, ReferenceField, SelectField, SelectInput, TextField, TextInput, useCanAccess } from 'react-admin';
import { List } from '../shared/views';
import { FilingBulkActions } from '../shared/BulkFilingButton';
import { filingStatusChoices, firmStatusChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { FilingStatusField, LocaleDateField, NO_WRAP } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';

const filters = [
  <TextInput key="name" source="name" alwaysOn />,
  <TextInput key="creditCode" source="creditCode" />,
  <SelectInput key="filingStatus" source="filingStatus" choices={filingStatusChoices} alwaysOn />,
  <PlaceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <SelectInput key="status" source="status" choices={firmStatusChoices} />,
];

const exporter = translatedExporter('firms', [
  'id', 'name', 'creditCode', 'legalRepresentative', 'registeredAddress', 'contactPerson', 'contactPhone',
  'establishedOn', 'status', 'filingStatus', 'filingNumber', 'submittedAt', 'decidedAt',
]);

const NARROW = { hide: ['creditCode', 'updatedAt'], clip: ['name'] };

export function FirmList() {
  const submit = useCanAccess({ resource: 'firms', action: 'submit' }).canAccess;
  const approve = useCanAccess({ resource: 'firms', action: 'approve' }).canAccess;
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} actions={<ListActions importKind="FIRMS" />} narrow={NARROW}>
      <Datagrid rowClick="show" bulkActionButtons={submit || approve ? <FilingBulkActions /> : false}>
        <TextField source="name" />
        <TextField source="creditCode" />
        <ReferenceField source="districtId" reference="districts" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <SelectField source="status" choices={firmStatusChoices} sortable={false} />
        <FilingStatusField source="filingStatus" sortable={false} />
        <TextField source="filingNumber" sortable={false} sx={NO_WRAP} />
        <LocaleDateField source="updatedAt" />
      </Datagrid>
    </List>
  );
}

import { Datagrid, DateInput, ReferenceField, ReferenceInput, AutocompleteInput, SelectField, SelectInput, TextField, TextInput, useCanAccess } from 'react-admin';
import { List } from '../shared/views';
import { FilingBulkActions } from '../shared/BulkFilingButton';
import { billingModelChoices, filingStatusChoices, selectionMethodChoices } from '../shared/choices';
import { translatedExporter } from '../shared/exporter';
import { FilingStatusField, LocaleDateField, MoneyField } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';
import { BY_NAME } from '../shared/choiceOrder';
import { LabelOrderSelectInput } from '../shared/LabelOrderInputs';

const filters = [
  <TextInput key="name" source="name" alwaysOn />,
  <SelectInput key="filingStatus" source="filingStatus" choices={filingStatusChoices} alwaysOn />,
  <PlaceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" />,
  <ReferenceInput key="firmId" source="firmId" reference="firms" sort={BY_NAME}>
    <AutocompleteInput optionText="name" filterToQuery={(name) => ({ name })} sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <LabelOrderSelectInput key="selectionMethod" source="selectionMethod" choices={selectionMethodChoices} />,
  <DateInput key="activeOn" source="activeOn" />,
];

const exporter = translatedExporter('projects', [
  'id', 'name', 'estateId', 'firmId', 'projectManager', 'managerPhone', 'contractStart', 'contractEnd', 'selectionMethod',
  'billingModel', 'residentialFee', 'commercialFee', 'parkingFee', 'households', 'managedArea', 'filingStatus', 'filingNumber',
]);

/** At 1024 px the fee, billing and start of contract give way to the status; names keep to one line. */
const NARROW = { hide: ['contractStart', 'billingModel', 'residentialFee'], clip: ['name', 'estateId', 'firmId'] };

export function ProjectList() {
  const submit = useCanAccess({ resource: 'projects', action: 'submit' }).canAccess;
  const approve = useCanAccess({ resource: 'projects', action: 'approve' }).canAccess;
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} actions={<ListActions importKind="PROJECTS" />} narrow={NARROW}>
      <Datagrid rowClick="show" bulkActionButtons={submit || approve ? <FilingBulkActions /> : false}>
        <TextField source="name" />
        <ReferenceField source="estateId" reference="estates" link={false} sortable={false} />
        <ReferenceField source="firmId" reference="firms" link={false} sortable={false} />
        <LocaleDateField source="contractStart" />
        <LocaleDateField source="contractEnd" />
        <SelectField source="billingModel" choices={billingModelChoices} sortable={false} />
        <MoneyField source="residentialFee" sortable={false} />
        <FilingStatusField source="filingStatus" sortable={false} />
      </Datagrid>
    </List>
  );
}

import { Datagrid, FunctionField, ReferenceField, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { EnumChip } from '../shared/fields';
import { translatedExporter } from '../shared/exporter';
import { LocaleDateField, QuantityField } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';

const useFilters = () => {
  const translate = useTranslate();
  return [...filters, <SelectInput key="demonstrationLevel" source="demonstrationLevel" choices={['CITY', 'PROVINCIAL'].map((id) => ({ id, name: translate(`wuye.demonstrationLevel.${id}`) }))} />];
};

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <PlaceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" alwaysOn />,
  <PlaceInput key="communityId" source="communityId" reference="communities" parentSource="subdistrictId" alwaysOn />,
];

const exporter = translatedExporter('estates', [
  'id', 'name', 'address', 'totalFloorArea', 'residentialFloorArea', 'households', 'buildings', 'elevators', 'deliveredOn',
]);

export function EstateList() {
  return (
    <List filters={useFilters()} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="address" sortable={false} />
        <ReferenceField source="districtId" reference="districts" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="subdistrictId" reference="subdistricts" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="communityId" reference="communities" link={false} sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <QuantityField source="households" />
        <LocaleDateField source="deliveredOn" sortable={false} />
        <FunctionField
          source="demonstrationLevel"
          sortable={false}
          render={(r) => {
            // the highest standing designation; withdrawn ones are history
            const standing = (r.demonstrations ?? []).filter((d: { withdrawnOn: string | null }) => !d.withdrawnOn);
            const highest = standing.some((d: { level: string }) => d.level === 'PROVINCIAL') ? 'PROVINCIAL' : standing.length ? 'CITY' : null;
            return <EnumChip group="demonstrationLevel" value={highest} colors={{ PROVINCIAL: 'error', CITY: 'warning' }} />;
          }}
        />
      </Datagrid>
    </List>
  );
}

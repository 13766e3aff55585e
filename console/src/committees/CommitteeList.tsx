import { BooleanInput, Datagrid, FunctionField, TextField, useTranslate } from 'react-admin';
import { List } from '../shared/views';
import { translatedExporter } from '../shared/exporter';
import { LocaleDateField } from '../shared/fields';
import { PlaceInput } from '../shared/PlaceInput';
import { ListActions } from '../shared/ResourceActions';

const filters = [
  <PlaceInput key="districtId" source="districtId" reference="districts" alwaysOn />,
  <PlaceInput key="subdistrictId" source="subdistrictId" reference="subdistricts" parentSource="districtId" alwaysOn />,
  <BooleanInput key="current" source="current" alwaysOn />,
];

const exporter = translatedExporter('committees', ['id', 'estateName', 'termNumber', 'electedOn', 'termStart', 'termEnd']);

export default function CommitteeList() {
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'termEnd', order: 'ASC' }} exporter={exporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="estateName" sortable={false} />
        <FunctionField source="termNumber" sortable={false} render={(r) => translate('wuye.committee.term', { n: r.termNumber })} />
        <LocaleDateField source="electedOn" sortable={false} />
        <LocaleDateField source="termStart" sortable={false} />
        <LocaleDateField source="termEnd" />
      </Datagrid>
    </List>
  );
}

import { Datagrid, ReferenceField, ReferenceManyField, SimpleShowLayout, TextField } from 'react-admin';
import { Show } from '../shared/views';
import { AreaField, FilingStatusField, LocaleDateField, MoneyField, QuantityField } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { RollSummary } from '../owners/RollSummary';
import { ShowActions } from '../shared/ResourceActions';
import { Demonstrations } from './Demonstrations';

export function EstateShow() {
  return (
    <Show actions={<ShowActions filing={false} />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="address" />
        <ReferenceField source="districtId" reference="districts" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="subdistrictId" reference="subdistricts" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="communityId" reference="communities" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <AreaField source="totalFloorArea" />
        <AreaField source="residentialFloorArea" />
        <QuantityField source="households" />
        <QuantityField source="buildings" />
        <QuantityField source="elevators" />
        <LocaleDateField source="deliveredOn" emptyText="—" />
        <Demonstrations />
        {/* the estate's projects over time: who managed it, under which contract, filed or not */}
        <ReferenceManyField source="id" reference="projects" target="estateId" sort={{ field: 'contractStart', order: 'ASC' }} perPage={100} label="resources.estates.fields.projects">
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <ReferenceField source="firmId" reference="firms" link="show" />
            <LocaleDateField source="contractStart" />
            <LocaleDateField source="contractEnd" />
            <MoneyField source="residentialFee" />
            <FilingStatusField source="filingStatus" />
          </Datagrid>
        </ReferenceManyField>
        <RollSummary />
        <HistoryPanel entityType="Estate" />
      </SimpleShowLayout>
    </Show>
  );
}

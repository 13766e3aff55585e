import { Datagrid, ReferenceField, ReferenceManyField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { Show } from '../shared/views';
import { firmStatusChoices } from '../shared/choices';
import { FilingSection } from '../shared/FilingSection';
import { FilingStatusField, LocaleDateField } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { ShowActions } from '../shared/ResourceActions';
import { FirmPlacements } from '../redBlackLists/FirmPlacements';

export function FirmShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="creditCode" />
        <TextField source="legalRepresentative" />
        <TextField source="registeredAddress" />
        <TextField source="contactPerson" />
        <TextField source="contactPhone" />
        <LocaleDateField source="establishedOn" emptyText="—" />
        <ReferenceField source="districtId" reference="districts" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <SelectField source="status" choices={firmStatusChoices} />
        <FilingSection />
        <ReferenceManyField source="id" reference="projects" target="firmId" sort={{ field: 'contractStart', order: 'ASC' }} perPage={100} label="resources.firms.fields.projects">
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<span>—</span>}>
            <TextField source="name" />
            <ReferenceField source="estateId" reference="estates" link="show" />
            <LocaleDateField source="contractStart" />
            <LocaleDateField source="contractEnd" />
            <FilingStatusField source="filingStatus" />
          </Datagrid>
        </ReferenceManyField>
        <FirmPlacements />
        <HistoryPanel entityType="Firm" />
      </SimpleShowLayout>
    </Show>
  );
}

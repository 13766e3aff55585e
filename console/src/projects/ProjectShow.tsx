import { ReferenceField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { Show } from '../shared/views';
import { billingModelChoices, selectionMethodChoices } from '../shared/choices';
import { FilingSection } from '../shared/FilingSection';
import { AreaField, LocaleDateField, MoneyField, QuantityField } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { ShowActions } from '../shared/ResourceActions';

export function ProjectShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="estateId" reference="estates" link="show" />
        <ReferenceField source="firmId" reference="firms" link="show" />
        <TextField source="projectManager" />
        <TextField source="managerPhone" />
        <LocaleDateField source="contractStart" />
        <LocaleDateField source="contractEnd" />
        <SelectField source="selectionMethod" choices={selectionMethodChoices} />
        <SelectField source="billingModel" choices={billingModelChoices} />
        <MoneyField source="residentialFee" />
        <MoneyField source="commercialFee" emptyText="—" />
        <MoneyField source="parkingFee" emptyText="—" />
        <QuantityField source="households" />
        <AreaField source="managedArea" />
        <FilingSection />
        <HistoryPanel entityType="Project" />
      </SimpleShowLayout>
    </Show>
  );
}

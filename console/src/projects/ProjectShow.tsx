import { Alert } from '@mui/material';
import { ReferenceField, SelectField, SimpleShowLayout, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import { billingModelChoices, selectionMethodChoices } from '../shared/choices';
import { FilingSection } from '../shared/FilingSection';
import { AreaField, LocaleDateField, MoneyField, QuantityField } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { ShowActions } from '../shared/ResourceActions';

/** A project whose contract overlaps an approved project of the estate: submitting or approving would be refused, so say so now. */
function OverlapWarning() {
  const translate = useTranslate();
  const record = useRecordContext<{ filingStatus: string; overlapsApproved?: { id: string; name: string; filingNumber: string | null } | null }>();
  const other = record?.overlapsApproved;
  if (!other) return null;
  return (
    <Alert severity="warning" data-testid="project-overlap-warning">
      {translate(record.filingStatus === 'SUBMITTED' ? 'wuye.errors.CONTRACT_OVERLAP_SUBMITTED' : 'wuye.errors.CONTRACT_OVERLAP_DRAFT', { projectName: other.name, filingNumber: other.filingNumber ?? other.id })}
    </Alert>
  );
}

export function ProjectShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <OverlapWarning />
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

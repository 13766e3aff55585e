import { Labeled, ReferenceField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { Show } from '../shared/views';
import { committeeFilingKindChoices } from '../shared/choices';
import { FilingSection } from '../shared/FilingSection';
import { LocaleDateField } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { ShowActions } from '../shared/ResourceActions';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { DeadlineField } from './DeadlineChip';
import { Materials } from './Materials';

/** A committee filing: its deadline, materials, and the shared filing actions (officers submit, registrars decide). */
export default function CommitteeFilingShow() {
  const onError = useReadErrorHandler('committeeFilings');
  return (
    <Show actions={<ShowActions />} queryOptions={{ onError }}>
      <SimpleShowLayout>
        <TextField source="estateName" />
        <ReferenceField source="committeeId" reference="committees" link="show" />
        <SelectField source="kind" choices={committeeFilingKindChoices} />
        <LocaleDateField source="eventDate" />
        <LocaleDateField source="dueOn" />
        <Labeled source="daysRemaining">
          <DeadlineField source="daysRemaining" />
        </Labeled>
        <FilingSection />
        <Materials />
        <HistoryPanel entityType="CommitteeFiling" />
      </SimpleShowLayout>
    </Show>
  );
}

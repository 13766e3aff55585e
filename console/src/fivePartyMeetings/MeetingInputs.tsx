import { ArrayInput, AutocompleteInput, DateInput, maxLength, minLength, ReferenceInput, required, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { FormColumns } from '../shared/FormColumns';
import { todayInChina } from '../shared/fields';
import { MEETING_PARTIES } from './fivePartyMeeting.api';
import { BY_NAME } from '../shared/choiceOrder';

const notFuture = (value: string) => (value && value > todayInChina() ? 'wuye.rules.NOT_FUTURE' : undefined);

function usePartyChoices() {
  const translate = useTranslate();
  return MEETING_PARTIES.map((id) => ({ id, name: translate(`wuye.meetingParty.${id}`) }));
}

/** Who attended for which party: one row per person. */
export function ParticipantsInput() {
  const parties = usePartyChoices();
  return (
    // the item inputs name their labels: react-admin would look them up under the array's own key
    <ArrayInput source="participants" validate={required()} sx={{ gridColumn: '1 / -1' }} data-testid="participants">
      <SimpleFormIterator inline disableReordering>
        <SelectInput source="party" label="resources.fivePartyMeetings.fields.party" choices={parties} validate={required()} sx={{ minWidth: 180 }} />
        <TextInput source="name" label="resources.fivePartyMeetings.fields.name" validate={[required(), maxLength(40)]} />
        <TextInput source="role" label="resources.fivePartyMeetings.fields.role" validate={maxLength(60)} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** Issues raised (new ones: on create all of them, on edit those the record missed). */
export function IssuesInput({ source }: { source: 'issues' | 'addIssues' }) {
  const parties = usePartyChoices();
  return (
    <ArrayInput source={source} sx={{ gridColumn: '1 / -1' }} data-testid={source}>
      <SimpleFormIterator inline disableReordering>
        <TextInput source="description" label="resources.fivePartyMeetings.fields.description" validate={[required(), minLength(2), maxLength(1000)]} sx={{ minWidth: 260 }} />
        <SelectInput source="raisedBy" label="resources.fivePartyMeetings.fields.raisedBy" choices={parties} validate={required()} sx={{ minWidth: 180 }} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** Follow-ups agreed: the task, who of which party owns it, by when. */
export function FollowUpsInput({ source }: { source: 'followUps' | 'addFollowUps' }) {
  const parties = usePartyChoices();
  return (
    <ArrayInput source={source} sx={{ gridColumn: '1 / -1' }} data-testid={source}>
      <SimpleFormIterator inline disableReordering>
        <TextInput source="task" label="resources.fivePartyMeetings.fields.task" validate={[required(), minLength(2), maxLength(1000)]} sx={{ minWidth: 260 }} />
        <SelectInput source="ownerParty" label="resources.fivePartyMeetings.fields.ownerParty" choices={parties} validate={required()} sx={{ minWidth: 180 }} />
        <TextInput source="ownerName" label="resources.fivePartyMeetings.fields.ownerName" validate={[required(), maxLength(40)]} />
        <DateInput source="dueOn" label="resources.fivePartyMeetings.fields.dueOn" validate={required()} />
      </SimpleFormIterator>
    </ArrayInput>
  );
}

/** The meeting's own fields: its estate (chosen once, on create), the day it was held and the minutes. */
export function MeetingFields({ creating }: { creating: boolean }) {
  return (
    <FormColumns>
      {creating ? (
        <ReferenceInput source="estateId" reference="estates" sort={BY_NAME}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
        </ReferenceInput>
      ) : (
        <TextInput source="estateName" disabled />
      )}
      <DateInput source="heldOn" validate={[required(), notFuture]} />
      <TextInput source="summary" multiline minRows={3} validate={[required(), minLength(2), maxLength(4000)]} fullWidth sx={{ gridColumn: '1 / -1' }} />
    </FormColumns>
  );
}

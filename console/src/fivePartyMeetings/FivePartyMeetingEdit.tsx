import { maxLength, required, TextInput, useRecordContext } from 'react-admin';
import type { FivePartyMeetingRecordFragment } from '../generated/graphql';
import { Edit } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { FollowUpsInput, IssuesInput, MeetingFields, ParticipantsInput } from './MeetingInputs';

/** Corrects the day, minutes and attendance, and adds issues and follow-ups the record missed. */
export default function FivePartyMeetingEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <MeetingFields creating={false} />
        <ParticipantsInput />
        <IssuesInput source="addIssues" />
        <FollowUpsInput source="addFollowUps" />
        <CorrectionReason />
      </RecordForm>
    </Edit>
  );
}

/** From the day after a meeting was recorded, an edit of its minutes is a correction: its reason is kept with it. */
function CorrectionReason() {
  const meeting = useRecordContext<FivePartyMeetingRecordFragment>();
  if (!meeting?.editsAreCorrections) return null;
  return (
    <TextInput
      source="reason"
      label="wuye.party.correct_reason"
      helperText="wuye.party.minutes_correction_help"
      validate={[required(), maxLength(1000)]}
      multiline
      fullWidth
    />
  );
}

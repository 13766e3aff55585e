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
      </RecordForm>
    </Edit>
  );
}

import { SimpleForm } from 'react-admin';
import { Edit } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { FollowUpsInput, IssuesInput, MeetingFields, ParticipantsInput } from './MeetingInputs';

/** Corrects the day, minutes and attendance, and adds issues and follow-ups the record missed. */
export default function FivePartyMeetingEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />}>
        <MeetingFields creating={false} />
        <ParticipantsInput />
        <IssuesInput source="addIssues" />
        <FollowUpsInput source="addFollowUps" />
      </SimpleForm>
    </Edit>
  );
}

import { Create } from '../shared/views';
import { todayInChina } from '../shared/fields';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { MEETING_PARTIES } from './fivePartyMeeting.api';
import { FollowUpsInput, IssuesInput, MeetingFields, ParticipantsInput } from './MeetingInputs';

/** One row per party to start from: the minutes name someone for each, or leave the row out. */
const start = () => ({ heldOn: todayInChina(), participants: MEETING_PARTIES.map((party) => ({ party, name: '', role: '' })), issues: [], followUps: [] });

export default function FivePartyMeetingCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={start()}>
        <MeetingFields creating />
        <ParticipantsInput />
        <IssuesInput source="issues" />
        <FollowUpsInput source="followUps" />
      </RecordForm>
    </Create>
  );
}

import { Edit } from '../shared/views';
import { ReturnedNotice } from '../shared/FilingSection';
import { RecordForm } from '../shared/RecordForm';
import { LeaveWhenNotEditable } from '../shared/ResourceActions';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { ProjectInputs } from './ProjectInputs';

export function ProjectEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <LeaveWhenNotEditable />
      <RecordForm>
        <ReturnedNotice />
        <ProjectInputs />
      </RecordForm>
    </Edit>
  );
}

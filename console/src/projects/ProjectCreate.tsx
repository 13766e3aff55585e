import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { ProjectInputs } from './ProjectInputs';

export function ProjectCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <ProjectInputs />
      </RecordForm>
    </Create>
  );
}

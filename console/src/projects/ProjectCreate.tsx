import { SimpleForm } from 'react-admin';
import { Create } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { ProjectInputs } from './ProjectInputs';

export function ProjectCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />}>
        <ProjectInputs />
      </SimpleForm>
    </Create>
  );
}

import { SimpleForm } from 'react-admin';
import { Edit } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { ElectionInputs } from './ElectionInputs';

export default function ElectionEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />} warnWhenUnsavedChanges>
        <ElectionInputs />
      </SimpleForm>
    </Edit>
  );
}

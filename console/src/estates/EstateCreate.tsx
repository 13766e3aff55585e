import { SimpleForm } from 'react-admin';
import { Create } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { EstateInputs } from './EstateInputs';

export function EstateCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />}>
        <EstateInputs />
      </SimpleForm>
    </Create>
  );
}

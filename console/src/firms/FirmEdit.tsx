import { SimpleForm } from 'react-admin';
import { Edit } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { FirmInputs } from './FirmInputs';

/** Pessimistic: the server's field errors and CONFLICT must reach the form before leaving it. */
export function FirmEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />}>
        <FirmInputs />
      </SimpleForm>
    </Edit>
  );
}

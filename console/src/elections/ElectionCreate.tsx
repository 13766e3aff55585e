import { SimpleForm } from 'react-admin';
import { Create } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { ElectionInputs } from './ElectionInputs';

export default function ElectionCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />} defaultValues={{ seats: 5, deemedVotes: false, kind: 'RE_ELECTION' }}>
        <ElectionInputs create />
      </SimpleForm>
    </Create>
  );
}

import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { FirmInputs } from './FirmInputs';

export function FirmCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <FirmInputs />
      </RecordForm>
    </Create>
  );
}

import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { EstateInputs } from './EstateInputs';

export function EstateCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <EstateInputs />
      </RecordForm>
    </Create>
  );
}

import { Edit } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { EstateInputs } from './EstateInputs';

export function EstateEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <EstateInputs />
      </RecordForm>
    </Edit>
  );
}

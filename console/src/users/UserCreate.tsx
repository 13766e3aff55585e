import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { UserInputs } from './UserInputs';

export function UserCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="list" mutationOptions={{ onError }}>
      <RecordForm>
        <UserInputs mode="create" />
      </RecordForm>
    </Create>
  );
}

import { SimpleForm } from 'react-admin';
import { Edit } from '../shared/views';
import { HistoryPanel } from '../shared/HistoryPanel';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { UserInputs } from './UserInputs';

export function UserEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }} aside={<HistoryAside />}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />}>
        <UserInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}

function HistoryAside() {
  return (
    <div style={{ minWidth: 360, marginLeft: 16 }}>
      <HistoryPanel entityType="User" />
    </div>
  );
}

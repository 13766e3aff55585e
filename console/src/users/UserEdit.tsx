import { Edit } from '../shared/views';
import { HistoryPanel } from '../shared/HistoryPanel';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { UserInputs } from './UserInputs';
import { PendingChange } from './PendingChange';

export function UserEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError }} aside={<HistoryAside />}>
      <RecordForm>
        <UserInputs mode="edit" />
      </RecordForm>
    </Edit>
  );
}

function HistoryAside() {
  return (
    <div style={{ minWidth: 360, marginLeft: 16 }}>
      <PendingChange />
      <HistoryPanel entityType="User" />
    </div>
  );
}

import { useNotify, useRedirect } from 'react-admin';
import { Edit } from '../shared/views';
import { HistoryPanel } from '../shared/HistoryPanel';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { UserInputs } from './UserInputs';
import { PendingChange } from './PendingChange';
import { useShowPasswordHalf } from './passwordHalf';

export function UserEdit() {
  const onError = useServerErrorNotifier();
  const notify = useNotify();
  const redirect = useRedirect();
  const showHalf = useShowPasswordHalf();
  // a reset's first half is in this answer only: shown to its proposer, then the list
  const onSuccess = (data: { pendingChange?: { passwordHalf?: string | null } | null }) => {
    notify('ra.notification.updated', { type: 'info', messageArgs: { smart_count: 1 } });
    showHalf(data.pendingChange?.passwordHalf, 'first');
    redirect('list', 'users');
  };
  return (
    <Edit mutationMode="pessimistic" redirect="list" mutationOptions={{ onError, onSuccess }} aside={<HistoryAside />}>
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

import { useNotify, useRedirect } from 'react-admin';
import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { UserInputs } from './UserInputs';
import { useShowPasswordHalf } from './passwordHalf';

export function UserCreate() {
  const onError = useServerErrorNotifier();
  const notify = useNotify();
  const redirect = useRedirect();
  const showHalf = useShowPasswordHalf();
  // the proposer's half of the one-time password is in this answer only: shown, then the list
  const onSuccess = (data: { pendingChange?: { passwordHalf?: string | null } | null }) => {
    notify('wuye.users.saved_pending', { type: 'info' });
    showHalf(data.pendingChange?.passwordHalf, 'first');
    redirect('list', 'users');
  };
  return (
    <Create redirect="list" mutationOptions={{ onError, onSuccess }}>
      <RecordForm>
        <UserInputs mode="create" />
      </RecordForm>
    </Create>
  );
}

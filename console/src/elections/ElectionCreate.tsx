import { SimpleForm, useNotify } from 'react-admin';
import { Create } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { refusalRule } from '../shared/errorText';
import { useErrorText } from '../shared/FormDialog';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { ElectionInputs } from './ElectionInputs';
import { ElectionRunningNotice } from './runningElections';

/**
 * A failed save of a new election: an estate that has one running meanwhile is said so, with a link to that election
 * (ALREADY_EXISTS with its electionId), until the user closes it; everything else as every form says it.
 */
function useCreateErrorNotifier() {
  const notifyError = useServerErrorNotifier();
  const notify = useNotify();
  const errorText = useErrorText();
  return (error: unknown) => {
    const electionId = (error as { body?: { electionId?: string } } | null)?.body?.electionId;
    if (refusalRule(error) === 'ELECTION_RUNNING' && electionId) {
      notify(<ElectionRunningNotice electionId={electionId} text={errorText(error)} />, { type: 'error', autoHideDuration: null });
      return;
    }
    notifyError(error);
  };
}

export default function ElectionCreate() {
  const onError = useCreateErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />} warnWhenUnsavedChanges defaultValues={{ seats: 5, deemedVotes: false, kind: 'RE_ELECTION' }}>
        <ElectionInputs create />
      </SimpleForm>
    </Create>
  );
}

import { Edit } from '../shared/views';
import { ReturnedNotice } from '../shared/FilingSection';
import { RecordForm } from '../shared/RecordForm';
import { LeaveWhenNotEditable } from '../shared/ResourceActions';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { FirmInputs } from './FirmInputs';

/** Pessimistic: the server's field errors and CONFLICT must reach the form before leaving it. */
export function FirmEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <LeaveWhenNotEditable />
      <RecordForm>
        <ReturnedNotice />
        <FirmInputs />
      </RecordForm>
    </Edit>
  );
}

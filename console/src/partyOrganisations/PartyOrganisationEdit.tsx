import { Edit } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { PartyOrganisationInputs } from './PartyOrganisationInputs';

export default function PartyOrganisationEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <PartyOrganisationInputs />
      </RecordForm>
    </Edit>
  );
}

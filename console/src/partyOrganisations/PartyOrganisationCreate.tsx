import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { PartyOrganisationInputs } from './PartyOrganisationInputs';

export default function PartyOrganisationCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={{ hostKind: 'FIRM', kind: 'STANDALONE' }}>
        <PartyOrganisationInputs />
      </RecordForm>
    </Create>
  );
}

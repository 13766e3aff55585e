import { SimpleForm } from 'react-admin';
import { Create } from '../shared/views';
import { SaveToolbar } from '../shared/SaveToolbar';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { PartyOrganisationInputs } from './PartyOrganisationInputs';

export default function PartyOrganisationCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm mode="onChange" reValidateMode="onChange" toolbar={<SaveToolbar />} defaultValues={{ hostKind: 'FIRM', kind: 'STANDALONE' }}>
        <PartyOrganisationInputs />
      </SimpleForm>
    </Create>
  );
}

import { Create } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { CampaignInputs } from './CampaignInputs';

/** The registrar sets up a campaign (docs/roles-and-workflows.md#rectification-campaigns). */
export default function CampaignCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={{ measures: [{ kind: 'COUNT' }] }}>
        <CampaignInputs />
      </RecordForm>
    </Create>
  );
}

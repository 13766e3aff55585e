import { Edit } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { CampaignInputs } from './CampaignInputs';

/** The registrar edits a campaign; once estates have reported, the server keeps its measures' codes and kinds. */
export default function CampaignEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <RecordForm>
        <CampaignInputs />
      </RecordForm>
    </Edit>
  );
}

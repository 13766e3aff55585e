import { Edit } from '../shared/views';
import { RecordForm } from '../shared/RecordForm';
import { LeaveWhenNotEditable } from '../shared/ResourceActions';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { CampaignInputs } from './CampaignInputs';

/**
 * The registrar edits an open campaign; once estates have reported, the server keeps its measures' codes and kinds,
 * and once a report is verified their wording and the campaign's name (WORDING_VERIFIED). A closed one is left.
 */
export default function CampaignEdit() {
  const onError = useServerErrorNotifier();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <LeaveWhenNotEditable reason="CAMPAIGN_CLOSED" />
      <RecordForm>
        <CampaignInputs />
      </RecordForm>
    </Edit>
  );
}

import { Alert } from '@mui/material';
import { BooleanInput, DateInput, maxLength, minLength, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { Create } from '../shared/views';
import { useWatch } from 'react-hook-form';
import { THREE_QUARTER_MATTERS, type Matter } from '../../../api/src/elections/thresholds';
import { DeemedVotesWarning, EstateChoice } from '../shared/AssemblyInputs';
import { matterChoices } from '../shared/choices';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';

/** An end of voting before its start. */
const notBeforeStart = (value: string, values: any) => (value && values?.votingStartsOn && value < values.votingStartsOn ? 'wuye.rules.DATE_ORDER' : undefined);

/** Which rule the chosen matter is decided by: matters (6)–(8) need 3/4, the rest more than half (Art. 278 para. 2). */
function MatterHint() {
  const translate = useTranslate();
  const matter = useWatch({ name: 'matter' }) as Matter | undefined;
  const threeQuarters = !!matter && THREE_QUARTER_MATTERS.includes(matter);
  return (
    <Alert severity={threeQuarters ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="matter-hint" data-rule={threeQuarters ? 'THREE_QUARTERS' : 'MORE_THAN_HALF'}>
      {translate(threeQuarters ? 'wuye.resolution.hint_three_quarters' : 'wuye.resolution.hint_more_than_half')}
    </Alert>
  );
}

/** A new resolution, as a draft: the officer opens the vote from its page. */
export default function ResolutionCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={{ deemedVotes: false, description: '' }}>
        <EstateChoice />
        <SelectInput source="matter" choices={matterChoices} validate={required()} sx={{ minWidth: 420 }} />
        <MatterHint />
        <TextInput source="title" validate={[required(), minLength(4), maxLength(200)]} fullWidth />
        <TextInput source="description" multiline minRows={3} validate={maxLength(4000)} fullWidth />
        <DateInput source="votingStartsOn" />
        <DateInput source="votingEndsOn" validate={notBeforeStart} />
        <BooleanInput source="deemedVotes" />
        <DeemedVotesWarning />
      </RecordForm>
    </Create>
  );
}

import { AutocompleteInput, ReferenceInput, required, TextInput, useTranslate } from 'react-admin';
import { Create } from '../shared/views';
import { todayInChina } from '../shared/fields';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { BY_NAME } from '../shared/choiceOrder';
import { LabelOrderSelectInput } from '../shared/LabelOrderInputs';

const BODIES = ['STREET_OFFICE', 'COMMUNITY', 'COMMITTEE', 'DISTRICT_BUREAU'];
const currentQuarter = () => {
  const today = todayInChina();
  return `${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`;
};

/** Begin a project's assessment for a quarter; the server takes the scheme and category, and checks the jurisdiction. */
export default function AssessmentCreate() {
  const translate = useTranslate();
  // the server's refusal in words (not react-admin's default, which shows the error's own message)
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={{ quarter: currentQuarter(), assessingBody: 'STREET_OFFICE' }}>
        <ReferenceInput source="projectId" reference="projects" filter={{ filingStatus: 'APPROVED' }} sort={BY_NAME}>
          <AutocompleteInput optionText="name" filterToQuery={(name: string) => ({ name })} validate={required()} />
        </ReferenceInput>
        <TextInput source="quarter" validate={required()} />
        <LabelOrderSelectInput source="assessingBody" validate={required()} choices={BODIES.map((id) => ({ id, name: translate(`wuye.assessingBody.${id}`) }))} />
      </RecordForm>
    </Create>
  );
}

import { ArrayInput, DateInput, maxLength, minLength, NumberInput, required, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { FormColumns } from '../shared/FormColumns';
import { MEASURE_KINDS } from './campaign.api';

/** A campaign's name, year, dates and its measures as data (a measure is a code, two labels, a unit and a kind). */
export function CampaignInputs() {
  const translate = useTranslate();
  const kinds = MEASURE_KINDS.map((id) => ({ id, name: translate(`wuye.measureKind.${id}`) }));
  const bounds = [{ id: 'ESTATE_ELEVATORS', name: translate('wuye.campaign.bound_ESTATE_ELEVATORS') }];
  return (
    <FormColumns>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(100)]} />
      <NumberInput source="year" validate={required()} />
      <DateInput source="startsOn" validate={required()} />
      <DateInput source="endsOn" validate={required()} />
      <TextInput source="description" multiline validate={maxLength(2000)} sx={{ gridColumn: '1 / -1' }} />
      {/* the item inputs name their labels: react-admin would look them up under the array's own key */}
      <ArrayInput source="measures" validate={required()} sx={{ gridColumn: '1 / -1' }} data-testid="measures">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="code" label="resources.campaigns.fields.code" validate={[required(), minLength(2), maxLength(40)]} />
          <TextInput source="labelZh" label="resources.campaigns.fields.labelZh" validate={[required(), maxLength(60)]} />
          <TextInput source="labelEn" label="resources.campaigns.fields.labelEn" validate={[required(), maxLength(100)]} />
          <TextInput source="unit" label="resources.campaigns.fields.unit" validate={[required(), maxLength(20)]} sx={{ maxWidth: 100 }} />
          <SelectInput source="kind" label="resources.campaigns.fields.kind" choices={kinds} validate={required()} sx={{ minWidth: 160 }} />
          <SelectInput source="bound" label="resources.campaigns.fields.bound" choices={bounds} emptyText="—" sx={{ minWidth: 160 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </FormColumns>
  );
}

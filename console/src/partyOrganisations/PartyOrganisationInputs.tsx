import { AutocompleteInput, DateInput, maxLength, maxValue, minLength, minValue, NumberInput, RadioButtonGroupInput, ReferenceInput, required, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { FormColumns } from '../shared/FormColumns';
import { PARTY_ORGANISATION_KINDS } from './partyOrganisation.api';
import { BY_NAME } from '../shared/choiceOrder';
import { LabelOrderSelectInput } from '../shared/LabelOrderInputs';

/** The fields of a party organisation, shared by create and edit: its host is a firm or an estate, never both. */
export function PartyOrganisationInputs() {
  const translate = useTranslate();
  const hostKind = useWatch({ name: 'hostKind' }) ?? 'FIRM';
  return (
    <FormColumns>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(100)]} fullWidth />
      <LabelOrderSelectInput source="kind" validate={required()} choices={PARTY_ORGANISATION_KINDS.map((id) => ({ id, name: translate(`wuye.partyOrganisationKind.${id}`) }))} />
      <RadioButtonGroupInput source="hostKind" defaultValue="FIRM" choices={['FIRM', 'ESTATE'].map((id) => ({ id, name: translate(`wuye.party.host_${id}`) }))} />
      {hostKind === 'ESTATE' ? (
        <ReferenceInput key="estate" source="estateId" reference="estates" sort={BY_NAME}>
          <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
        </ReferenceInput>
      ) : (
        <ReferenceInput key="firm" source="firmId" reference="firms" sort={BY_NAME}>
          <AutocompleteInput optionText="name" filterToQuery={(name: string) => ({ name })} validate={required()} />
        </ReferenceInput>
      )}
      <NumberInput source="memberCount" step={1} validate={[required(), minValue(1), maxValue(100000)]} />
      <DateInput source="establishedOn" validate={required()} />
    </FormColumns>
  );
}

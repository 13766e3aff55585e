import { FormColumns } from '../shared/FormColumns';
import { AutocompleteInput, DateInput, maxLength, maxValue, minLength, minValue, NumberInput, ReferenceInput, required, TextInput } from 'react-admin';
import { validatePhone } from '../firms/FirmInputs';
import { billingModelChoices, selectionMethodChoices } from '../shared/choices';
import { maxDecimals } from '../shared/decimals';
import { BY_NAME } from '../shared/choiceOrder';
import { LabelOrderSelectInput } from '../shared/LabelOrderInputs';

/** The contract may not end before it starts (the server's DATE_ORDER rule). */
const endAfterStart = (value: string, values: { contractStart?: string }) =>
  value && values.contractStart && value < values.contractStart ? 'wuye.rules.DATE_ORDER' : undefined;

/** A count of households is a whole number (the API's IsInt: INTEGER). */
const wholeNumber = (value: unknown) => (value !== null && value !== undefined && value !== '' && !Number.isInteger(Number(value)) ? 'wuye.rules.INTEGER' : undefined);

// fees and the area keep two decimals, as the API does (DECIMAL_PLACES): refused, never rounded
const fee = (max: number) => [minValue(0), maxValue(max), maxDecimals(2)];

/** The fields of a project filing, shared by create and edit. */
export function ProjectInputs() {
  return (
    <FormColumns>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(100)]} fullWidth />
      <ReferenceInput source="estateId" reference="estates" sort={BY_NAME}>
        <AutocompleteInput optionText="name" validate={required()} filterToQuery={(q) => ({ q })} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <ReferenceInput source="firmId" reference="firms" sort={BY_NAME}>
        <AutocompleteInput optionText="name" validate={required()} filterToQuery={(name) => ({ name })} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <TextInput source="projectManager" validate={[required(), maxLength(40)]} />
      <TextInput source="managerPhone" validate={[required(), validatePhone]} />
      <DateInput source="contractStart" validate={required()} />
      <DateInput source="contractEnd" validate={[required(), endAfterStart]} />
      <LabelOrderSelectInput source="selectionMethod" choices={selectionMethodChoices} validate={required()} />
      <LabelOrderSelectInput source="billingModel" choices={billingModelChoices} validate={required()} />
      <NumberInput source="residentialFee" step={0.01} validate={[required(), ...fee(99.99)]} />
      <NumberInput source="commercialFee" step={0.01} validate={fee(99.99)} />
      <NumberInput source="parkingFee" step={1} validate={fee(9999.99)} />
      {/* the API's own bounds (api/src/projects/project.inputs.ts): households a whole number 0–100000, the area 0–99999999.99 m² */}
      <NumberInput source="households" step={1} validate={[required(), minValue(0), maxValue(100000), wholeNumber]} />
      <NumberInput source="managedArea" step={0.01} validate={[required(), minValue(0), maxValue(99999999.99), maxDecimals(2)]} />
    </FormColumns>
  );
}

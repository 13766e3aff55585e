import { FormColumns } from '../shared/FormColumns';
import { DateInput, maxLength, minLength, regex, required, SelectInput, TextInput } from 'react-admin';
import { creditCodeProblem } from '../dataProvider/errors';
import { firmStatusChoices } from '../shared/choices';
import { PlaceInput } from '../shared/PlaceInput';

/** The credit code checked as the user types by the very rule the server runs (api/src/firms/credit-code.ts). */
export const validateCreditCode = (value: string) => creditCodeProblem(value);

const PHONE = /^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$/;
export const validatePhone = regex(PHONE, 'wuye.rules.PHONE');

/** The fields of a firm filing, shared by create and edit. */
export function FirmInputs() {
  return (
    <FormColumns>
      <TextInput source="name" validate={[required(), minLength(2), maxLength(100)]} fullWidth />
      <TextInput source="creditCode" validate={[required(), validateCreditCode]} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
      <TextInput source="legalRepresentative" validate={[required(), maxLength(40)]} />
      <TextInput source="registeredAddress" validate={[required(), minLength(2), maxLength(200)]} fullWidth />
      <TextInput source="contactPerson" validate={[required(), maxLength(40)]} />
      <TextInput source="contactPhone" validate={[required(), validatePhone]} />
      <DateInput source="establishedOn" />
      <PlaceInput source="districtId" reference="districts" validate={required()} />
      <SelectInput source="status" choices={firmStatusChoices} defaultValue="ACTIVE" validate={required()} />
    </FormColumns>
  );
}

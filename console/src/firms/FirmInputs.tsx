import { FormColumns } from '../shared/FormColumns';
import { Link as MuiLink, Typography } from '@mui/material';
import { DateInput, maxLength, minLength, regex, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { Link } from 'react-router-dom';
import { creditCodeProblem, readValidationMessage } from '../dataProvider/errors';
import { firmStatusChoices } from '../shared/choices';
import { PlaceInput } from '../shared/PlaceInput';

/** The credit code checked as the user types by the very rule the server runs (api/src/firms/credit-code.ts). */
export const validateCreditCode = (value: string) => creditCodeProblem(value);

const PHONE = /^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$/;
export const validatePhone = regex(PHONE, 'wuye.rules.PHONE');

/**
 * The firm that holds the credit code or the name the server refused (CREDIT_CODE_TAKEN, FIRM_NAME_TAKEN with the
 * holder's name and id), as a link to it: the clerk opens that firm instead of filing it twice.
 */
function Holder({ field }: { field: 'creditCode' | 'name' }) {
  const translate = useTranslate();
  const { errors } = useFormState({ name: field });
  const refusal = readValidationMessage(errors[field]?.message);
  const { firmId, firmName } = refusal?.args ?? {};
  if (typeof firmId !== 'string' || typeof firmName !== 'string') return null;
  return (
    <Typography variant="body2" sx={{ mt: -1, mb: 1 }} data-testid={field === 'creditCode' ? 'credit-code-holder' : 'name-holder'}>
      {translate(field === 'creditCode' ? 'wuye.filing.credit_code_holder' : 'wuye.filing.name_holder')}{' '}
      <MuiLink component={Link} to={`/firms/${firmId}/show`}>
        {firmName}
      </MuiLink>
    </Typography>
  );
}

/** The fields of a firm filing, shared by create and edit. */
export function FirmInputs() {
  return (
    <FormColumns>
      <div>
        <TextInput source="name" validate={[required(), minLength(2), maxLength(100)]} fullWidth />
        <Holder field="name" />
      </div>
      <div>
        <TextInput source="creditCode" validate={[required(), validateCreditCode]} slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }} />
        <Holder field="creditCode" />
      </div>
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

import { Alert, Stack } from '@mui/material';
import { AutocompleteInput, ReferenceInput, required, SelectInput, useTranslate, type Validator } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useJurisdiction } from './useJurisdiction';
import { BY_NAME } from './choiceOrder';

/*
 * Inputs of what the owners' assembly decides — elections and resolutions alike: the estate it sits in, and
 * whether non-voters are deemed to side with the majority.
 */

/**
 * The estate, chosen within the officer's own subdistricts: first the subdistrict, then its estates; `validate`: what
 * else the estate must meet (e.g. no committee book yet).
 */
export function EstateChoice({ validate = [] }: { validate?: Validator[] }) {
  const jurisdiction = useJurisdiction();
  const subdistrictId = useWatch({ name: 'subdistrictId' });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <SelectInput source="subdistrictId" choices={jurisdiction} validate={required()} sx={{ minWidth: 200 }} />
      <ReferenceInput source="estateId" reference="estates" filter={subdistrictId ? { subdistrictId } : { ids: [] }} sort={BY_NAME}>
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={[required(), ...validate]} disabled={!subdistrictId} sx={{ minWidth: 280 }} />
      </ReferenceInput>
    </Stack>
  );
}

export function DeemedVotesWarning() {
  const translate = useTranslate();
  const on = useWatch({ name: 'deemedVotes' });
  return (
    <Alert severity={on ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="deemed-votes-warning">
      {translate('wuye.workspace.deemed_help')}
    </Alert>
  );
}


import { Alert, Stack, Typography } from '@mui/material';
import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { PLANNED_PHASES } from '../dataProvider/resources';
import { electionKindChoices } from '../shared/choices';
import { useJurisdiction } from '../shared/useJurisdiction';

/** A planned end before its start. */
const notBeforeStart = (phase: string) => (value: string, values: any) => {
  const start = values?.phasePlan?.[phase]?.startsOn;
  return value && start && value < start ? 'wuye.rules.DATE_ORDER' : undefined;
};

/** A phase planned to start before the one it follows (the server checks the same: PHASE_ORDER). */
const afterEarlierPhases = (phase: string) => (value: string, values: any) => {
  if (!value) return undefined;
  const earlier = PLANNED_PHASES.slice(0, PLANNED_PHASES.indexOf(phase as (typeof PLANNED_PHASES)[number]))
    .map((p) => values?.phasePlan?.[p]?.startsOn)
    .filter(Boolean);
  return earlier.some((start: string) => start > value) ? 'wuye.rules.PHASE_ORDER' : undefined;
};

/** The estate, chosen within the officer's own subdistricts: first the subdistrict, then its estates. */
function EstateChoice() {
  const jurisdiction = useJurisdiction();
  const subdistrictId = useWatch({ name: 'subdistrictId' });
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <SelectInput source="subdistrictId" choices={jurisdiction} validate={required()} sx={{ minWidth: 200 }} />
      <ReferenceInput source="estateId" reference="estates" filter={subdistrictId ? { subdistrictId } : { ids: [] }}>
        <AutocompleteInput optionText="name" filterToQuery={(q) => ({ q })} validate={required()} disabled={!subdistrictId} sx={{ minWidth: 280 }} />
      </ReferenceInput>
    </Stack>
  );
}

function DeemedVotesWarning() {
  const translate = useTranslate();
  const on = useWatch({ name: 'deemedVotes' });
  return (
    <Alert severity={on ? 'warning' : 'info'} sx={{ mb: 2 }} data-testid="deemed-votes-warning">
      {translate('wuye.workspace.deemed_help')}
    </Alert>
  );
}

/** The fields of an election, shared by create and edit; the estate and kind are chosen once, at creation. */
export function ElectionInputs({ create = false }: { create?: boolean }) {
  const translate = useTranslate();
  return (
    <>
      {create && <EstateChoice />}
      {create && <SelectInput source="kind" choices={electionKindChoices} validate={required()} />}
      <TextInput source="title" validate={[required(), minLength(4), maxLength(100)]} fullWidth />
      <NumberInput source="seats" step={1} validate={[required(), minValue(1), maxValue(11)]} />
      <BooleanInput source="deemedVotes" />
      <DeemedVotesWarning />
      <Typography variant="subtitle1">{translate('wuye.workspace.phase_dates')}</Typography>
      {PLANNED_PHASES.map((phase) => (
        <Stack key={phase} direction="row" spacing={2} sx={{ alignItems: 'center' }} data-phase={phase}>
          <Typography sx={{ width: 120 }}>{translate(`wuye.electionPhase.${phase}`)}</Typography>
          <DateInput source={`phasePlan.${phase}.startsOn`} label="resources.elections.fields.startsOn" validate={afterEarlierPhases(phase)} />
          <DateInput source={`phasePlan.${phase}.endsOn`} label="resources.elections.fields.endsOn" validate={notBeforeStart(phase)} />
        </Stack>
      ))}
    </>
  );
}

import { Stack, Typography } from '@mui/material';
import {
  BooleanInput,
  DateInput,
  maxLength,
  maxValue,
  minLength,
  minValue,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { PLANNED_PHASES } from './election.api';
import { electionKindChoices } from '../shared/choices';
import { DeemedVotesWarning, EstateChoice } from '../shared/AssemblyInputs';

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

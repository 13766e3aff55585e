import { Alert, Box, Stack, Typography } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
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
  useGetOne,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { ElectionPhase } from '../../../api/src/elections/election-phases';
import { isPublicity, plannedPublicityProblem, PUBLICITY_MIN_DAYS, type PublicityPhase } from '../../../api/src/elections/publicity';
import { PLANNED_PHASES } from './election.api';
import { electionKindChoices } from '../shared/choices';
import { DeemedVotesWarning } from '../shared/AssemblyInputs';
import { useJurisdiction } from '../shared/useJurisdiction';
import { NoRollNotice, useOwnerRoll } from '../owners/ownerRoll';
import { RunningElectionLink, useRunningElections, type RunningElection } from './runningElections';
import { seatsProblem } from './seatRule';
import { BY_NAME } from '../shared/choiceOrder';

const ELECTION_PHASE_ORDER = Object.values(ElectionPhase);

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

/**
 * A publicity still ahead, planned with both days, lasts its minimum (the server checks the same when the dates move:
 * api/src/elections/publicity.ts); the one under way, or dates left as they were, are the server's to judge.
 */
const publicityLength = (phase: string, record: { phase?: string; phasePlan?: Record<string, { startsOn?: string | null; endsOn?: string | null }> } | Record<string, any> | undefined) =>
  (value: string, values: any) => {
    if (!isPublicity(phase as ElectionPhase) || (record?.phase && ELECTION_PHASE_ORDER.indexOf(phase as ElectionPhase) <= ELECTION_PHASE_ORDER.indexOf(record.phase as ElectionPhase))) return undefined;
    const startsOn: string | null = values?.phasePlan?.[phase]?.startsOn || null;
    const stored = record?.phasePlan?.[phase];
    if (stored && (stored.startsOn ?? null) === startsOn && (stored.endsOn ?? null) === (value || null)) return undefined;
    const problem = plannedPublicityProblem(phase as PublicityPhase, { startsOn, endsOn: value || null });
    return problem ? { message: `wuye.rules.${problem.rule}`, args: { minDays: PUBLICITY_MIN_DAYS[phase as PublicityPhase] } } : undefined;
  };

/**
 * The estate of a new election, within the officer's own subdistricts: first the subdistrict, then its estates. An
 * estate with an election still running is marked and cannot be chosen (one at a time per estate, as the server
 * holds: ALREADY_EXISTS); should one start meanwhile, the choice is refused with a link to it.
 */
function ElectionEstateChoice() {
  const translate = useTranslate();
  const jurisdiction = useJurisdiction();
  const subdistrictId = useWatch({ name: 'subdistrictId' });
  const estateId = useWatch({ name: 'estateId' });
  const running = useRunningElections(subdistrictId);
  const runningRef = useRef(running);
  runningRef.current = running;
  const notRunning = useMemo(() => (value: unknown) => (value && runningRef.current.has(String(value)) ? 'wuye.rules.ELECTION_RUNNING' : undefined), []);
  const chosenRunning: RunningElection | undefined = estateId ? running.get(String(estateId)) : undefined;
  // a warning, not a refusal: the roll may be imported while the election is prepared
  const { data: roll } = useOwnerRoll(estateId ? String(estateId) : undefined);
  const label = (estate: { id: unknown; name: string } | undefined) =>
    estate ? (running.has(String(estate.id)) ? translate('wuye.workspace.estate_running', { name: estate.name }) : estate.name) : '';
  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput source="subdistrictId" choices={jurisdiction} validate={required()} sx={{ minWidth: 200 }} />
        <ReferenceInput source="estateId" reference="estates" filter={subdistrictId ? { subdistrictId } : { ids: [] }} sort={BY_NAME}>
          <AutocompleteInput
            optionText={label}
            filterToQuery={(q) => ({ q })}
            validate={[required(), notRunning]}
            disabled={!subdistrictId}
            getOptionDisabled={(option: { id: unknown }) => running.has(String(option.id))}
            sx={{ minWidth: 280 }}
          />
        </ReferenceInput>
      </Stack>
      {chosenRunning && (
        <Alert severity="error" sx={{ mb: 2 }} data-testid="estate-running">
          {translate('wuye.rules.ELECTION_RUNNING')} <RunningElectionLink election={chosenRunning} />
        </Alert>
      )}
      {estateId && roll?.units === 0 && <Box sx={{ mb: 2 }}><NoRollNotice estateId={String(estateId)} testId="create-no-roll" /></Box>}
    </>
  );
}

/**
 * The seats, checked as the user types by the server's rule (seatRule.ts): the estate's households decide whether 3
 * is allowed; a by-election is left to the server (it counts the sitting members).
 */
function SeatsInput({ estateId, kind }: { estateId: string | undefined; kind: string | undefined }) {
  const translate = useTranslate();
  const { trigger, getFieldState } = useFormContext();
  const { data: estate } = useGetOne('estates', { id: estateId! }, { enabled: !!estateId });
  const households: number | undefined = estate?.households;
  const known = useRef({ households, kind });
  known.current = { households, kind };
  const bySeatRule = useMemo(() => (value: unknown) => seatsProblem(value, known.current.kind, known.current.households), []);
  // the estate or the kind chosen after the seats were typed: check the seats again
  useEffect(() => {
    if (getFieldState('seats').isTouched || getFieldState('seats').isDirty) void trigger('seats');
  }, [households, kind, trigger, getFieldState]);
  return (
    <NumberInput
      source="seats"
      step={1}
      validate={[required(), bySeatRule, minValue(1), maxValue(11)]}
      helperText={households !== undefined ? translate('wuye.workspace.seats_households', { households }) : undefined}
    />
  );
}

/** The fields of an election, shared by create and edit; the estate and kind are chosen once, at creation. */
export function ElectionInputs({ create = false }: { create?: boolean }) {
  const translate = useTranslate();
  const record = useRecordContext();
  const estateId = useWatch({ name: 'estateId' }) ?? record?.estateId;
  const kind = useWatch({ name: 'kind' }) ?? record?.kind;
  // the voting day is recorded when the vote closes and corrected while counting: the posted result notice prints it (NOTICE_POSTED)
  const votedOnEditable = !create && record?.phase === 'COUNTING';
  // before voting the seats may still change (the server checks them then); later they are the record's
  const seatsChecked = create || ['PREPARATION', 'NOMINATION', 'ELIGIBILITY_REVIEW', 'CANDIDATE_PUBLICITY'].includes(record?.phase);
  return (
    <>
      {create && <ElectionEstateChoice />}
      {create && <SelectInput source="kind" choices={electionKindChoices} validate={required()} />}
      <TextInput source="title" validate={[required(), minLength(4), maxLength(100)]} fullWidth />
      {seatsChecked ? <SeatsInput estateId={estateId ? String(estateId) : undefined} kind={kind} /> : <NumberInput source="seats" step={1} validate={[required(), minValue(1), maxValue(11)]} />}
      <BooleanInput source="deemedVotes" />
      <DeemedVotesWarning />
      <Stack direction="row" spacing={2}>
        <DateInput source="plannedVotingOn" />
        {votedOnEditable && <DateInput source="votedOn" validate={required()} />}
      </Stack>
      <Typography variant="subtitle1">{translate('wuye.workspace.phase_dates')}</Typography>
      {/* each phase's start and end as a group named by the phase, so "开始"/"结束" say which phase they belong to */}
      {PLANNED_PHASES.map((phase) => {
        // a phase behind the election keeps the dates the owners were told (the server refuses a change: PHASE_OVER)
        const over = !create && !!record?.phase && ELECTION_PHASE_ORDER.indexOf(phase as ElectionPhase) < ELECTION_PHASE_ORDER.indexOf(record.phase as ElectionPhase);
        return (
          <Box
            key={phase}
            component="fieldset"
            data-phase={phase}
            sx={{ border: 0, m: 0, p: 0, minWidth: 0, display: 'flex', flexDirection: 'row', gap: 2, alignItems: 'center' }}
          >
            <Typography component="legend" sx={{ width: 120, flexShrink: 0, float: 'left', p: 0 }}>
              {translate(`wuye.electionPhase.${phase}`)}
            </Typography>
            <DateInput source={`phasePlan.${phase}.startsOn`} label="resources.elections.fields.startsOn" validate={afterEarlierPhases(phase)} readOnly={over} />
            <DateInput
              source={`phasePlan.${phase}.endsOn`}
              label="resources.elections.fields.endsOn"
              validate={[notBeforeStart(phase), publicityLength(phase, create ? undefined : record)]}
              readOnly={over}
              helperText={over ? 'wuye.rules.PHASE_OVER' : undefined}
            />
          </Box>
        );
      })}
    </>
  );
}

import { Typography } from '@mui/material';
import { useEffect, useMemo, useRef } from 'react';
import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  maxLength,
  maxValue,
  minValue,
  NumberInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useGetOne,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { checkCommitteeSize, checkDistinctMembers, checkPositions, checkTermYears, CommitteePosition, termEndOf } from '../../../api/src/committees/committee-composition';
import { EstateChoice } from '../shared/AssemblyInputs';
import { committeePositionChoices } from '../shared/choices';
import { todayInChina } from '../shared/fields';
import { RecordForm } from '../shared/RecordForm';
import { useServerErrorNotifier } from '../shared/useServerErrorNotifier';
import { Create } from '../shared/views';
import type { CommitteeForm } from './committee.api';
import { BY_NAME } from '../shared/choiceOrder';

type MemberRow = NonNullable<CommitteeForm['members']>[number];

const notFuture = (value: string) => (value && value > todayInChina() ? 'wuye.rules.NOT_FUTURE' : undefined);
const wholeNumber = (value: unknown) => (value !== null && value !== undefined && value !== '' && !Number.isInteger(Number(value)) ? 'wuye.rules.INTEGER' : undefined);
/** 3 to 5 whole years (浙江省物业管理条例), by the server's own rule. */
const termYearsRule = (value: unknown) => (value === null || value === undefined || value === '' ? undefined : checkTermYears(Number(value)) ? 'wuye.rules.COMMITTEE_TERM_YEARS' : undefined);

/**
 * The composition by the server's rules (api/src/committees/committee-composition.ts): the size for the estate's households
 * (odd, 5–11, 3 in a small estate), one chair, one or two vice-chairs never outnumbering the members, each person once.
 */
function compositionProblem(members: MemberRow[] | undefined, households: number | undefined): string | undefined {
  if (!members?.length) return undefined;
  const named = members.filter((m) => m.ownerId || m.name?.trim());
  const problems = [
    households === undefined ? null : checkCommitteeSize(members.length, households),
    ...checkPositions(members.map((m) => m.position).filter((p): p is CommitteePosition => !!p)),
    checkDistinctMembers(named.map((m) => ({ ownerId: m.ownerId ? Number(m.ownerId) : null, name: m.name ?? '' }))),
  ];
  const first = problems.find((p) => p !== null);
  return first ? `wuye.rules.${first.rule}` : undefined;
}

/** A member named by the owner on the estate's roll, where it is kept here: the name is taken from the roll. */
function MemberOwnerInput({ estateId }: { estateId: string | undefined }) {
  const { setValue } = useFormContext();
  const sourceContext = useSourceContext();
  return (
    // the roll is read once the estate is chosen (five rows would otherwise each ask for nothing); persons only, an organisation never sits (NOT_A_PERSON)
    <ReferenceInput source="ownerId" reference="owners" filter={estateId ? { estateId, kind: 'PERSON' } : { ids: [] }} enableGetChoices={() => !!estateId} sort={BY_NAME}>
      <AutocompleteInput
        label="resources.committees.fields.ownerId"
        optionText={(owner: { name: string; units?: string } | undefined) => (owner ? (owner.units ? `${owner.name} · ${owner.units}` : owner.name) : '')}
        filterToQuery={(name: string) => ({ name })}
        disabled={!estateId}
        onChange={(_value, owner) => {
          if (owner && typeof owner === 'object') setValue(sourceContext.getSource('name'), owner.name, { shouldValidate: true, shouldDirty: true });
        }}
        sx={{ minWidth: 240 }}
      />
    </ReferenceInput>
  );
}

/** The members with their positions, checked as the user types by the server's composition rules. */
function MembersInput({ estateId }: { estateId: string | undefined }) {
  const translate = useTranslate();
  const { trigger, getFieldState } = useFormContext();
  const { data: estate } = useGetOne('estates', { id: estateId! }, { enabled: !!estateId });
  const households: number | undefined = estateId ? estate?.households : undefined;
  const known = useRef(households);
  known.current = households;
  const composition = useMemo(() => (members: MemberRow[] | undefined) => compositionProblem(members, known.current), []);
  // react-hook-form checks a list's own rule only on saving, adding or removing: check the composition again as a
  // member's position or name changes, and when the estate (its households) is chosen after the members were entered;
  // only once every row names someone with a position, so the rows still to be filled are not marked as missing
  const members: MemberRow[] | undefined = useWatch({ name: 'members' });
  const complete = !!members?.length && members.every((m) => (m.ownerId || m.name?.trim()) && m.position);
  const composed = JSON.stringify((members ?? []).map((m) => [m.ownerId ?? null, m.name ?? '', m.position ?? null]));
  useEffect(() => {
    if (complete && getFieldState('members').isDirty) void trigger('members');
  }, [complete, composed, households, trigger, getFieldState]);
  return (
    <>
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {translate('resources.committees.fields.members')}
      </Typography>
      {households !== undefined && (
        <Typography variant="body2" color="text.secondary" data-testid="committee-households">
          {translate('wuye.committee.size_households', { households })}
        </Typography>
      )}
      {/* the item inputs name their labels: react-admin would look them up under the array's own key */}
      <ArrayInput source="members" label={false} validate={[required(), composition]} data-testid="members">
        <SimpleFormIterator inline disableReordering>
          <MemberOwnerInput estateId={estateId} />
          <TextInput source="name" label="wuye.committee.member_name" validate={[required(), maxLength(40)]} />
          <SelectInput source="position" label="wuye.committee.position" choices={committeePositionChoices} validate={required()} sx={{ minWidth: 140 }} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

/** The term: 第N届, elected on a day not in the future, for 3–5 years; the last day is said as the server counts it. */
function TermInputs() {
  const translate = useTranslate();
  const electedOn: string | undefined = useWatch({ name: 'electedOn' });
  const termYears: unknown = useWatch({ name: 'termYears' });
  const years = Number(termYears);
  const termEnd = electedOn && /^\d{4}-\d{2}-\d{2}$/.test(electedOn) && !checkTermYears(years) ? termEndOf(electedOn, years) : null;
  return (
    <>
      <NumberInput source="termNumber" step={1} validate={[required(), wholeNumber, minValue(1), maxValue(100)]} helperText="wuye.committee.term_number_help" />
      <DateInput source="electedOn" validate={[required(), notFuture]} helperText={termEnd ? translate('wuye.committee.term_until', { termEnd }) : undefined} />
      <NumberInput source="termYears" step={1} validate={[required(), wholeNumber, termYearsRule]} />
    </>
  );
}

function CommitteeInputs() {
  const estateId: string | undefined = useWatch({ name: 'estateId' }) || undefined;
  return (
    <>
      <EstateChoice />
      <TermInputs />
      <MembersInput estateId={estateId} />
    </>
  );
}

/** The smallest committee of an ordinary estate, to fill in: a chair, a vice-chair and three members. */
const start = (): CommitteeForm => ({
  termYears: 5,
  members: (['CHAIR', 'VICE_CHAIR', 'MEMBER', 'MEMBER', 'MEMBER'] as const).map((position) => ({ ownerId: null, name: '', position })),
});

/**
 * Registers a committee elected outside this system (before it was introduced, or elsewhere): the server checks the
 * composition, the term against the estate's other committees, and the members against its roll and its last
 * eligibility review, and opens the establishment filing, due 30 days after the election.
 */
export default function CommitteeCreate() {
  const onError = useServerErrorNotifier();
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <RecordForm defaultValues={start()}>
        <CommitteeInputs />
      </RecordForm>
    </Create>
  );
}

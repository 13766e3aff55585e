import { Box, Button, MenuItem, TextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { FivePartyMeetingRecordFragment, MeetingCorrectionShownFragment, MeetingParty } from '../generated/graphql';
import { useFormat } from '../shared/fields';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction, useDialogFieldProblems } from '../shared/FormDialog';
import { MEETING_PARTIES, type FollowUpCorrection, type IssueCorrection } from './fivePartyMeeting.api';

type Issue = FivePartyMeetingRecordFragment['issues'][number];
type FollowUp = FivePartyMeetingRecordFragment['followUps'][number];

const FIELDS = 'resources.fivePartyMeetings.fields';
/** The API's bounds of a reason (CorrectMeeting*Input.reason: 2–500 characters). */
const REASON = { min: 2, max: 500 };

type Problems = ReturnType<typeof useDialogFieldProblems>;

/** One of the five parties, in the minutes' order; `id` names the list for its label (and screen readers). */
function PartySelect(props: { id: string; label: string; value: MeetingParty; onChange(party: MeetingParty): void; problems: Problems; field: string }) {
  const translate = useTranslate();
  return (
    <TextField select required id={props.id} label={props.label} value={props.value} onChange={(e) => props.onChange(e.target.value as MeetingParty)} {...props.problems.fieldProps(props.field)}>
      {MEETING_PARTIES.map((party) => (
        <MenuItem key={party} value={party}>
          {translate(`wuye.meetingParty.${party}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** Why the record is corrected: required, kept in the audit log. */
function ReasonInput({ value, onChange, problems }: { value: string; onChange(reason: string): void; problems: Problems }) {
  const translate = useTranslate();
  const problem = problems.fieldProps('reason');
  return (
    <TextField
      required
      multiline
      minRows={2}
      label={translate('wuye.party.correct_reason')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      {...problem}
      helperText={problem.helperText ?? translate('wuye.party.correct_reason_help')}
      slotProps={{ htmlInput: { maxLength: REASON.max, 'data-testid': 'correct-reason' } }}
    />
  );
}

/**
 * A 「更正」 button and its dialog: opened with what the minutes recorded (`recorded()`), sent with the reason at the
 * version shown; refusals beside the inputs they name.
 */
function CorrectionButton<T extends { reason: string }>(props: {
  testId: string;
  title: string;
  help: string;
  recorded(): T;
  send(correction: T): Promise<unknown>;
  fields(correction: T, change: (part: Partial<T>) => void, problems: Problems): ReactNode;
}) {
  const translate = useTranslate();
  const [correction, setCorrection] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const problems = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const open = () => {
    setError(null);
    problems.reset();
    setCorrection(props.recorded());
  };
  const change = (part: Partial<T>) => setCorrection((now) => now && { ...now, ...part });
  return (
    <>
      <Button size="small" onClick={open} data-testid={props.testId}>
        {translate('wuye.party.correct')}
      </Button>
      {correction && (
        <FormDialog
          open
          testId="correct-dialog"
          title={props.title}
          content={props.help}
          confirmLabel={translate('wuye.party.correct')}
          ready={correction.reason.trim().length >= REASON.min}
          error={error}
          onClose={() => setCorrection(null)}
          onConfirm={() => act(problems.keeping(() => props.send(correction)), 'wuye.party.corrected')}
        >
          {props.fields(correction, change, problems)}
          <ReasonInput value={correction.reason} onChange={(reason) => change({ reason } as Partial<T>)} problems={problems} />
        </FormDialog>
      )}
    </>
  );
}

/** 「更正」 an issue the minutes recorded wrong (its words, who raised it), at the version shown; its status and resolution stay. */
export function CorrectIssueButton({ issue }: { issue: Issue }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return (
    <CorrectionButton<IssueCorrection>
      testId="correct-issue"
      title={translate('wuye.party.correct_issue')}
      help={translate('wuye.party.correct_issue_help')}
      recorded={() => ({ description: issue.description, raisedBy: issue.raisedBy, reason: '' })}
      send={(correction) => dataProvider.correctMeetingIssue({ id: issue.id, version: issue.version, ...correction })}
      fields={(correction, change, problems) => (
        <>
          <TextField
            required
            multiline
            label={translate(`${FIELDS}.description`)}
            value={correction.description}
            onChange={(e) => change({ description: e.target.value })}
            {...problems.fieldProps('description')}
            slotProps={{ htmlInput: { 'data-testid': 'correct-description' } }}
          />
          <PartySelect id="correct-raised-by" label={translate(`${FIELDS}.raisedBy`)} value={correction.raisedBy} onChange={(raisedBy) => change({ raisedBy })} problems={problems} field="raisedBy" />
        </>
      )}
    />
  );
}

/**
 * 「更正」 a follow-up the minutes recorded wrong (the task, its owner, its due day), at the version shown. The due day
 * stays as agreed once that day has passed or the follow-up is done (the API refuses it): the field says why.
 */
export function CorrectFollowUpButton({ followUp }: { followUp: FollowUp }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  // the server says why the due day is fixed, by the same rule and Beijing day it checks a correction against
  const dueDayKept = followUp.dueOnFixedBy === 'FOLLOW_UP_DONE' ? translate('wuye.party.due_day_kept_done') : followUp.dueOnFixedBy ? translate('wuye.party.due_day_kept_passed') : null;
  return (
    <CorrectionButton<FollowUpCorrection>
      testId="correct-follow-up"
      title={translate('wuye.party.correct_follow_up')}
      help={translate('wuye.party.correct_follow_up_help')}
      recorded={() => ({ task: followUp.task, ownerParty: followUp.ownerParty, ownerName: followUp.ownerName, dueOn: followUp.dueOn, reason: '' })}
      send={(correction) => dataProvider.correctMeetingFollowUp({ id: followUp.id, version: followUp.version, ...correction })}
      fields={(correction, change, problems) => {
        const dueOnProblem = problems.fieldProps('dueOn');
        return (
          <>
            <TextField
              required
              multiline
              label={translate(`${FIELDS}.task`)}
              value={correction.task}
              onChange={(e) => change({ task: e.target.value })}
              {...problems.fieldProps('task')}
              slotProps={{ htmlInput: { 'data-testid': 'correct-task' } }}
            />
            <PartySelect id="correct-owner-party" label={translate(`${FIELDS}.ownerParty`)} value={correction.ownerParty} onChange={(ownerParty) => change({ ownerParty })} problems={problems} field="ownerParty" />
            <TextField
              required
              label={translate(`${FIELDS}.ownerName`)}
              value={correction.ownerName}
              onChange={(e) => change({ ownerName: e.target.value })}
              {...problems.fieldProps('ownerName')}
              slotProps={{ htmlInput: { 'data-testid': 'correct-owner-name' } }}
            />
            <TextField
              type="date"
              required
              disabled={!!dueDayKept}
              label={translate(`${FIELDS}.dueOn`)}
              value={correction.dueOn}
              onChange={(e) => change({ dueOn: e.target.value })}
              {...dueOnProblem}
              helperText={dueOnProblem.helperText ?? dueDayKept}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'correct-due-on' } }}
            />
          </>
        );
      }}
    />
  );
}

/** The fields a correction may change, in the form's order; the parties' codes and the due day are shown in words. */
const CORRECTED_FIELDS = ['description', 'raisedBy', 'task', 'ownerParty', 'ownerName', 'dueOn'] as const;

/**
 * The corrections of an issue or follow-up, oldest first: who corrected it and when, each field changed from what to
 * what, and why (the minutes as first recorded stay readable beside what they say now).
 */
export function CorrectionHistory({ corrections }: { corrections?: MeetingCorrectionShownFragment[] }) {
  const translate = useTranslate();
  const format = useFormat();
  // absent from a record react-admin seeded from elsewhere (a list's row) until the page's own read arrives
  if (!corrections?.length) return null;
  const shown = (field: string, value: string | undefined) =>
    value === undefined || value === '' ? '—' : field === 'raisedBy' || field === 'ownerParty' ? translate(`wuye.meetingParty.${value}`) : field === 'dueOn' ? format.day(value) : value;
  return (
    <Box sx={{ mt: 1, pl: 1.5, borderLeft: 2, borderColor: 'divider' }} data-testid="corrections">
      <Typography variant="caption" color="text.secondary">
        {translate('wuye.party.corrections')}
      </Typography>
      {corrections.map((c) => {
        const before = JSON.parse(c.before) as Record<string, string>;
        const after = JSON.parse(c.after) as Record<string, string>;
        const changed = CORRECTED_FIELDS.filter((field) => field in after && before[field] !== after[field]);
        return (
          <Box key={c.id} data-testid="correction" sx={{ mt: 0.5 }}>
            <Typography variant="body2" color="text.secondary">
              {translate('wuye.party.correction_by', { name: c.correctedBy ?? '—', at: format.instant(c.correctedAt) })}
            </Typography>
            {changed.map((field) => (
              <Typography key={field} variant="body2" sx={{ overflowWrap: 'anywhere' }} data-testid={`correction-${field}`}>
                {translate('wuye.party.correction_change', { field: translate(`${FIELDS}.${field}`), from: shown(field, before[field]), to: shown(field, after[field]) })}
              </Typography>
            ))}
            <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {translate('wuye.party.correction_reason', { reason: c.reason })}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}

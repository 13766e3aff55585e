import { Button, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { FivePartyMeetingRecordFragment, MeetingParty } from '../generated/graphql';
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

/** 「更正」 an issue the minutes recorded wrong (its words, who raised it), at the version shown; its status and resolution stay. */
export function CorrectIssueButton({ issue }: { issue: Issue }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [correction, setCorrection] = useState<IssueCorrection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const problems = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const open = () => {
    setError(null);
    problems.reset();
    setCorrection({ description: issue.description, raisedBy: issue.raisedBy, reason: '' });
  };
  const change = (part: Partial<IssueCorrection>) => setCorrection((now) => now && { ...now, ...part });
  return (
    <>
      <Button size="small" onClick={open} data-testid="correct-issue">
        {translate('wuye.party.correct')}
      </Button>
      {correction && (
        <FormDialog
          open
          testId="correct-dialog"
          title={translate('wuye.party.correct_issue')}
          content={translate('wuye.party.correct_issue_help')}
          confirmLabel={translate('wuye.party.correct')}
          ready={correction.reason.trim().length >= REASON.min}
          error={error}
          onClose={() => setCorrection(null)}
          onConfirm={() => act(problems.keeping(() => dataProvider.correctMeetingIssue({ id: issue.id, version: issue.version, ...correction })), 'wuye.party.corrected')}
        >
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
          <ReasonInput value={correction.reason} onChange={(reason) => change({ reason })} problems={problems} />
        </FormDialog>
      )}
    </>
  );
}

/**
 * 「更正」 a follow-up the minutes recorded wrong (the task, its owner, its due day), at the version shown. The due day
 * stays as agreed once that day has passed or the follow-up is done (the API refuses it): the field says why.
 */
export function CorrectFollowUpButton({ followUp }: { followUp: FollowUp }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [correction, setCorrection] = useState<FollowUpCorrection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const problems = useDialogFieldProblems();
  const act = useDialogAction(setError);
  // overdue is the server's "not done after its due day (Beijing)": the same day the API checks against
  const dueDayKept = followUp.doneOn ? translate('wuye.party.due_day_kept_done') : followUp.overdue ? translate('wuye.party.due_day_kept_passed') : null;
  const open = () => {
    setError(null);
    problems.reset();
    setCorrection({ task: followUp.task, ownerParty: followUp.ownerParty, ownerName: followUp.ownerName, dueOn: followUp.dueOn, reason: '' });
  };
  const change = (part: Partial<FollowUpCorrection>) => setCorrection((now) => now && { ...now, ...part });
  const dueOnProblem = problems.fieldProps('dueOn');
  return (
    <>
      <Button size="small" onClick={open} data-testid="correct-follow-up">
        {translate('wuye.party.correct')}
      </Button>
      {correction && (
        <FormDialog
          open
          testId="correct-dialog"
          title={translate('wuye.party.correct_follow_up')}
          content={translate('wuye.party.correct_follow_up_help')}
          confirmLabel={translate('wuye.party.correct')}
          ready={correction.reason.trim().length >= REASON.min}
          error={error}
          onClose={() => setCorrection(null)}
          onConfirm={() => act(problems.keeping(() => dataProvider.correctMeetingFollowUp({ id: followUp.id, version: followUp.version, ...correction })), 'wuye.party.corrected')}
        >
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
          <ReasonInput value={correction.reason} onChange={(reason) => change({ reason })} problems={problems} />
        </FormDialog>
      )}
    </>
  );
}

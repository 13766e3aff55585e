import { Box, Button, Chip, Paper, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState } from 'react';
import { FunctionField, Labeled, SimpleShowLayout, TextField, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import type { FivePartyMeetingShownFragment } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction, useFieldProblem } from '../shared/FormDialog';
import { LocaleDateField, todayInChina, useFormat } from '../shared/fields';
import { HistoryPanel } from '../shared/HistoryPanel';
import { ShowActions } from '../shared/ResourceActions';
import { MEETING_PARTIES } from './fivePartyMeeting.api';
import { CorrectFollowUpButton, CorrectIssueButton, CorrectionHistory } from './MeetingCorrections';
import { OverdueChip } from './OverdueChip';

// as read for its page, with the corrections (fivePartyMeeting.api.ts)
type Meeting = FivePartyMeetingShownFragment;

/** Who attended, party by party in the minutes' order; a party nobody came for is marked absent. */
function Attendance() {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={0.5} data-testid="attendance">
      {MEETING_PARTIES.map((party) => {
        const people = record.participants.filter((p) => p.party === party);
        return (
          <Box key={party} sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
            <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 120 }}>
              {translate(`wuye.meetingParty.${party}`)}
            </Typography>
            {people.length ? (
              <Typography variant="body2">{people.map((p) => (p.role ? translate('wuye.party.person_role', { name: p.name, role: p.role }) : p.name)).join(translate('wuye.party.list_separator'))}</Typography>
            ) : (
              <Chip size="small" variant="outlined" label={translate('wuye.party.absent')} />
            )}
          </Box>
        );
      })}
    </Stack>
  );
}

type Asking = { kind: 'resolve'; id: string; version: number } | { kind: 'complete'; id: string; version: number };

/** Issues raised and follow-ups agreed, each moved on by itself (resolved, done, corrected) at the version on screen. */
function IssuesAndFollowUps() {
  const record = useRecordContext<Meeting>();
  const translate = useTranslate();
  const format = useFormat();
  const problem = useFieldProblem();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canResolve } = useCanAccess({ resource: 'fivePartyMeetings', action: 'resolve' });
  const { canAccess: canComplete } = useCanAccess({ resource: 'fivePartyMeetings', action: 'complete' });
  const { canAccess: canCorrect } = useCanAccess({ resource: 'fivePartyMeetings', action: 'correct' });
  const [asking, setAsking] = useState<Asking | null>(null);
  const [day, setDay] = useState(todayInChina());
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [lastError, setLastError] = useState<unknown>(null);
  const act = useDialogAction(setError);
  if (!record) return null;
  const open = (next: Asking) => {
    setError(null);
    setLastError(null);
    setDay(todayInChina());
    setNote('');
    setAsking(next);
  };
  const run = async () => {
    setLastError(null);
    try {
      if (asking?.kind === 'resolve') await dataProvider.resolveMeetingIssue({ id: asking.id, version: asking.version, resolvedOn: day, resolutionNote: note });
      else if (asking) await dataProvider.completeMeetingFollowUp({ id: asking.id, version: asking.version, doneOn: day, note });
    } catch (e) {
      setLastError(e);
      throw e;
    }
  };
  const dayField = asking?.kind === 'resolve' ? 'resolvedOn' : 'doneOn';
  const noteField = asking?.kind === 'resolve' ? 'resolutionNote' : 'note';
  return (
    <Stack spacing={2} sx={{ width: '100%' }}>
      <Typography variant="h6">{translate('wuye.party.issues')}</Typography>
      {record.issues.length === 0 && <Typography variant="body2">—</Typography>}
      {record.issues.map((issue) => (
        <Paper key={issue.id} variant="outlined" sx={{ p: 1.5 }} data-testid={`issue-${issue.id}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            <Chip size="small" color={issue.status === 'RESOLVED' ? 'success' : 'warning'} label={translate(`wuye.meetingIssueStatus.${issue.status}`)} />
            <Typography variant="body2" sx={{ flex: '1 1 200px', overflowWrap: 'anywhere' }}>
              {issue.description}
            </Typography>
            <Typography variant="caption">{translate('wuye.party.raised_by', { party: translate(`wuye.meetingParty.${issue.raisedBy}`) })}</Typography>
            {issue.status === 'RAISED' && canResolve && (
              <Button size="small" onClick={() => open({ kind: 'resolve', id: issue.id, version: issue.version })} data-testid="resolve-issue">
                {translate('wuye.party.resolve')}
              </Button>
            )}
            {canCorrect && <CorrectIssueButton issue={issue} />}
          </Stack>
          {issue.status === 'RESOLVED' && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
              {translate('wuye.party.resolved_on', { day: format.day(issue.resolvedOn), note: issue.resolutionNote })}
            </Typography>
          )}
          <CorrectionHistory corrections={issue.corrections} />
        </Paper>
      ))}
      <Typography variant="h6">{translate('wuye.party.follow_ups')}</Typography>
      {record.followUps.length === 0 && <Typography variant="body2">—</Typography>}
      {record.followUps.map((f) => (
        <Paper key={f.id} variant="outlined" sx={{ p: 1.5, ...(f.overdue ? { borderColor: 'error.main' } : {}) }} data-testid={`follow-up-${f.id}`}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
            {f.doneOn ? (
              <Chip size="small" color="success" label={translate('wuye.party.done')} />
            ) : f.overdue ? (
              <Chip size="small" color="error" label={translate('wuye.party.overdue')} data-testid="follow-up-overdue" />
            ) : (
              <Chip size="small" variant="outlined" label={translate('wuye.party.open')} />
            )}
            <Typography variant="body2" sx={{ flex: '1 1 200px', overflowWrap: 'anywhere' }}>
              {f.task}
            </Typography>
            <Typography variant="caption">
              {translate('wuye.party.owner_due', { party: translate(`wuye.meetingParty.${f.ownerParty}`), name: f.ownerName, day: format.day(f.dueOn) })}
            </Typography>
            {!f.doneOn && canComplete && (
              <Button size="small" onClick={() => open({ kind: 'complete', id: f.id, version: f.version })} data-testid="complete-follow-up">
                {translate('wuye.party.complete')}
              </Button>
            )}
            {canCorrect && <CorrectFollowUpButton followUp={f} />}
          </Stack>
          {f.doneOn && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
              {f.doneNote ? translate('wuye.party.done_on_note', { day: format.day(f.doneOn), note: f.doneNote }) : translate('wuye.party.done_on', { day: format.day(f.doneOn) })}
            </Typography>
          )}
          <CorrectionHistory corrections={f.corrections} />
        </Paper>
      ))}
      {asking && (
        <FormDialog
          open
          testId="meeting-dialog"
          title={translate(asking.kind === 'resolve' ? 'wuye.party.resolve' : 'wuye.party.complete')}
          confirmLabel={translate(asking.kind === 'resolve' ? 'wuye.party.resolve' : 'wuye.party.complete')}
          ready={asking.kind === 'complete' || note.trim().length >= 2}
          error={error}
          onClose={() => setAsking(null)}
          onConfirm={() => act(run, asking.kind === 'resolve' ? 'wuye.party.resolved' : 'wuye.party.completed')}
        >
          <MuiTextField
            type="date"
            label={translate(asking.kind === 'resolve' ? 'wuye.party.resolved_day' : 'wuye.party.done_day')}
            value={day}
            onChange={(e) => setDay(e.target.value)}
            error={!!problem(lastError, dayField)}
            helperText={problem(lastError, dayField)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'meeting-dialog-day' } }}
          />
          <MuiTextField
            label={translate(asking.kind === 'resolve' ? 'wuye.party.resolution_note' : 'wuye.party.done_note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            multiline
            minRows={2}
            error={!!problem(lastError, noteField)}
            helperText={problem(lastError, noteField)}
            slotProps={{ htmlInput: { 'data-testid': 'meeting-dialog-note' } }}
          />
        </FormDialog>
      )}
    </Stack>
  );
}

export default function FivePartyMeetingShow() {
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions filing={false} />}>
      <SimpleShowLayout>
        <TextField source="estateName" />
        <LocaleDateField source="heldOn" />
        <FunctionField source="overdueFollowUps" render={(r) => (r.overdueFollowUps ? <OverdueChip count={r.overdueFollowUps} /> : translate('wuye.party.none_overdue'))} />
        <TextField source="summary" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} />
        <Labeled label="resources.fivePartyMeetings.fields.participants">
          <Attendance />
        </Labeled>
        <IssuesAndFollowUps />
        <HistoryPanel entityType="FivePartyMeeting" />
      </SimpleShowLayout>
    </Show>
  );
}

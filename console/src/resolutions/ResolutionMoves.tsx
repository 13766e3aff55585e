import { Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { RESOLUTION_TRANSITIONS, ResolutionAction, ResolutionPhase } from '../../../api/src/resolutions/resolution-phases';
import { nextState } from '../../../api/src/filings/transitions';
import type { RegistryDataProvider } from '../resources';
import { FormDialog, useDialogAction, useDialogFieldProblems } from '../shared/FormDialog';
import { everyoneVotedIn, noticedFirstDay, periodHold } from '../elections/votingPeriod';
import { moveRuleText } from '../shared/errorText';
import { useFormat } from '../shared/fields';

/** The move the server's lifecycle table offers from this phase (draft → voting → closed), if any. */
function moveFrom(phase: ResolutionPhase): { action: ResolutionAction; to: ResolutionPhase } | undefined {
  for (const action of Object.values(ResolutionAction)) {
    const to = nextState(RESOLUTION_TRANSITIONS, phase, action);
    if (to) return { action, to };
  }
  return undefined;
}

/**
 * Open the vote or close it, for an officer (the list already holds only the officer's own subdistricts, and
 * the server checks again), asking first; the move carries the version seen, so a stale page is refused. The
 * announced voting period holds the move back as the server would (announced-period.ts), saying why beside it.
 */
export function ResolutionMoves() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'resolutions', action: 'move', record });
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  const format = useFormat();
  const move = record ? moveFrom(record.phase as ResolutionPhase) : undefined;
  if (!record || !canAccess || !move) return null;
  const label = translate(`wuye.resolutionAction.${move.action}`);
  const hold = periodHold(move.action, { startsOn: record.votingStartsOn ?? null, endsOn: record.votingEndsOn ?? null }, everyoneVotedIn(record.tally));

  const confirm = () =>
    act(
      () => dataProvider.moveResolution({ id: String(record.id), version: record.version, action: move.action }),
      'wuye.resolution.moved',
      ({ data }) => ({ phase: translate(`wuye.resolutionPhase.${data.phase}`) }),
    );

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="resolution-moves">
      {hold && (
        <Typography variant="caption" color="text.secondary" data-testid="move-hold" data-rule={hold.rule}>
          {moveRuleText(hold.rule, { ...hold.args, ...format.days(hold.args ?? {}) }, translate)}
        </Typography>
      )}
      <PeriodButton />
      <Button
        size="small"
        variant="outlined"
        disabled={!!hold}
        onClick={() => {
          setError(null);
          setAsking(true);
        }}
        data-testid={`move-${move.action}`}
      >
        {label}
      </Button>
      {asking && (
        <FormDialog
          open
          testId="move-dialog"
          title={translate('wuye.workspace.move_title', { action: label })}
          content={translate(`wuye.resolution.move_content.${move.action}`, {
            from: translate(`wuye.resolutionPhase.${record.phase}`),
            to: translate(`wuye.resolutionPhase.${move.to}`),
          })}
          confirmLabel={label}
          error={error}
          onClose={() => setAsking(false)}
          onConfirm={confirm}
        />
      )}
    </Stack>
  );
}

/**
 * Announce the voting period anew: a late officer moves it before opening, an open vote is extended (the server
 * refuses shortening it, withdrawing it, or any change once closed, and says so next to the dates).
 */
function PeriodButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const act = useDialogAction(setError);
  const problems = useDialogFieldProblems();
  if (!record || record.phase === ResolutionPhase.CLOSED) return null;
  const fields = 'resources.resolutions.fields';
  const open = () => {
    // a vote without a first day is offered the earliest the notice allows
    setStartsOn(record.votingStartsOn ?? (record.phase === ResolutionPhase.DRAFT ? noticedFirstDay() : ''));
    setEndsOn(record.votingEndsOn ?? '');
    setError(null);
    problems.reset();
    setAsking(true);
  };
  const confirm = () =>
    act(
      problems.keeping(() =>
        dataProvider.updateResolutionVotingPeriod({ id: String(record.id), version: record.version, votingStartsOn: startsOn || null, votingEndsOn: endsOn || null }),
      ),
      'wuye.resolution.period_announced',
    );
  return (
    <>
      <Button size="small" onClick={open} data-testid="announce-period">
        {translate('wuye.resolution.announce_period')}
      </Button>
      {asking && (
        <FormDialog
          open
          testId="period-dialog"
          title={translate('wuye.resolution.announce_period')}
          content={translate(record.phase === ResolutionPhase.VOTING ? 'wuye.resolution.announce_content_open' : 'wuye.resolution.announce_content')}
          confirmLabel={translate('wuye.resolution.announce_period')}
          error={error}
          onClose={() => setAsking(false)}
          onConfirm={confirm}
        >
          <TextField
            type="date"
            label={translate(`${fields}.votingStartsOn`)}
            value={startsOn}
            onChange={(e) => setStartsOn(e.target.value)}
            disabled={record.phase === ResolutionPhase.VOTING}
            slotProps={{ inputLabel: { shrink: true } }}
            data-testid="period-starts-on"
            {...problems.fieldProps('votingStartsOn')}
          />
          <TextField
            type="date"
            label={translate(`${fields}.votingEndsOn`)}
            value={endsOn}
            onChange={(e) => setEndsOn(e.target.value)}
            slotProps={{ inputLabel: { shrink: true } }}
            data-testid="period-ends-on"
            {...problems.fieldProps('votingEndsOn')}
          />
        </FormDialog>
      )}
    </>
  );
}

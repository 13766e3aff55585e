import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { RecordContextProvider, useCanAccess, useDataProvider, useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { ELECTION_TRANSITIONS, ElectionAction, MOVE_NOTE_MAX_LENGTH, moveNoteProblem, type ElectionCancelReason, type ElectionPhase } from '../../../api/src/elections/election-phases';
import { allowedActions, nextState } from '../../../api/src/filings/transitions';
import type { RegistryDataProvider } from '../resources';
import { cancelReasonChoices, chosen } from '../shared/choices';
import { moveRuleText, refusalArgs } from '../shared/errorText';
import { todayInChina, useFormat } from '../shared/fields';
import { FormDialog, useDialogFieldProblems, useErrorText } from '../shared/FormDialog';
import { CertifiedCommittee } from './CertifiedCommittee';
import { moveHolds, type MoveHold } from './moveHolds';
import { useTally } from './useTally';
import { everyoneVotedIn } from './votingPeriod';
import { useByLabel } from '../shared/LabelOrderInputs';
import { useOwnerRoll } from '../owners/ownerRoll';

/** The moves that say why in words (moveNoteProblem): kept on the election's history. */
const NOTE_ACTIONS: readonly ElectionAction[] = [ElectionAction.REOPEN_REVIEW, ElectionAction.RECOUNT, ElectionAction.CANCEL];

/**
 * The moves the server offers this caller now (`availableActions`: the lifecycle table, for an officer of the
 * estate's subdistrict, less what the move would refuse today), each asking for confirmation; a move of the phase the
 * server holds is shown disabled where the page can say why (moveHolds), otherwise not at all; cancelling, reopening the review and recounting ask why. Nomination, voting and the result's
 * publicity begin on the first day announced for them and end no earlier than their last, as the server holds; a late
 * officer plans the phase's dates anew first (edit). Closing the vote asks for the day the owners voted (the
 * committee filing's 30 days count from it); certifying says where the new committee and its filing are.
 */
export function MoveButtons() {
  const record = useRecordContext();
  const translate = useTranslate();
  const byLabel = useByLabel();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'elections', action: 'move', record });
  const [action, setAction] = useState<ElectionAction | null>(null);
  const [reason, setReason] = useState('');
  const [votedOn, setVotedOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const fieldProblems = useDialogFieldProblems();
  const [locale] = useLocaleState();
  const format = useFormat();
  // closing the vote before its announced last day needs everyone to have voted: the tally says whether they have
  const offered = (record?.availableActions ?? []) as ElectionAction[];
  // an officer of the estate is offered at least CANCEL until the election is final: only then are held moves explained
  const phaseMoves = record && offered.length ? allowedActions(ELECTION_TRANSITIONS, record.phase as ElectionPhase) : [];
  const { data: tally } = useTally(record && canAccess && phaseMoves.includes(ElectionAction.CLOSE_VOTING) && !offered.includes(ElectionAction.CLOSE_VOTING) ? String(record.id) : undefined);
  // nomination waits for the owner roll (NO_OWNER_ROLL): read only while that move is held
  const { data: roll } = useOwnerRoll(record && canAccess && phaseMoves.includes(ElectionAction.OPEN_NOMINATION) && !offered.includes(ElectionAction.OPEN_NOMINATION) ? String(record.estateId) : undefined);
  if (!record || !canAccess) return null;
  const to = action ? nextState(ELECTION_TRANSITIONS, record.phase as ElectionPhase, action) : null;
  const phases = (record.phases as Array<{ phase: string; startsOn: string | null; endsOn: string | null }> | undefined) ?? [];
  // what the page knows the server would refuse (the announced dates, the candidates' decisions): held, saying why
  const seen = { seats: record.seats as number, phases, candidates: (record.candidates ?? []) as Array<{ decision: string; withdrawn: boolean; owner: { name: string } | null }>, everyoneVoted: everyoneVotedIn(tally), hasRoll: roll ? roll.units > 0 : undefined };
  // the server decides what is offered; the page only says why a move it holds is held, when it can see why
  const holdsOf = new Map(phaseMoves.filter((a) => !offered.includes(a)).map((a) => [a, moveHolds(a, seen)] as const));
  const actions = phaseMoves.filter((a) => offered.includes(a) || (holdsOf.get(a)?.length ?? 0) > 0);
  const hold = (a: ElectionAction) => (offered.includes(a) ? 0 : (holdsOf.get(a)?.length ?? 0));
  const holdText = ({ rule, args = {} }: MoveHold) => moveRuleText(rule, { ...refusalArgs(args, locale), ...format.days(args) }, translate);
  // each reason once, beside the moves it holds (a move held by several says each)
  const held = [...new Map(actions.flatMap((a) => (holdsOf.get(a) ?? []).map((h) => [holdText(h), h.rule] as const))).entries()];
  const heldBy = (a: ElectionAction) => {
    const texts = new Set((holdsOf.get(a) ?? []).map(holdText));
    return held.flatMap(([text], i) => (texts.has(text) ? [`move-hold-${record.id}-${i}`] : [])).join(' ') || undefined;
  };

  // ballots on paper are often typed in after the period: its last day, once it is over, is the likelier voting day
  const votingEndsOn = phases.find((p) => p.phase === 'VOTING')?.endsOn ?? null;
  const today = todayInChina();
  // the voting day lies within the announced period and not in the future (the server refuses later days: VOTED_ON_AFTER_VOTING_PERIOD)
  const lastVotingDay = votingEndsOn && votingEndsOn < today ? votingEndsOn : today;
  const open = (a: ElectionAction) => {
    setAction(a);
    setReason('');
    setNote('');
    setVotedOn(lastVotingDay);
    setError(null);
    fieldProblems.reset();
  };
  const move = async (): Promise<boolean> => {
    try {
      const call = fieldProblems.keeping(() =>
        dataProvider.moveElection({
          id: String(record.id),
          version: record.version,
          action: action!,
          cancelReason: chosen(cancelReasonChoices, reason) ?? null,
          votedOn: action === 'CLOSE_VOTING' ? votedOn : null,
          note: NOTE_ACTIONS.includes(action!) ? note : null,
        }),
      );
      const { data } = await call();
      if (data.committeeId && action === 'CERTIFY') {
        // the new committee's filing is due within 30 days: say where it is, until the user has read it
        notify(
          <RecordContextProvider value={data}>
            <CertifiedCommittee />
          </RecordContextProvider>,
          { type: 'success', autoHideDuration: 15000 },
        );
      } else {
        notify('wuye.workspace.moved', { type: 'success', messageArgs: { phase: translate(`wuye.electionPhase.${data.phase}`) } });
      }
      refresh();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="election-moves">
      {held.map(([text, rule], i) => (
        <Typography key={text} id={`move-hold-${record.id}-${i}`} variant="caption" color="text.secondary" data-testid="move-hold" data-rule={rule}>
          {text}
        </Typography>
      ))}
      {actions.map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === 'CANCEL' ? 'text' : 'outlined'}
          color={a === 'CANCEL' ? 'error' : 'primary'}
          disabled={hold(a) > 0}
          aria-describedby={heldBy(a)}
          onClick={() => open(a)}
          data-testid={`move-${a}`}
        >
          {translate(`wuye.electionAction.${a}`)}
        </Button>
      ))}
      {action && (
        <FormDialog
          open
          testId="move-dialog"
          title={translate('wuye.workspace.move_title', { action: translate(`wuye.electionAction.${action}`) })}
          content={
            action === 'CANCEL'
              ? translate('wuye.workspace.cancel_content')
              : [
                  translate('wuye.workspace.move_content', { from: translate(`wuye.electionPhase.${record.phase}`), to: translate(`wuye.electionPhase.${to}`) }),
                  translate(`wuye.workspace.move_consequence.${action}`, { _: '' }),
                ]
                  .filter(Boolean)
                  .join(' ')
          }
          confirmLabel={translate(`wuye.electionAction.${action}`)}
          danger={action === 'CANCEL'}
          ready={(action !== 'CANCEL' || !!reason) && (action !== 'CLOSE_VOTING' || !!votedOn) && !moveNoteProblem(action, (chosen(cancelReasonChoices, reason) as ElectionCancelReason | undefined) ?? null, note.trim() || null)}
          error={error}
          onClose={() => setAction(null)}
          onConfirm={move}
        >
          {action === 'CLOSE_VOTING' && (
            <TextField
              type="date"
              required
              label={translate('wuye.workspace.voted_on')}
              value={votedOn}
              onChange={(e) => setVotedOn(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: lastVotingDay, 'data-testid': 'voted-on' } }}
              {...fieldProblems.fieldProps('votedOn')}
              helperText={fieldProblems.fieldProps('votedOn').helperText ?? translate('wuye.workspace.voted_on_help')}
            />
          )}
          {action === 'CANCEL' && (
            <TextField select required label={translate('wuye.workspace.cancel_reason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="cancel-reason">
              {byLabel(cancelReasonChoices).map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {translate(c.name)}
                </MenuItem>
              ))}
            </TextField>
          )}
          {NOTE_ACTIONS.includes(action) && (
            <TextField
              multiline
              minRows={2}
              required={action !== 'CANCEL' || reason === 'OTHER'}
              label={translate('wuye.workspace.move_note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              slotProps={{ htmlInput: { maxLength: MOVE_NOTE_MAX_LENGTH, 'data-testid': 'move-note' } }}
              {...fieldProblems.fieldProps('note')}
              helperText={fieldProblems.fieldProps('note').helperText ?? translate(`wuye.workspace.move_note_help.${action}`)}
            />
          )}
        </FormDialog>
      )}
    </Stack>
  );
}

import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ELECTION_TRANSITIONS, type ElectionAction, type ElectionPhase } from '../../../api/src/elections/election-phases';
import { nextState } from '../../../api/src/filings/transitions';
import type { RegistryDataProvider } from '../resources';
import { cancelReasonChoices, chosen } from '../shared/choices';
import { FormDialog, useDialogAction } from '../shared/FormDialog';
import { periodHold } from './votingPeriod';

/**
 * The moves the server offers this caller now (`availableActions`: the lifecycle table, for an officer of the
 * estate's subdistrict), each asking for confirmation; cancelling asks why. Opening the vote waits for the first
 * day of the announced voting period, as the server does; a late officer plans the VOTING dates anew first (edit).
 */
export function MoveButtons() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'elections', action: 'move', record });
  const [action, setAction] = useState<ElectionAction | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  if (!record || !canAccess) return null;
  const actions = (record.availableActions ?? []) as ElectionAction[];
  const to = action ? nextState(ELECTION_TRANSITIONS, record.phase as ElectionPhase, action) : null;
  const voting = (record.phases as Array<{ phase: string; startsOn: string | null; endsOn: string | null }> | undefined)?.find((p) => p.phase === 'VOTING');
  // whether everyone has voted is not known on this page: closing early is left to the server
  const hold = (a: ElectionAction) => periodHold(a, { startsOn: voting?.startsOn ?? null, endsOn: voting?.endsOn ?? null });
  const held = actions.map(hold).find((rule) => rule);

  const open = (a: ElectionAction) => {
    setAction(a);
    setReason('');
    setError(null);
  };
  const move = () =>
    act(
      () => dataProvider.moveElection({ id: String(record.id), version: record.version, action: action!, cancelReason: chosen(cancelReasonChoices, reason) ?? null }),
      'wuye.workspace.moved',
      ({ data }) => ({ phase: translate(`wuye.electionPhase.${data.phase}`) }),
    );

  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }} data-testid="election-moves">
      {held && (
        <Typography variant="caption" color="text.secondary" data-testid="move-hold" data-rule={held}>
          {translate(`wuye.rules.${held}`)}
        </Typography>
      )}
      {actions.map((a) => (
        <Button
          key={a}
          size="small"
          variant={a === 'CANCEL' ? 'text' : 'outlined'}
          color={a === 'CANCEL' ? 'error' : 'primary'}
          disabled={!!hold(a)}
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
              : translate('wuye.workspace.move_content', { from: translate(`wuye.electionPhase.${record.phase}`), to: translate(`wuye.electionPhase.${to}`) })
          }
          confirmLabel={translate(`wuye.electionAction.${action}`)}
          danger={action === 'CANCEL'}
          ready={action !== 'CANCEL' || !!reason}
          error={error}
          onClose={() => setAction(null)}
          onConfirm={move}
        >
          {action === 'CANCEL' && (
            <TextField select required label={translate('wuye.workspace.cancel_reason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="cancel-reason">
              {cancelReasonChoices.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {translate(c.name)}
                </MenuItem>
              ))}
            </TextField>
          )}
        </FormDialog>
      )}
    </Stack>
  );
}

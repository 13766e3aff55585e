import CheckIcon from '@mui/icons-material/Check';
import BlockIcon from '@mui/icons-material/Block';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState, type ReactElement } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import type { FilingActionName, FilingMove } from '../dataProvider';
import { errorCode } from '../dataProvider/errors';
import type { RegistryDataProvider } from '../resources';
import { chosen, returnReasonChoices, revokeReasonChoices } from './choices';
import { filingHold } from './filingHold';
import { useServerErrorNotifier } from './useServerErrorNotifier';
import { useByLabel } from './LabelOrderInputs';

export const FILING_ICONS: Record<FilingActionName, ReactElement> = {
  SUBMIT: <SendIcon />,
  APPROVE: <CheckIcon />,
  RETURN: <UndoIcon />,
  REVOKE: <BlockIcon />,
};

/** Refusals that mean the record moved on since the page read it: the page reads it again, so it shows what changed. */
const STALE = ['CONFLICT', 'INVALID_TRANSITION'];

/** The coded reasons a Return or Revoke takes. */
const REASONS: Partial<Record<FilingActionName, ReadonlyArray<{ id: string; name: string }>>> = { RETURN: returnReasonChoices, REVOKE: revokeReasonChoices };

/** The move the dialog's answers make: none yet while a Return or Revoke has no reason chosen, or "other" no note (the API's NOTE_REQUIRED). */
function filingMove(action: FilingActionName, reasonId: string, note: string | undefined): FilingMove | null {
  switch (action) {
    case 'SUBMIT':
    case 'APPROVE':
      return { action };
    case 'RETURN': {
      const reason = chosen(returnReasonChoices, reasonId);
      return reason && (reason !== 'OTHER' || note) ? { action, reason, note } : null;
    }
    case 'REVOKE': {
      const reason = chosen(revokeReasonChoices, reasonId);
      return reason && (reason !== 'OTHER' || note) ? { action, reason, note } : null;
    }
  }
}

/**
 * The confirmation every filing action asks for; Return and Revoke also take a coded reason and a note.
 * `onConfirm` gets the move with its reason and note; the dialog stays open while it runs.
 */
export function FilingActionDialog(props: {
  action: FilingActionName;
  open: boolean;
  title: string;
  content: string;
  onClose(): void;
  onConfirm(move: FilingMove): Promise<void>;
}) {
  const translate = useTranslate();
  const byLabel = useByLabel();
  const reasons = REASONS[props.action] && byLabel(REASONS[props.action]!);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  // opened again (another record, another bulk run), the dialog starts empty: no reason left from the last move
  const [shownOpen, setShownOpen] = useState(props.open);
  if (props.open !== shownOpen) {
    setShownOpen(props.open);
    if (props.open) (setReason(''), setNote(''));
  }
  const move = filingMove(props.action, reason, note.trim() || undefined);
  const confirm = async () => {
    if (!move) return;
    setBusy(true);
    try {
      await props.onConfirm(move);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={props.open} onClose={busy ? undefined : props.onClose} fullWidth maxWidth="sm" data-testid={`filing-dialog-${props.action}`}>
      <DialogTitle>{props.title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{props.content}</DialogContentText>
        {reasons && (
          <Stack spacing={2} sx={{ mt: 2 }}>
            <TextField select required label={translate('wuye.filing.reason')} value={reason} onChange={(e) => setReason(e.target.value)} name="reason" data-testid="filing-reason">
              {reasons.map((choice) => (
                <MenuItem key={choice.id} value={choice.id}>
                  {translate(choice.name)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('wuye.filing.note')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              multiline
              minRows={2}
              required={reason === 'OTHER'}
              helperText={reason === 'OTHER' ? translate('wuye.rules.NOTE_REQUIRED') : undefined}
              slotProps={{ htmlInput: { maxLength: 500 } }}
              name="note"
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button onClick={confirm} variant="contained" disabled={busy || !move} data-testid="filing-confirm">
          {translate(`wuye.filingAction.${props.action}`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/** One filing action as a button, shown only when the server lists it for this caller and their role has it. */
export function FilingActionButton({ action }: { action: FilingActionName }) {
  const record = useRecordContext();
  const resource = useResourceContext()!;
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const notifyError = useServerErrorNotifier();
  const [open, setOpen] = useState(false);
  const { canAccess } = useCanAccess({ resource, action: action.toLowerCase(), record });
  if (!record || !canAccess || !(record.availableActions as string[] | undefined)?.includes(action)) return null;

  const run = async (move: FilingMove) => {
    try {
      const { data } = await dataProvider.filingAction(resource, { id: record.id, version: record.version, ...move });
      notify(`wuye.filing.done.${action}`, { type: 'success', messageArgs: { number: data.filingNumber ?? '' } });
      setOpen(false);
      refresh();
    } catch (error) {
      setOpen(false);
      // the notice (CONFLICT's keeps its reload offer) and, under it, the record as it is now: its status and moves
      notifyError(error);
      if (STALE.includes(errorCode(error) ?? '')) refresh();
    }
  };
  const hold = filingHold(record as Parameters<typeof filingHold>[0], action);
  if (hold) {
    return (
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button startIcon={FILING_ICONS[action]} disabled variant="outlined" size="small" data-testid={`filing-${action}`}>
          {translate(`wuye.filingAction.${action}`)}
        </Button>
        <Typography variant="body2" color="warning.main" data-testid={`filing-${action}-hold`}>
          {translate(hold.key, hold.args)}
        </Typography>
      </Stack>
    );
  }
  return (
    <>
      <Button startIcon={FILING_ICONS[action]} onClick={() => setOpen(true)} variant="outlined" size="small" data-testid={`filing-${action}`}>
        {translate(`wuye.filingAction.${action}`)}
      </Button>
      <FilingActionDialog
        action={action}
        open={open}
        title={translate(`wuye.filing.confirm_title.${action}`, { name: record.name })}
        content={translate(`wuye.filing.confirm_content.${action}`)}
        onClose={() => setOpen(false)}
        onConfirm={run}
      />
    </>
  );
}

/** The filing actions of the record on its show page. */
export function FilingActions() {
  return (
    <Stack direction="row" spacing={1} data-testid="filing-actions">
      {(['SUBMIT', 'APPROVE', 'RETURN', 'REVOKE'] as const).map((action) => (
        <FilingActionButton key={action} action={action} />
      ))}
    </Stack>
  );
}

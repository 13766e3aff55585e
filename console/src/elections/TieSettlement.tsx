import { Alert, Button, Checkbox, FormControl, FormControlLabel, FormGroup, FormHelperText, FormLabel, MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { TieSettlementMethod } from '../generated/graphql';
import { useTally, type Tally } from './useTally';
import type { RegistryDataProvider } from '../resources';
import { todayInChina } from '../shared/fields';
import { FormDialog, useDialogFieldProblems, useErrorText } from '../shared/FormDialog';

const METHODS: readonly TieSettlementMethod[] = ['RUNOFF_VOTE', 'DRAWING_LOTS'];
/** while the result is counted or published: the server refuses other phases (docs/roles-and-workflows.md#elections) */
const SETTLING_PHASES = ['COUNTING', 'RESULT_PUBLICITY'];

const namesOf = (record: { candidates?: Array<{ id: string; owner: { name: string } | null }> }) =>
  new Map((record.candidates ?? []).map((c) => [c.id, c.owner?.name ?? c.id]));

/**
 * 「按议事规则确定末位当选」: while the count's tie at the last seat is unsettled, the officer records how the owners'
 * rules of procedure broke it — another vote or lots, the tied candidates chosen (as many as seats were left), the
 * day and who witnessed it (docs/domain-rules.md#election-tally). The server checks it all and keeps it; certifying may then go on.
 */
export function TieSettlementButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'elections', action: 'settleTie', record });
  const settling = !!record && SETTLING_PHASES.includes(record.phase);
  const { data: tally } = useTally(settling && canAccess ? String(record!.id) : undefined);
  const [open, setOpen] = useState(false);
  const [method, setMethod] = useState<TieSettlementMethod | ''>('');
  const [chosen, setChosen] = useState<string[]>([]);
  const [decidedOn, setDecidedOn] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const fieldProblems = useDialogFieldProblems();
  const tie = tally?.issues.find((i) => i.code === 'TIE_AT_LAST_SEAT' && !i.settled);
  // one settlement per count: once recorded, another officer confirms it (TieConfirmButton)
  if (!record || !canAccess || !settling || !tally || !tie || tally.tieSettlement) return null;
  const names = namesOf(record as never);
  const tied = tie.candidateIds ?? [];
  const seatsLeft = tally.seats - tally.electedIds.length;
  const today = todayInChina();

  const start = () => {
    setMethod('');
    setChosen([]);
    setDecidedOn(today);
    setNote('');
    setError(null);
    fieldProblems.reset();
    setOpen(true);
  };
  const toggle = (id: string) => setChosen((now) => (now.includes(id) ? now.filter((c) => c !== id) : [...now, id]));
  const settle = async (): Promise<boolean> => {
    try {
      await fieldProblems.keeping(() =>
        dataProvider.settleTieAtLastSeat(String(record.id), record.version, { method: method as TieSettlementMethod, chosenCandidateIds: chosen, decidedOn, note }),
      )();
      notify('wuye.tieSettlement.done', { type: 'success' });
      refresh();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  const choice = fieldProblems.fieldProps('chosenCandidateIds');

  return (
    <>
      <Button size="small" variant="contained" color="warning" onClick={start} data-testid="settle-tie">
        {translate('wuye.tieSettlement.button')}
      </Button>
      {open && (
        <FormDialog
          open
          testId="settle-tie-dialog"
          title={translate('wuye.tieSettlement.button')}
          content={translate('wuye.tieSettlement.content', { names: tied.map((id) => names.get(id) ?? id).join('、'), smart_count: seatsLeft })}
          confirmLabel={translate('wuye.tieSettlement.confirm')}
          ready={!!method && chosen.length === seatsLeft && !!decidedOn && note.trim().length > 0}
          error={error}
          onClose={() => setOpen(false)}
          onConfirm={settle}
        >
          <TextField
            select
            required
            label={translate('wuye.tieSettlement.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value as TieSettlementMethod)}
            data-testid="settle-tie-method"
            {...fieldProblems.fieldProps('method')}
          >
            {METHODS.map((m) => (
              <MenuItem key={m} value={m}>
                {translate(`wuye.tieSettlement.methods.${m}`)}
              </MenuItem>
            ))}
          </TextField>
          <FormControl required error={choice.error} data-testid="settle-tie-chosen">
            <FormLabel>{translate('wuye.tieSettlement.chosen', { smart_count: seatsLeft })}</FormLabel>
            <FormGroup>
              {tied.map((id) => (
                <FormControlLabel
                  key={id}
                  control={<Checkbox checked={chosen.includes(id)} onChange={() => toggle(id)} slotProps={{ input: { 'data-testid': `settle-tie-candidate-${id}` } as never }} />}
                  label={names.get(id) ?? id}
                />
              ))}
            </FormGroup>
            {choice.helperText && <FormHelperText>{choice.helperText}</FormHelperText>}
          </FormControl>
          <TextField
            type="date"
            required
            label={translate('wuye.tieSettlement.decided_on')}
            value={decidedOn}
            onChange={(e) => setDecidedOn(e.target.value)}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today, 'data-testid': 'settle-tie-decided-on' } }}
            {...fieldProblems.fieldProps('decidedOn')}
          />
          <TextField
            required
            multiline
            minRows={2}
            label={translate('wuye.tieSettlement.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': 'settle-tie-note' } }}
            {...fieldProblems.fieldProps('note')}
            helperText={fieldProblems.fieldProps('note').helperText ?? translate('wuye.tieSettlement.note_help')}
          />
        </FormDialog>
      )}
    </>
  );
}

/**
 * 「确认末位当选」: the settlement one officer recorded is confirmed by another officer with jurisdiction over the estate
 * (maker-checker, docs/roles-and-workflows.md#elections); offered only to whom the server says may (confirmRefusal null).
 */
export function TieConfirmButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'elections', action: 'confirmTie', record });
  const settling = !!record && SETTLING_PHASES.includes(record.phase);
  const { data: tally } = useTally(settling && canAccess ? String(record!.id) : undefined);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const settlement = tally?.tieSettlement;
  if (!record || !canAccess || !settling || !settlement || settlement.confirmed || settlement.confirmRefusal !== null) return null;
  const names = namesOf(record as never);
  const confirm = async (): Promise<boolean> => {
    try {
      await dataProvider.confirmTieSettlement(String(record.id), record.version);
      notify('wuye.tieSettlement.confirmed_done', { type: 'success' });
      refresh();
      return true;
    } catch (e) {
      setError(errorText(e));
      return false;
    }
  };
  return (
    <>
      <Button size="small" variant="contained" color="warning" onClick={() => (setError(null), setOpen(true))} data-testid="confirm-tie">
        {translate('wuye.tieSettlement.confirm_button')}
      </Button>
      {open && (
        <FormDialog
          open
          testId="confirm-tie-dialog"
          title={translate('wuye.tieSettlement.confirm_button')}
          content={translate('wuye.tieSettlement.confirm_content', {
            method: translate(`wuye.tieSettlement.methods.${settlement.method}`),
            names: settlement.chosenCandidateIds.map((id) => names.get(id) ?? id).join('、'),
            decidedOn: settlement.decidedOn,
            note: settlement.note,
          })}
          confirmLabel={translate('wuye.tieSettlement.confirm_confirm')}
          ready
          error={error}
          onClose={() => setOpen(false)}
          onConfirm={confirm}
        />
      )}
    </>
  );
}

/** How the tie was settled, beside the count (the tally tab): recorded and awaiting another officer, or confirmed. */
export function TieSettlementNotice({ tally }: { tally: Tally }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const settlement = tally.tieSettlement;
  if (!record || !settlement) return null;
  const names = namesOf(record as never);
  return (
    <Alert severity={settlement.confirmed ? 'success' : 'warning'} data-testid="tie-settlement" data-confirmed={settlement.confirmed}>
      {translate(settlement.confirmed ? 'wuye.tieSettlement.settled' : 'wuye.tieSettlement.awaiting', {
        method: translate(`wuye.tieSettlement.methods.${settlement.method}`),
        names: settlement.chosenCandidateIds.map((id) => names.get(id) ?? id).join('、'),
        decidedOn: settlement.decidedOn,
        note: settlement.note,
      })}
    </Alert>
  );
}

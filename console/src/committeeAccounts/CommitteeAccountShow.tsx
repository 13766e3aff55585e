import { useQuery } from '@tanstack/react-query';
import { Accordion, AccordionDetails, AccordionSummary, Alert, Box, Button, Chip, Link, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { useRef, useState } from 'react';
import { SimpleShowLayout, TextField as RaTextField, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import type { AccountPeriodAction, EntryDirection } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { MoneyField, todayInChina, useFormat } from '../shared/fields';
import { FormDialog, useDecimalProblem, useDialogAction, useDialogFieldProblems, useErrorText } from '../shared/FormDialog';
import { readAsBase64 } from '../shared/files';
import { yuan } from '../shared/money';
import { ShowActions } from '../shared/ResourceActions';
import { PendingProposal } from '../shared/PendingProposal';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { ENTRY_CATEGORIES } from './categories';
import { StatementTable } from './StatementTable';

type Period = Awaited<ReturnType<RegistryDataProvider['accountPeriods']>>['data'][number];
const STATUS_COLORS = { OPEN: 'default', CLOSED: 'warning', COUNTERSIGNED: 'info', PUBLISHED: 'success' } as const;

function useSittingMembers(estateId: string | undefined) {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return useQuery({ queryKey: ['sittingMembers', estateId], queryFn: () => dataProvider.sittingMembers(estateId!), enabled: !!estateId }).data?.data ?? [];
}

/** A quarter's entries: vouchers, the community's sign-off (or refusal, with its reason) of what waits for it. */
function Entries({ period }: { period: Period }) {
  const translate = useTranslate();
  const format = useFormat();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canBook } = useCanAccess({ resource: 'committeeAccounts', action: 'book' });
  const upload = useRef<HTMLInputElement>(null);
  const [target, setTarget] = useState<string | null>(null);
  const [refusing, setRefusing] = useState<{ id: string; version: number } | null>(null);
  const [refusalNote, setRefusalNote] = useState('');
  const [refusalError, setRefusalError] = useState<string | null>(null);
  const { keeping, fieldProps } = useDialogFieldProblems();
  const refuseAct = useDialogAction(setRefusalError);
  const { data } = useQuery({ queryKey: ['accountEntries', period.id], queryFn: () => dataProvider.accountEntries(period.id) });
  const open = period.status === 'OPEN';
  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      notify(done, { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorText(e), { type: 'error' });
    }
  };
  return (
    <>
      <Table size="small" data-testid={`entries-${period.id}`}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.money.occurred_on')}</TableCell>
            <TableCell>{translate('wuye.money.category')}</TableCell>
            <TableCell>{translate('wuye.money.counterparty')}</TableCell>
            <TableCell align="right">{translate('wuye.money.amount')}</TableCell>
            <TableCell>{translate('wuye.money.entered_by')}</TableCell>
            <TableCell>{translate('wuye.money.vouchers')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {(data?.data ?? []).map((e) => (
            <TableRow key={e.id}>
              <TableCell>{format.day(e.occurredOn)}</TableCell>
              <TableCell>
                {translate(`wuye.entryCategory.${e.category}`)}
                {e.correctsEntryId && <Chip size="small" sx={{ ml: 1 }} label={translate('wuye.money.corrects', { id: e.correctsEntryId })} />}
              </TableCell>
              <TableCell>
                {e.counterparty}
                {e.description && (
                  <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                    {e.description}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{(e.direction === 'SPENDING' ? '−' : '') + yuan(e.amount)}</TableCell>
              <TableCell>{e.enteredBy}</TableCell>
              <TableCell>{e.vouchers.map((v) => v.fileName).join('、') || '—'}</TableCell>
              <TableCell>
                {e.signOffRefusedAt && (
                  // kept on the quarter, counted nowhere (docs/domain-rules.md#committee-accounts)
                  <Chip size="small" color="error" label={translate('wuye.money.sign_off_refused', { reason: e.signOffRefusalNote ?? '' })} sx={{ mr: 1 }} data-testid={`sign-off-refused-${e.id}`} />
                )}
                {e.signOffRequired && !e.signedOffAt && !e.signOffRefusedAt && (
                  <Chip size="small" color="warning" label={translate('wuye.money.awaiting_sign_off')} sx={{ mr: 1 }} />
                )}
                {canBook && open && e.signOffRequired && !e.signedOffAt && !e.signOffRefusedAt && (
                  <>
                    <Button size="small" onClick={() => act(() => dataProvider.signOffAccountEntry(e.id, e.version), 'wuye.money.signed_off')} data-testid={`sign-off-${e.id}`}>
                      {translate('wuye.money.sign_off')}
                    </Button>
                    <Button
                      size="small"
                      color="error"
                      onClick={() => (setRefusalError(null), setRefusalNote(''), setRefusing({ id: e.id, version: e.version }))}
                      data-testid={`refuse-sign-off-${e.id}`}
                    >
                      {translate('wuye.money.refuse_sign_off')}
                    </Button>
                  </>
                )}
                {canBook && open && (
                  <Button size="small" onClick={() => (setTarget(e.id), upload.current?.click())}>
                    {translate('wuye.money.add_voucher')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {refusing && (
        <FormDialog
          open
          testId="refuse-sign-off-dialog"
          title={translate('wuye.money.refuse_sign_off')}
          content={translate('wuye.money.refuse_sign_off_help')}
          confirmLabel={translate('wuye.money.refuse_sign_off')}
          ready={refusalNote.trim() !== ''}
          error={refusalError}
          onClose={() => setRefusing(null)}
          onConfirm={() => refuseAct(keeping(() => dataProvider.refuseAccountEntrySignOff(refusing.id, refusing.version, refusalNote.trim())), 'wuye.money.sign_off_refused_done')}
        >
          <TextField
            label={translate('wuye.money.refusal_reason')}
            value={refusalNote}
            onChange={(e) => setRefusalNote(e.target.value)}
            multiline
            minRows={2}
            required
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'refuse-sign-off-reason' } }}
            {...fieldProps('note')}
          />
        </FormDialog>
      )}
      {/* beside the table, not in it: an <input> cannot be a child of <table> */}
      <input
        ref={upload}
        type="file"
        hidden
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file && target) await act(async () => dataProvider.addAccountVoucher(target, file.name, await readAsBase64(file)), 'wuye.money.voucher_added');
        }}
      />
    </>
  );
}

/** One quarter: its status, statement, the moves the table offers now, and for a published one the public page and PDF. */
function PeriodPanel({ period, estateId, expanded }: { period: Period; estateId: string; expanded: boolean }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canMove } = useCanAccess({ resource: 'committeeAccounts', action: 'move' });
  const members = useSittingMembers(estateId);
  const [asking, setAsking] = useState<AccountPeriodAction | null>(null);
  const format = useFormat();
  const [memberId, setMemberId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const ready = asking === 'CLOSE' ? memberId !== '' : asking === 'RETURN' ? note.trim() !== '' : true;
  const move = (action: AccountPeriodAction) =>
    keeping(() =>
      dataProvider.moveAccountPeriod({ id: period.id, version: period.version, action, memberId: action === 'CLOSE' ? memberId : null, note: action === 'RETURN' ? note.trim() : null }),
    );
  return (
    <Accordion defaultExpanded={expanded} data-testid={`period-${period.year}-${period.quarter}`}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Typography>{translate('wuye.money.period_title', { year: period.year, quarter: period.quarter })}</Typography>
          <Chip size="small" label={translate(`wuye.periodStatus.${period.status}`)} color={STATUS_COLORS[period.status]} />
          <Typography variant="body2" color="text.secondary">
            {translate('wuye.money.closing')} {yuan(period.statement.closing)}
          </Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        <Stack spacing={2}>
          {period.returnedAt && (
            // the community's objection stays on the quarter, also once it is closed again
            <Alert severity={period.status === 'OPEN' ? 'warning' : 'info'} data-testid="period-returned">
              {translate('wuye.money.returned', { date: format.instant(period.returnedAt), reason: period.returnReason ?? '' })}
            </Alert>
          )}
          <StatementTable statement={period.statement} />
          <Stack direction="row" spacing={1}>
            {canMove &&
              period.availableActions.map((action) => (
                <Button key={action} size="small" variant="outlined" onClick={() => (setError(null), setNote(''), setAsking(action))} data-testid={`period-${action}`}>
                  {translate(`wuye.periodAction.${action}`)}
                </Button>
              ))}
            {canMove && period.closeHoldRule && (
              // why 结账 is not offered, as the server's move would refuse it (closeHolds)
              <Typography variant="body2" color="text.secondary" data-testid="period-close-held">
                {translate(`wuye.money.close_held.${period.closeHoldRule}`)}
              </Typography>
            )}
            {period.status === 'PUBLISHED' && (
              <>
                <Link href={`#/public/statements/${period.id}`} target="_blank" rel="noopener">
                  {translate('wuye.money.public_page')}
                </Link>
                <Link href={`/documents/account-statements/${period.id}/statement.pdf`}>{translate('wuye.money.pdf')}</Link>
              </>
            )}
          </Stack>
          <Entries period={period} />
        </Stack>
        {asking && (
          <FormDialog
            open
            testId="period-dialog"
            title={translate(`wuye.periodAction.${asking}`)}
            content={translate(`wuye.money.period_help.${asking}`)}
            confirmLabel={translate(`wuye.periodAction.${asking}`)}
            ready={ready}
            error={error}
            onClose={() => setAsking(null)}
            onConfirm={() => act(move(asking), 'wuye.money.period_moved')}
          >
            {asking === 'RETURN' && (
              <TextField
                label={translate('wuye.money.return_reason')}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                multiline
                minRows={2}
                required
                slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'period-return-reason' } }}
                {...fieldProps('note')}
              />
            )}
            {asking === 'CLOSE' && (
              <TextField select label={translate('wuye.money.closing_member')} value={memberId} onChange={(e) => setMemberId(e.target.value)}>
                {members.map((m) => (
                  <MenuItem key={m.id} value={m.id}>
                    {m.name}（{translate(`wuye.committeePosition.${m.position}`)}）
                  </MenuItem>
                ))}
              </TextField>
            )}
          </FormDialog>
        )}
      </AccordionDetails>
    </Accordion>
  );
}

/** The book's terms as the rules of procedure now say: the spending limit and the days a quarter's statement is due. */
function Terms() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'committeeAccounts', action: 'terms' });
  const [values, setValues] = useState<{ spendingLimit: string; statementDueDays: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const decimalProblem = useDecimalProblem();
  if (!record || !canAccess) return null;
  const field = (name: 'spendingLimit' | 'statementDueDays', inputMode: 'decimal' | 'numeric') => ({
    label: translate(`resources.committeeAccounts.fields.${name}`),
    value: values?.[name] ?? '',
    onChange: (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => v && { ...v, [name]: e.target.value }),
    slotProps: { htmlInput: { inputMode, 'data-testid': `terms-${name}` } },
    ...fieldProps(name),
    ...(name === 'spendingLimit' && decimalProblem(values?.spendingLimit, 2) ? { error: true, helperText: decimalProblem(values?.spendingLimit, 2) } : {}),
  });
  const save = keeping(() =>
    dataProvider.setCommitteeAccountTerms(String(record.id), record.version, {
      spendingLimit: values!.spendingLimit.trim(),
      statementDueDays: Number(values!.statementDueDays.trim()),
    }),
  );
  return (
    <>
      <Button size="small" variant="outlined" onClick={() => (setError(null), setValues({ spendingLimit: String(record.spendingLimit), statementDueDays: String(record.statementDueDays) }))} data-testid="account-terms">
        {translate('wuye.money.terms')}
      </Button>
      {values && (
        <FormDialog
          open
          testId="terms-dialog"
          title={translate('wuye.money.terms')}
          content={translate('wuye.money.terms_help')}
          confirmLabel={translate('ra.action.save')}
          ready={values.spendingLimit.trim() !== '' && !decimalProblem(values.spendingLimit, 2) && /^\d+$/.test(values.statementDueDays.trim())}
          error={error}
          onClose={() => setValues(null)}
          onConfirm={() => act(save, 'wuye.money.terms_changed')}
        >
          <TextField {...field('spendingLimit', 'decimal')} />
          <TextField {...field('statementDueDays', 'numeric')} />
        </FormDialog>
      )}
    </>
  );
}

/** Looser terms proposed and waiting for another officer: shown on the book with the decision buttons. */
function PendingTerms() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const pending = record?.pendingTerms;
  if (!pending) return null;
  return (
    <PendingProposal
      testId="pending-terms"
      title={translate('wuye.proposal.account_terms_title')}
      what={translate('wuye.proposal.account_terms_what', { limit: yuan(pending.spendingLimit), days: pending.statementDueDays })}
      proposal={pending}
      decide={(args) => dataProvider.decideCommitteeAccountTerms(args)}
    />
  );
}

/** Booking an entry: income or spending, by a sitting member; above the limit with the owners' resolution. */
function AddEntry() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'committeeAccounts', action: 'book' });
  const members = useSittingMembers(record ? String(record.estateId) : undefined);
  const [open, setOpen] = useState(false);
  // each entry starts from a blank form dated today: nothing of the last entry is booked twice by mistake
  const blankEntry = () => ({ direction: 'INCOME' as EntryDirection, category: 'PARKING', amount: '', counterparty: '', occurredOn: todayInChina(), description: '', enteredByMemberId: '', correctsEntryId: '', resolutionId: '' });
  const [values, setValues] = useState(blankEntry);
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps, reset } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const decimalProblem = useDecimalProblem();
  if (!record || !canAccess) return null;
  const set = (field: keyof typeof values) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const book = keeping(() =>
    dataProvider.addAccountEntry({
      accountId: String(record.id),
      direction: values.direction,
      category: values.category,
      amount: values.amount.trim(),
      counterparty: values.counterparty.trim(),
      occurredOn: values.occurredOn,
      description: values.description.trim(),
      enteredByMemberId: values.enteredByMemberId,
      correctsEntryId: values.correctsEntryId.trim() || null,
      resolutionId: values.resolutionId.trim() || null,
    }),
  );
  const field = (name: keyof typeof values, extra: Record<string, unknown> = {}) => ({
    label: translate(`wuye.money.entry.${name}`),
    name,
    value: values[name],
    onChange: set(name),
    ...fieldProps(name),
    ...extra,
  });
  return (
    <>
      <Button variant="contained" size="small" onClick={() => (setError(null), reset(), setValues(blankEntry()), setOpen(true))} data-testid="add-entry">
        {translate('wuye.money.add_entry')}
      </Button>
      {open && (
        <FormDialog
          open
          testId="entry-dialog"
          title={translate('wuye.money.add_entry')}
          content={translate('wuye.money.entry_help')}
          confirmLabel={translate('wuye.money.add_entry')}
          ready={values.amount !== '' && !decimalProblem(values.amount, 2) && values.counterparty !== '' && values.enteredByMemberId !== ''}
          error={error}
          onClose={() => setOpen(false)}
          onConfirm={() => act(book, 'wuye.money.booked')}
        >
          <TextField
            select
            {...field('direction')}
            onChange={(e) => setValues((v) => ({ ...v, direction: e.target.value as EntryDirection, category: ENTRY_CATEGORIES[e.target.value as EntryDirection][0] }))}
          >
            {(['INCOME', 'SPENDING'] as const).map((d) => (
              <MenuItem key={d} value={d}>
                {translate(`wuye.entryDirection.${d}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField select {...field('category')}>
            {ENTRY_CATEGORIES[values.direction].map((c) => (
              <MenuItem key={c} value={c}>
                {translate(`wuye.entryCategory.${c}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            {...field('amount', { slotProps: { htmlInput: { inputMode: 'decimal' } } })}
            {...(decimalProblem(values.amount, 2) ? { error: true, helperText: decimalProblem(values.amount, 2) } : {})}
          />
          <TextField {...field('counterparty')} />
          <TextField type="date" {...field('occurredOn', { slotProps: { inputLabel: { shrink: true } } })} />
          <TextField {...field('description')} />
          <TextField select {...field('enteredByMemberId')}>
            {members.map((m) => (
              <MenuItem key={m.id} value={m.id}>
                {m.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField {...field('correctsEntryId')} />
          <TextField {...field('resolutionId')} />
        </FormDialog>
      )}
    </>
  );
}

function Periods() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { data } = useQuery({ queryKey: ['accountPeriods', record?.id], queryFn: () => dataProvider.accountPeriods(String(record!.id)), enabled: !!record });
  if (!record) return null;
  const periods = data?.data ?? [];
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{translate('wuye.money.periods')}</Typography>
        <AddEntry />
      </Stack>
      {periods.length === 0 && <Alert severity="info">{translate('wuye.money.no_periods')}</Alert>}
      {periods.map((p, i) => (
        <PeriodPanel key={p.id} period={p} estateId={String(record.estateId)} expanded={i === 0} />
      ))}
    </Box>
  );
}

/** An estate's book of public income (业账社管): its quarters, entries, close, countersign and publication. */
export default function CommitteeAccountShow() {
  const onError = useReadErrorHandler('committeeAccounts');
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions filing={false} />} queryOptions={{ onError }}>
      <SimpleShowLayout>
        <RaTextField source="estateName" />
        <MoneyField source="spendingLimit" />
        <RaTextField source="statementDueDays" />
        <Terms />
        <PendingTerms />
        <Alert severity="info" icon={false}>
          {translate('wuye.money.account_help')}
        </Alert>
        <Periods />
      </SimpleShowLayout>
    </Show>
  );
}

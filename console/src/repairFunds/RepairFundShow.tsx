import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, Chip, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { SimpleShowLayout, TextField as RaTextField, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import type { WithdrawalAction, WithdrawalCategory } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { useFormat, todayInChina } from '../shared/fields';
import { FormDialog, useDecimalProblem, useDialogAction, useDialogFieldProblems } from '../shared/FormDialog';
import { yuan } from '../shared/money';
import { areaText } from '../shared/formats';
import { ShowActions } from '../shared/ResourceActions';
import { PendingProposal } from '../shared/PendingProposal';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { FundStatementTable } from './FundStatementTable';
import { useByLabel } from '../shared/LabelOrderInputs';

export const WITHDRAWAL_CATEGORIES: WithdrawalCategory[] = [
  'ELEVATOR',
  'WATER_AND_DRAINAGE',
  'ELECTRICAL_AND_LIGHTING',
  'ROOF_AND_WALLS',
  'ROADS_AND_PARKING',
  'FIRE_SAFETY',
  'DOORS_AND_SECURITY',
  'GREENERY',
  'OTHER',
];

interface Accrual {
  id: string;
  month: string;
  chargedArea: string;
  feeRate: string;
  setAsidePercent: string;
  amount: string;
}

interface Correction {
  id: string;
  accrualId: string;
  postedOn: string;
  amount: string;
  reason: string;
}

/** Balance and the terms in force: the fee rate and the share set aside from each month on. */
function Balance() {
  const format = useFormat();
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ minWidth: 320 }}>
      <CardContent>
        <Typography variant="overline">{translate('wuye.money.balance')}</Typography>
        <Typography variant="h4" data-testid="fund-balance">
          {yuan(record.balance)}
        </Typography>
        {(record.terms as Array<{ fromMonth: string; feeRate: string; setAsidePercent: string }>).map((t) => (
          <Typography key={t.fromMonth} variant="body2" color="text.secondary">
            {translate('wuye.money.terms_from', { month: format.month(t.fromMonth), rate: t.feeRate, share: t.setAsidePercent })}
          </Typography>
        ))}
      </CardContent>
    </Card>
  );
}

/** A quarter's or the year's account: opening, accruals, withdrawals by category, closing. */
function Statement() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const today = todayInChina();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [quarter, setQuarter] = useState<number | 0>(Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1);
  const { data } = useQuery({
    queryKey: ['repairFundStatement', record?.id, year, quarter],
    queryFn: () => dataProvider.repairFundStatement(String(record!.id), year, quarter || null),
    enabled: !!record,
  });
  const s = data?.data;
  return (
    <Box data-testid="fund-statement">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{translate('wuye.money.statement')}</Typography>
        <TextField size="small" type="number" label={translate('wuye.money.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 110 }} />
        <TextField select size="small" label={translate('wuye.money.quarter')} value={quarter} onChange={(e) => setQuarter(Number(e.target.value))} sx={{ width: 150 }}>
          <MenuItem value={0}>{translate('wuye.money.whole_year')}</MenuItem>
          {[1, 2, 3, 4].map((q) => (
            <MenuItem key={q} value={q}>
              {translate('wuye.money.quarter_n', { quarter: q })}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {s && <FundStatementTable statement={s} />}
    </Box>
  );
}

function Accruals() {
  const format = useFormat();
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'repairFunds', action: 'accrue' });
  const { canAccess: canCorrect } = useCanAccess({ resource: 'repairFunds', action: 'correct' });
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(todayInChina().slice(0, 7));
  const [error, setError] = useState<string | null>(null);
  const act = useDialogAction(setError);
  if (!record) return null;
  const accruals = [...((record.accruals ?? []) as Accrual[])].reverse();
  const corrections = (record.corrections ?? []) as Correction[];
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{translate('wuye.money.accrual_list')}</Typography>
        {canAccess && (
          <Button size="small" variant="outlined" onClick={() => (setError(null), setMonth(todayInChina().slice(0, 7)), setOpen(true))} data-testid="post-accrual">
            {translate('wuye.money.post_accrual')}
          </Button>
        )}
      </Stack>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.money.month')}</TableCell>
            <TableCell align="right">{translate('wuye.money.charged_area')}</TableCell>
            <TableCell align="right">{translate('wuye.money.fee_rate')}</TableCell>
            <TableCell align="right">{translate('wuye.money.set_aside')}</TableCell>
            <TableCell align="right">{translate('wuye.money.amount')}</TableCell>
            {canCorrect && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {accruals.map((a) => (
            <TableRow key={a.id} data-testid={`accrual-${a.month.slice(0, 7)}`}>
              <TableCell>{format.month(a.month)}</TableCell>
              <TableCell align="right">{areaText(a.chargedArea)}</TableCell>
              <TableCell align="right">{a.feeRate}</TableCell>
              <TableCell align="right">{a.setAsidePercent}%</TableCell>
              <TableCell align="right">
                {yuan(a.amount)}
                {/* the month stays as posted; its corrections are postings of their own, on the day they were made */}
                {corrections
                  .filter((c) => c.accrualId === a.id)
                  .map((c) => (
                    <Typography key={c.id} variant="body2" color="text.secondary" data-testid="accrual-correction">
                      {translate('wuye.money.corrected_on', { amount: yuan(c.amount), day: c.postedOn, reason: c.reason })}
                    </Typography>
                  ))}
              </TableCell>
              {canCorrect && (
                <TableCell align="right">
                  <CorrectMonthButton fundId={String(record.id)} accrual={a} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {open && (
        <FormDialog
          open
          testId="accrual-dialog"
          title={translate('wuye.money.post_accrual')}
          content={translate('wuye.money.post_accrual_help')}
          confirmLabel={translate('wuye.money.post_accrual')}
          error={error}
          onClose={() => setOpen(false)}
          onConfirm={() => act(() => dataProvider.postRepairFundAccrual(String(record.id), month), 'wuye.money.accrued')}
        >
          <TextField type="month" label={translate('wuye.money.month')} value={month} onChange={(e) => setMonth(e.target.value)} slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'accrual-month' } }} />
        </FormDialog>
      )}
    </Box>
  );
}

/**
 * An amount and its reason, posted as an entry of its own dated today: 「更正」 a posted month (negative takes money
 * back) and 「退款」 an approved withdrawal; the server's refusals are shown at their fields or in the dialog.
 */
function PostingButton(props: {
  /** 'correction' | 'refund': the dialog's test id and its inputs' (`correction-amount`, …) */
  kind: string;
  buttonTestId: string;
  label: string;
  title: string;
  help: string;
  amountLabel: string;
  reasonLabel: string;
  negativeAllowed: boolean;
  /** the notice once posted, which may depend on what was posted (a correction adding money is only proposed) */
  done: string | ((values: { amount: string; reason: string }) => string);
  post(values: { amount: string; reason: string }): Promise<unknown>;
}) {
  const decimalProblem = useDecimalProblem();
  const [values, setValues] = useState<{ amount: string; reason: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps, reset } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const amountProblem = values ? decimalProblem(values.amount, 2) : undefined;
  const amountShape = props.negativeAllowed ? /^-?\d+(\.\d+)?$/ : /^\d+(\.\d+)?$/;
  return (
    <>
      <Button size="small" onClick={() => (setError(null), reset(), setValues({ amount: '', reason: '' }))} data-testid={props.buttonTestId}>
        {props.label}
      </Button>
      {values && (
        <FormDialog
          open
          testId={`${props.kind}-dialog`}
          title={props.title}
          content={props.help}
          confirmLabel={props.label}
          ready={amountShape.test(values.amount.trim()) && Number(values.amount) !== 0 && !amountProblem && values.reason.trim().length >= 2}
          error={error}
          onClose={() => setValues(null)}
          onConfirm={() => {
            const posted = { amount: values.amount.trim(), reason: values.reason.trim() };
            return act(keeping(() => props.post(posted)), typeof props.done === 'string' ? props.done : props.done(posted));
          }}
        >
          <TextField
            required
            label={props.amountLabel}
            value={values.amount}
            onChange={(e) => setValues((v) => v && { ...v, amount: e.target.value })}
            {...fieldProps('amount')}
            {...(amountProblem ? { error: true, helperText: amountProblem } : {})}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': `${props.kind}-amount` } }}
          />
          <TextField
            required
            multiline
            minRows={2}
            label={props.reasonLabel}
            value={values.reason}
            onChange={(e) => setValues((v) => v && { ...v, reason: e.target.value })}
            {...fieldProps('reason')}
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': `${props.kind}-reason` } }}
          />
        </FormDialog>
      )}
    </>
  );
}

/** 「更正」 a posted month: an amount to add or, negative, to take back, and why; posted today, the month unchanged. */
function CorrectMonthButton({ fundId, accrual }: { fundId: string; accrual: Accrual }) {
  const format = useFormat();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return (
    <PostingButton
      kind="correction"
      buttonTestId="correct-accrual"
      label={translate('wuye.money.correct')}
      title={translate('wuye.money.correct_month', { month: format.month(accrual.month) })}
      help={translate('wuye.money.correct_help')}
      amountLabel={translate('wuye.money.correction_amount')}
      reasonLabel={translate('wuye.money.correction_reason')}
      negativeAllowed
      // adding money waits for another officer (docs/roles-and-workflows.md#money-proposals)
      done={(values) => (values.amount.startsWith('-') ? 'wuye.money.corrected' : 'wuye.proposal.correction_proposed')}
      post={(values) => dataProvider.postRepairFundCorrection(fundId, { accrualId: accrual.id, ...values })}
    />
  );
}

/** A Decimal string of 元 the server sent ("200.05") ↔ integer fen, for what is left to refund. */
const fen = (amount: string) => {
  const [whole, fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2));
};
const fromFen = (n: number) => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

/** 「退款」 an approved withdrawal (the repair cost less, the contractor paid back): money back into the fund, posted today, the withdrawal unchanged. */
function RefundButton({ withdrawal }: { withdrawal: { id: string; purpose: string; amount: string; refunded: string } }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return (
    <PostingButton
      kind="refund"
      buttonTestId="refund-withdrawal"
      label={translate('wuye.money.refund')}
      title={translate('wuye.money.refund_withdrawal', { purpose: withdrawal.purpose })}
      help={translate('wuye.money.refund_help', { left: yuan(fromFen(fen(withdrawal.amount) - fen(withdrawal.refunded))) })}
      amountLabel={translate('wuye.money.refund_amount')}
      reasonLabel={translate('wuye.money.refund_reason')}
      negativeAllowed={false}
      done="wuye.money.refunded"
      post={(values) => dataProvider.postRepairFundRefund(withdrawal.id, values)}
    />
  );
}

const STATUS_COLORS = { REQUESTED: 'warning', APPROVED: 'success', REJECTED: 'default' } as const;

/** Requests to pay small repairs, and their decision by another officer of the subdistrict (maker-checker). */
function Withdrawals() {
  const record = useRecordContext();
  const translate = useTranslate();
  const byLabel = useByLabel();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { canAccess: canRequest } = useCanAccess({ resource: 'repairFunds', action: 'withdraw' });
  const { canAccess: canRefund } = useCanAccess({ resource: 'repairFunds', action: 'refund' });
  const [asking, setAsking] = useState<null | { kind: 'request' } | { kind: 'decide'; id: string; version: number; action: WithdrawalAction }>(null);
  const [category, setCategory] = useState<WithdrawalCategory>('ELEVATOR');
  const [purpose, setPurpose] = useState('');
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const { keeping, fieldProps, reset } = useDialogFieldProblems();
  const act = useDialogAction(setError);
  const decimalProblem = useDecimalProblem();
  const { data } = useQuery({
    queryKey: ['repairFundWithdrawals', record?.id],
    queryFn: () => dataProvider.repairFundWithdrawals(String(record!.id)),
    enabled: !!record,
  });
  if (!record) return null;
  const request = keeping(() => dataProvider.requestRepairFundWithdrawal({ fundId: String(record.id), category, purpose: purpose.trim(), amount: amount.trim() }));
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="h6">{translate('wuye.money.withdrawal_list')}</Typography>
        {canRequest && (
          <Button size="small" variant="outlined" onClick={() => (setError(null), reset(), setCategory('ELEVATOR'), setPurpose(''), setAmount(''), setAsking({ kind: 'request' }))} data-testid="request-withdrawal">
            {translate('wuye.money.request_withdrawal')}
          </Button>
        )}
      </Stack>
      <Table size="small" data-testid="withdrawals">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.money.category')}</TableCell>
            <TableCell>{translate('wuye.money.purpose')}</TableCell>
            <TableCell align="right">{translate('wuye.money.amount')}</TableCell>
            <TableCell>{translate('wuye.money.status')}</TableCell>
            <TableCell>{translate('wuye.money.decided_at')}</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {(data?.data ?? []).map((w) => (
            <TableRow key={w.id} data-testid={`withdrawal-${w.id}`}>
              <TableCell>{translate(`wuye.withdrawalCategory.${w.category}`)}</TableCell>
              <TableCell>{w.purpose}</TableCell>
              <TableCell align="right">
                {yuan(w.amount)}
                {/* the withdrawal stays as decided; its refunds are postings of their own, on the day they were made */}
                {w.refunds.map((r) => (
                  <Typography key={r.id} variant="body2" color="text.secondary" data-testid="withdrawal-refund">
                    {translate('wuye.money.refunded_on', { amount: yuan(r.amount), day: r.postedOn, reason: r.reason })}
                  </Typography>
                ))}
              </TableCell>
              <TableCell>
                <Chip size="small" label={translate(`wuye.withdrawalStatus.${w.status}`)} color={STATUS_COLORS[w.status]} />
              </TableCell>
              <TableCell>{format.instant(w.decidedAt)}</TableCell>
              <TableCell>
                {w.availableActions.map((action) => (
                  <Button
                    key={action}
                    size="small"
                    color={action === 'REJECT' ? 'error' : 'primary'}
                    onClick={() => (setError(null), setAsking({ kind: 'decide', id: w.id, version: w.version, action }))}
                    data-testid={`withdrawal-${action}`}
                  >
                    {translate(`wuye.withdrawalAction.${action}`)}
                  </Button>
                ))}
                {canRefund && w.status === 'APPROVED' && fen(w.refunded) < fen(w.amount) && <RefundButton withdrawal={w} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {asking?.kind === 'request' && (
        <FormDialog
          open
          testId="withdrawal-dialog"
          title={translate('wuye.money.request_withdrawal')}
          content={translate('wuye.money.request_help')}
          confirmLabel={translate('wuye.money.request_withdrawal')}
          ready={purpose.trim().length >= 2 && amount.trim() !== '' && !decimalProblem(amount, 2)}
          error={error}
          onClose={() => setAsking(null)}
          onConfirm={() => act(request, 'wuye.money.requested')}
        >
          <TextField select label={translate('wuye.money.category')} value={category} onChange={(e) => setCategory(e.target.value as WithdrawalCategory)}>
            {byLabel(WITHDRAWAL_CATEGORIES.map((c) => ({ id: c, name: `wuye.withdrawalCategory.${c}` }))).map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {translate(c.name)}
              </MenuItem>
            ))}
          </TextField>
          <TextField label={translate('wuye.money.purpose')} value={purpose} onChange={(e) => setPurpose(e.target.value)} slotProps={{ htmlInput: { 'data-testid': 'withdrawal-purpose' } }} />
          <TextField
            label={translate('wuye.money.amount_yuan')}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            {...fieldProps('amount')}
            {...(decimalProblem(amount, 2) ? { error: true, helperText: decimalProblem(amount, 2) } : {})}
            slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'withdrawal-amount' } }}
          />
        </FormDialog>
      )}
      {asking?.kind === 'decide' && (
        <FormDialog
          open
          testId="decide-dialog"
          title={translate(`wuye.withdrawalAction.${asking.action}`)}
          content={translate(`wuye.money.decide_help.${asking.action}`)}
          confirmLabel={translate(`wuye.withdrawalAction.${asking.action}`)}
          danger={asking.action === 'REJECT'}
          error={error}
          onClose={() => setAsking(null)}
          onConfirm={() => act(() => dataProvider.moveRepairFundWithdrawal({ id: asking.id, version: asking.version, action: asking.action }), 'wuye.money.decided')}
        />
      )}
    </Box>
  );
}

/** A correction adding money, a refund or new terms, proposed and waiting for another officer: what, who, when, and the decision. */
function PendingProposals() {
  const format = useFormat();
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  if (!record) return null;
  const { pendingCorrection: correction, pendingTerms: terms, pendingRefund: refund } = record;
  const accrualMonth = correction ? ((record.accruals ?? []) as Accrual[]).find((a) => a.id === correction.accrualId)?.month : undefined;
  const month = accrualMonth ? format.month(accrualMonth) : undefined;
  return (
    <>
      {correction && (
        <PendingProposal
          testId="pending-correction"
          title={translate('wuye.proposal.correction_title')}
          what={translate('wuye.proposal.correction_what', { amount: yuan(correction.amount), month: month ?? `#${correction.accrualId}`, reason: correction.reason })}
          proposal={correction}
          decide={(args) => dataProvider.decideRepairFundCorrection(args)}
        />
      )}
      {refund && (
        <PendingProposal
          testId="pending-refund"
          title={translate('wuye.proposal.refund_title')}
          what={translate('wuye.proposal.refund_what', { amount: yuan(refund.amount), id: refund.withdrawalId, reason: refund.reason })}
          proposal={refund}
          decide={(args) => dataProvider.decideRepairFundRefund(args)}
        />
      )}
      {terms && (
        <PendingProposal
          testId="pending-fund-terms"
          title={translate('wuye.proposal.fund_terms_title')}
          what={translate('wuye.proposal.fund_terms_what', { rate: terms.feeRate, percent: terms.setAsidePercent, month: format.month(terms.fromMonth) })}
          proposal={terms}
          decide={(args) => dataProvider.decideRepairFundTerms(args)}
        />
      )}
    </>
  );
}

/** A project's small-repair fund (以养代修): balance, statement, the months posted and the repairs paid. */
export default function RepairFundShow() {
  const onError = useReadErrorHandler('repairFunds');
  const translate = useTranslate();
  return (
    <Show actions={<ShowActions filing={false} />} queryOptions={{ onError }}>
      <SimpleShowLayout>
        <RaTextField source="estateName" />
        <RaTextField source="projectName" />
        <Alert severity="info" icon={false}>
          {translate('wuye.money.fund_help')}
        </Alert>
        <PendingProposals />
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} sx={{ alignItems: 'flex-start' }}>
          <Balance />
          <Statement />
        </Stack>
        <Withdrawals />
        <Accruals />
      </SimpleShowLayout>
    </Show>
  );
}

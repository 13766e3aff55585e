import { QueryFailedError } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { assertJurisdiction, jurisdictionScope, loadInJurisdiction } from '../estates/jurisdiction';
import { Lifecycle, moveRecord } from '../filings/lifecycle';
import { Project } from '../projects/project.entity';
import { fundPeriodIsPublic, postedThrough } from './fund-publicity';
import type { RequestContext } from '../request/context';
import { actorId, withTransaction } from '../request/context';
import { passedResolutionOf } from '../resolutions/passed-resolution';
import { ResolutionPurpose } from '../resolutions/resolution-purposes';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { fromHundredths, toHundredths } from '../shared/decimal';
import { amountFits, amountInFen, totalOutOfRange, turnoverFits } from '../shared/money-limits';
import { toId, toOptionalId } from '../shared/ids';
import { daysInMonth, todayInChina } from '../shared/iso-date';
import { periodOf, statementOf, Statement } from '../shared/ledger-statement';
import { findList, ListResult } from '../shared/list';
import { heldForCheck, insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { FilingStatus } from '../filings/filing';
import { proposerStands } from '../filings/money-proposal-offer';
import { decideProposal, ProposalKind, proposalPending } from '../filings/proposal-decision';
import { ProposalAction, ProposalStatus } from '../filings/proposals';
import { firstOfMonth, monthlyAccrualFen, percentToBasisPoints, rateInTenThousandths, termsForMonth } from './accrual';
import { RepairFund, RepairFundAccrual, RepairFundCorrection, RepairFundCorrectionProposal, RepairFundRefund, RepairFundRefundProposal, RepairFundTerms, RepairFundTermsProposal, RepairFundWithdrawal } from './repair-fund.entity';
import {
  OpenRepairFundInput,
  RepairFundCorrectionInput,
  RepairFundListOptions,
  RepairFundRefundInput,
  RepairFundTermsInput,
  WithdrawalInput,
  WithdrawalListOptions,
} from './repair-fund.inputs';
import { WITHDRAWAL_CATEGORY_ORDER, WITHDRAWAL_TRANSITIONS, WithdrawalAction, WithdrawalCategory, WithdrawalStatus } from './withdrawal-states';
import { nameKey, namesAt } from '../shared/names-at';

const MAX_NOTE_LENGTH = 500;

const insufficient = (balanceNote = '') =>
  fail.badField('amount', 'INSUFFICIENT_BALANCE', `the fund’s balance does not cover this withdrawal${balanceNote}`);

/** A fund whose first terms no other officer has confirmed yet accrues and pays nothing (review F12). */
const termsUnconfirmed = (fundId: number, field: string) =>
  fail.badField(field, 'FUND_TERMS_UNCONFIRMED', `fund ${fundId}'s first terms await another officer's confirmation: it accrues and pays nothing until then`, { fundId: String(fundId) });

/** The terms as given, checked: an exact rate and share, a month, and the owners' resolution when named. */
async function checkedTerms(ctx: RequestContext, input: RepairFundTermsInput, estateId: number) {
  const problems: Array<{ field: string; rule: string; message: string }> = [];
  let fromMonth = '';
  let setAsideBasisPoints = 0;
  try {
    rateInTenThousandths(input.feeRate);
  } catch (error) {
    problems.push({ field: 'feeRate', rule: 'FEE_RATE', message: (error as Error).message });
  }
  try {
    setAsideBasisPoints = percentToBasisPoints(input.setAsidePercent);
  } catch (error) {
    problems.push({ field: 'setAsidePercent', rule: 'SHARE', message: (error as Error).message });
  }
  try {
    fromMonth = firstOfMonth(input.fromMonth);
  } catch (error) {
    problems.push({ field: 'fromMonth', rule: 'MONTH', message: (error as Error).message });
  }
  if (problems.length) throw fail.badInput(problems);
  const resolutionId = toOptionalId(input.resolutionId, 'resolutionId') ?? null;
  // the fee the owners set, by a matter that sets it (docs/domain-rules.md#resolution-purposes)
  if (resolutionId !== null) await passedResolutionOf(ctx, resolutionId, estateId, 'resolutionId', ResolutionPurpose.REPAIR_FUND_FEE);
  return { feeRate: input.feeRate.trim(), setAsideBasisPoints, fromMonth, resolutionId };
}

/** Money in 元 as the client wrote it ("1200.50") → fen, more than zero and within the limits (docs/domain-rules.md#money-limits). */
const amountOf = (amount: string, field = 'amount'): number => amountInFen(amount, field);

/**
 * Refuses a movement that would take the fund's turnover (every accrual, correction, approved withdrawal and refund, absolute) beyond
 * the money limits, so no balance or statement total printed from it can overflow (docs/domain-rules.md#money-limits).
 * Called under the fund's row lock, so concurrent postings are counted one after another.
 */
async function assertTurnoverFits(ctx: RequestContext, fundId: number, amountFen: number, field: string): Promise<void> {
  const [row]: Array<{ turnover: string }> = await ctx.em.query(
    `SELECT ((SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_accrual WHERE fund_id = $1)
           + (SELECT COALESCE(sum(abs(amount_fen)), 0) FROM repair_fund_correction WHERE fund_id = $1)
           + (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_withdrawal WHERE fund_id = $1 AND status = 'APPROVED')
           + (SELECT COALESCE(sum(amount_fen), 0) FROM repair_fund_refund WHERE fund_id = $1))::text AS turnover`,
    [fundId],
  );
  if (!turnoverFits(row.turnover, amountFen)) throw totalOutOfRange(field);
}

/** Moves the running balance under the fund's row lock; the CHECK refuses a balance below zero. */
async function moveBalance(ctx: RequestContext, fundId: number, deltaFen: number, refusal = () => insufficient()): Promise<void> {
  try {
    await ctx.em.query(`UPDATE repair_fund SET balance_fen = balance_fen + $1, version = version + 1 WHERE id = $2`, [deltaFen, fundId]);
  } catch (error) {
    if (error instanceof QueryFailedError) translateDbError(error, { repair_fund_balance_not_negative: refusal });
    throw error;
  }
}

/** New terms apply only to months not yet posted (docs/domain-rules.md#repair-fund). */
async function assertTermsMonthOpen(ctx: RequestContext, fundId: number, fromMonth: string): Promise<void> {
  const [posted]: Array<{ last: string | null }> = await ctx.em.query(`SELECT to_char(max(month), 'YYYY-MM-DD') AS last FROM repair_fund_accrual WHERE fund_id = $1`, [fundId]);
  if (posted.last && fromMonth <= posted.last) {
    throw fail.badField('fromMonth', 'MONTH_POSTED', `${posted.last.slice(0, 7)} is posted already: new terms apply to later months`, { month: posted.last.slice(0, 7) });
  }
}


/** A fund's new terms, confirmed by another officer: written then, checked again against the months posted since. */
const TERMS_PROPOSAL: ProposalKind<RepairFundTermsProposal> = {
  entity: RepairFundTermsProposal,
  auditName: 'repairFundTerms',
  auditOn: (row) => ({ entityType: 'RepairFund', entityId: row.fundId }),
  parentTable: 'repair_fund',
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  proposerStands,
  async onConfirm(ctx, p) {
    const fund = await lockVersion(ctx, RepairFund, p.fundId, null, noRowRule);
    await assertTermsMonthOpen(ctx, p.fundId, p.fromMonth);
    const terms = { fundId: p.fundId, fromMonth: p.fromMonth, feeRate: p.feeRate, setAsideBasisPoints: p.setAsideBasisPoints, resolutionId: p.resolutionId };
    try {
      await ctx.em.insert(RepairFundTerms, { ...terms, createdById: p.proposedById, proposalId: p.id });
    } catch (error) {
      translateDbError(error, { repair_fund_terms_month_key: () => fail.alreadyExists(`Terms from ${p.fromMonth.slice(0, 7)} exist already`, { field: 'fromMonth', rule: 'REPAIR_FUND_TERMS_EXIST', month: p.fromMonth.slice(0, 7) }) });
    }
    await saveVersion(ctx, RepairFund, fund, {});
  },
};

/** An upward correction, confirmed by another officer: posted then, dated that day, and the balance moves with it. */
const CORRECTION_PROPOSAL: ProposalKind<RepairFundCorrectionProposal> = {
  entity: RepairFundCorrectionProposal,
  auditName: 'repairFundCorrection',
  auditOn: (row) => ({ entityType: 'RepairFund', entityId: row.fundId }),
  parentTable: 'repair_fund',
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  proposerStands,
  async onConfirm(ctx, p) {
    await lockVersion(ctx, RepairFund, p.fundId, null, noRowRule);
    await assertTurnoverFits(ctx, p.fundId, p.amountFen, 'amount');
    await insertReturning(ctx, RepairFundCorrection, { fundId: p.fundId, accrualId: p.accrualId, amountFen: p.amountFen, reason: p.reason, createdById: p.proposedById, proposalId: p.id });
    await moveBalance(ctx, p.fundId, p.amountFen);
  },
};

/** What is left of an approved withdrawal after its refunds, or REFUND_TOO_LARGE when `amountFen` exceeds it (read under the fund's lock). */
async function assertRefundFits(ctx: RequestContext, withdrawal: RepairFundWithdrawal, amountFen: number): Promise<void> {
  const [refunded]: Array<{ left: string }> = await ctx.em.query(
    `SELECT ($2::bigint - COALESCE(sum(amount_fen), 0))::text AS left FROM repair_fund_refund WHERE withdrawal_id = $1`,
    [withdrawal.id, withdrawal.amountFen],
  );
  if (amountFen > Number(refunded.left)) {
    throw fail.badField('amount', 'REFUND_TOO_LARGE', `refunds more than is left of the withdrawal after its earlier refunds (${fromHundredths(Number(refunded.left))} 元)`, { left: fromHundredths(Number(refunded.left)) });
  }
}

/** A refund, confirmed by another officer: posted then, dated that day, by its proposer, and the balance moves up (review F3). */
const REFUND_PROPOSAL: ProposalKind<RepairFundRefundProposal> = {
  entity: RepairFundRefundProposal,
  auditName: 'repairFundRefund',
  auditOn: (row) => ({ entityType: 'RepairFund', entityId: row.fundId }),
  parentTable: 'repair_fund',
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  proposerStands,
  async onConfirm(ctx, p) {
    await lockVersion(ctx, RepairFund, p.fundId, null, noRowRule);
    // checked again: refunds confirmed since may have used up what the withdrawal paid out
    await assertRefundFits(ctx, await ctx.em.findOneByOrFail(RepairFundWithdrawal, { id: p.withdrawalId }), p.amountFen);
    await assertTurnoverFits(ctx, p.fundId, p.amountFen, 'amount');
    await insertReturning(ctx, RepairFundRefund, { fundId: p.fundId, withdrawalId: p.withdrawalId, amountFen: p.amountFen, reason: p.reason, createdById: p.proposedById, proposalId: p.id });
    await moveBalance(ctx, p.fundId, p.amountFen);
  },
};

/** A withdrawal's decision (docs/roles-and-workflows.md#repair-fund): another officer of the subdistrict decides. */
export const WITHDRAWAL_LIFECYCLE: Lifecycle<RepairFundWithdrawal, WithdrawalStatus, WithdrawalAction, { note: string | null }> = {
  entity: RepairFundWithdrawal,
  stateField: 'status',
  table: WITHDRAWAL_TRANSITIONS,
  auditName: 'repairFundWithdrawal',
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  refusedAs: (action) => (action === WithdrawalAction.APPROVE ? 'approved' : 'rejected'),
  async guard(ctx, { row }) {
    if (row.requestedById !== null && row.requestedById === actorId(ctx)) {
      throw fail.forbidden(`You requested withdrawal ${row.id}: another officer must decide it`, 'MAKER_CHECKER');
    }
  },
  // decidedAt is the database's now(), written by its trigger (migrations/1764804000000-ledgers-held-by-the-database.ts)
  changes: (ctx, { input }) => ({ decidedById: actorId(ctx), decisionNote: input.note }),
  onEnter: {
    // the money leaves the fund when the community approves, and only if the balance covers it
    [WithdrawalStatus.APPROVED]: async (ctx, moved) => {
      await ctx.em.query(`SELECT 1 FROM repair_fund WHERE id = $1 FOR UPDATE`, [moved.fundId]);
      await assertTurnoverFits(ctx, moved.fundId, moved.amountFen, 'amount');
      await moveBalance(ctx, moved.fundId, -moved.amountFen);
    },
  },
  auditExtra: ({ input }) => ({ note: input.note }),
};

export interface FundStatement extends Statement {
  fundId: number;
}

export class RepairFundService {
  async list(ctx: RequestContext, options: RepairFundListOptions | undefined, wantTotal: boolean): Promise<ListResult<RepairFund>> {
    return findList(
      ctx,
      {
        entity: RepairFund,
        alias: 'rf',
        defaultSort: 'id',
        filters: {
          estateId: { op: 'eq', column: 'rf.estateId', id: true },
          projectId: { op: 'eq', column: 'rf.projectId', id: true },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'rf.estateId') },
    );
  }

  get(ctx: RequestContext, id: number): Promise<RepairFund> {
    return loadInJurisdiction(ctx, RepairFund, id);
  }

  async listWithdrawals(ctx: RequestContext, options: WithdrawalListOptions | undefined, wantTotal: boolean): Promise<ListResult<RepairFundWithdrawal>> {
    return findList(
      ctx,
      {
        entity: RepairFundWithdrawal,
        alias: 'w',
        defaultSort: 'id',
        filters: {
          fundId: { op: 'eq', column: 'w.fundId', id: true },
          estateId: { op: 'eq', column: 'w.estateId', id: true },
          status: { op: 'enum', column: 'w.status', values: WithdrawalStatus },
          category: { op: 'enum', column: 'w.category', values: WithdrawalCategory },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'w.estateId') },
    );
  }

  getWithdrawal(ctx: RequestContext, id: number): Promise<RepairFundWithdrawal> {
    return loadInJurisdiction(ctx, RepairFundWithdrawal, id);
  }

  /** Opens a project's fund with its first terms proposed: it accrues nothing until another officer confirms them (docs/domain-rules.md#repair-fund). */
  async open(ctx: RequestContext, input: OpenRepairFundInput): Promise<RepairFund> {
    const projectId = toId(input.projectId, 'projectId');
    const project = await ctx.em.findOneBy(Project, { id: projectId });
    if (!project) throw fail.badField('projectId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, project.estateId);
    const terms = await checkedTerms(ctx, input, project.estateId);
    return withTransaction(ctx, async (ctx) => {
      // the fee is set aside under a contract in force: an approved project serving from the first month (attacker round 7 F6)
      await assertServing(ctx, projectId, terms.fromMonth, 'projectId');
      let fundId: number;
      try {
        const result = await ctx.em.insert(RepairFund, {
          projectId,
          estateId: project.estateId,
          openedMonth: terms.fromMonth,
          balanceFen: 0,
          createdById: actorId(ctx),
        });
        fundId = result.identifiers[0].id;
      } catch (error) {
        translateDbError(error, { repair_fund_project_id_key: () => fail.alreadyExists(`Project ${projectId} has a repair fund already`, { field: 'projectId', rule: 'REPAIR_FUND_EXISTS', projectId: String(projectId) }) });
      }
      // the first terms set what the fund accrues, as later ones do: another officer confirms them (docs/roles-and-workflows.md#money-proposals, review F12)
      const proposal = await insertReturning(ctx, RepairFundTermsProposal, { fundId, estateId: project.estateId, ...terms, proposedById: actorId(ctx)! });
      const fund = await ctx.em.findOneByOrFail(RepairFund, { id: fundId });
      await recordAudit(ctx, { action: 'repairFund.open', entityType: 'RepairFund', entityId: fund.id, after: { ...fund, terms, proposalId: proposal.id } });
      return fund;
    });
  }

  /** New terms from a month on (e.g. the fee the owners raised); months already posted keep theirs. */
  async setTerms(ctx: RequestContext, fundId: number, version: number, input: RepairFundTermsInput): Promise<RepairFund> {
    return withTransaction(ctx, async (ctx) => {
      const fund = await lockVersion(ctx, RepairFund, fundId, version, (row) => assertJurisdiction(ctx, row.estateId));
      const terms = await checkedTerms(ctx, input, fund.estateId);
      if (terms.fromMonth < fund.openedMonth) throw fail.badField('fromMonth', 'BEFORE_OPENING', `the fund accrues from ${fund.openedMonth.slice(0, 7)}`, { month: fund.openedMonth.slice(0, 7) });
      await assertTermsMonthOpen(ctx, fundId, terms.fromMonth);
      const [taken]: unknown[] = await ctx.em.query(`SELECT 1 FROM repair_fund_terms WHERE fund_id = $1 AND from_month = $2`, [fundId, terms.fromMonth]);
      if (taken) throw fail.alreadyExists(`Terms from ${terms.fromMonth.slice(0, 7)} exist already`, { field: 'fromMonth', rule: 'REPAIR_FUND_TERMS_EXIST', month: terms.fromMonth.slice(0, 7) });
      // every change of the fee or the share moves what the fund accrues: another officer confirms it (docs/roles-and-workflows.md#money-proposals)
      let proposal: RepairFundTermsProposal;
      try {
        proposal = await insertReturning(ctx, RepairFundTermsProposal, { fundId, estateId: fund.estateId, ...terms, proposedById: actorId(ctx)! });
      } catch (error) {
        translateDbError(error, { repair_fund_terms_one_pending: () => proposalPending('RepairFund', fundId) });
      }
      const updated = await saveVersion(ctx, RepairFund, fund, {});
      await recordAudit(ctx, { action: 'repairFund.proposeTerms', entityType: 'RepairFund', entityId: fundId, before: fund, after: proposal });
      return updated;
    });
  }

  pendingTerms(ctx: RequestContext, fundId: number): Promise<RepairFundTermsProposal | null> {
    return ctx.em.findOneBy(RepairFundTermsProposal, { fundId, status: ProposalStatus.PENDING });
  }

  pendingCorrection(ctx: RequestContext, fundId: number): Promise<RepairFundCorrectionProposal | null> {
    return ctx.em.findOneBy(RepairFundCorrectionProposal, { fundId, status: ProposalStatus.PENDING });
  }

  proposals(ctx: RequestContext, fundId: number): Promise<{ terms: RepairFundTermsProposal[]; corrections: RepairFundCorrectionProposal[] }> {
    return Promise.all([
      ctx.loaders.manyBy(RepairFundTermsProposal, 'fundId', ['id']).load(fundId),
      ctx.loaders.manyBy(RepairFundCorrectionProposal, 'fundId', ['id']).load(fundId),
    ]).then(([terms, corrections]) => ({ terms, corrections }));
  }

  decideTerms(ctx: RequestContext, id: number, version: number, action: ProposalAction, note: string | null): Promise<RepairFundTermsProposal> {
    return decideProposal(ctx, TERMS_PROPOSAL, id, version, action, note);
  }

  decideCorrection(ctx: RequestContext, id: number, version: number, action: ProposalAction, note: string | null): Promise<RepairFundCorrectionProposal> {
    return decideProposal(ctx, CORRECTION_PROPOSAL, id, version, action, note);
  }

  pendingRefund(ctx: RequestContext, fundId: number): Promise<RepairFundRefundProposal | null> {
    return ctx.em.findOneBy(RepairFundRefundProposal, { fundId, status: ProposalStatus.PENDING });
  }

  refundProposals(ctx: RequestContext, withdrawalId: number): Promise<RepairFundRefundProposal[]> {
    return ctx.loaders.manyBy(RepairFundRefundProposal, 'withdrawalId', ['id']).load(withdrawalId);
  }

  decideRefund(ctx: RequestContext, id: number, version: number, action: ProposalAction, note: string | null): Promise<RepairFundRefundProposal> {
    return decideProposal(ctx, REFUND_PROPOSAL, id, version, action, note);
  }

  /** Posts a month's set-aside: the estate's charged area now × the terms of that month; once per month. */
  async postAccrual(ctx: RequestContext, fundId: number, monthText: string): Promise<RepairFundAccrual> {
    let month: string;
    try {
      month = firstOfMonth(monthText);
    } catch (error) {
      throw fail.badField('month', 'MONTH', (error as Error).message);
    }
    if (month > firstOfMonth(todayInChina().slice(0, 7))) throw fail.badField('month', 'NOT_FUTURE', 'a month that has not begun accrues nothing yet');
    return withTransaction(ctx, async (ctx) => {
      const fund = await lockVersion(ctx, RepairFund, fundId, null, (row) => assertJurisdiction(ctx, row.estateId));
      const allTerms = await this.terms(ctx, fundId);
      if (!allTerms.length) throw termsUnconfirmed(fundId, 'month');
      const terms = termsForMonth(allTerms, month);
      if (!terms || month < fund.openedMonth) throw fail.badField('month', 'BEFORE_OPENING', `the fund accrues from ${fund.openedMonth.slice(0, 7)}`, { month: fund.openedMonth.slice(0, 7) });
      // only the contract in force that month sets the estate's fee aside: one fund a month, never a draft's or a revoked one's
      await assertServing(ctx, fund.projectId, month, 'month');
      const [roll]: Array<{ units: number; area: string }> = await ctx.em.query(
        `SELECT count(*)::int AS units, round(COALESCE(sum(area), 0), 2)::text AS area FROM unit WHERE estate_id = $1`,
        [fund.estateId],
      );
      // a month posted over no roll would be a zero accrual that can never be posted again (docs/domain-rules.md#repair-fund)
      if (roll.units === 0 || !/[1-9]/.test(roll.area)) {
        throw fail.badField('month', 'EMPTY_ROLL', 'the estate’s owner roll has no units with an area yet: import the roll, then post the month');
      }
      let amountFen: number;
      try {
        amountFen = monthlyAccrualFen(toHundredths(roll.area), terms.feeRate, terms.setAsideBasisPoints);
      } catch {
        throw totalOutOfRange('month');
      }
      if (!amountFits(amountFen)) throw totalOutOfRange('month');
      await assertTurnoverFits(ctx, fundId, amountFen, 'month');
      const area = { area: roll.area };
      let accrualId: number;
      try {
        const result = await ctx.em.insert(RepairFundAccrual, {
          fundId,
          month,
          chargedArea: area.area,
          feeRate: terms.feeRate,
          setAsideBasisPoints: terms.setAsideBasisPoints,
          amountFen,
          createdById: actorId(ctx),
        });
        accrualId = result.identifiers[0].id;
      } catch (error) {
        translateDbError(error, { repair_fund_accrual_month_key: () => fail.alreadyExists(`${month.slice(0, 7)} is posted already`, { field: 'month', rule: 'ACCRUAL_POSTED', month: month.slice(0, 7) }) });
      }
      await moveBalance(ctx, fundId, amountFen);
      const accrual = await ctx.em.findOneByOrFail(RepairFundAccrual, { id: accrualId });
      await recordAudit(ctx, { action: 'repairFund.accrue', entityType: 'RepairFund', entityId: fundId, after: accrual });
      return accrual;
    });
  }

  /**
   * Corrects a posted month by a posting of its own, dated today (docs/domain-rules.md#repair-fund): the month stays as
   * posted, and what is left of it after every correction is never below zero; the balance moves with it, never
   * below zero either. Under the fund's lock, so two corrections of one month are checked one after the other.
   */
  async postCorrection(ctx: RequestContext, fundId: number, input: RepairFundCorrectionInput): Promise<RepairFundCorrection | RepairFundCorrectionProposal> {
    const accrualId = toId(input.accrualId, 'accrualId');
    const amountFen = amountInFen(input.amount, 'amount', { negativeAllowed: true });
    const reason = input.reason.trim();
    if (!reason) throw fail.badField('reason', 'REQUIRED', 'say what was wrong with the month');
    return withTransaction(ctx, async (ctx) => {
      const fund = await lockVersion(ctx, RepairFund, fundId, null, (row) => assertJurisdiction(ctx, row.estateId));
      const accrual = await ctx.em.findOneBy(RepairFundAccrual, { id: accrualId });
      if (!accrual || accrual.fundId !== fund.id) throw fail.badField('accrualId', 'REFERENCE', 'must be a posted month of this fund');
      const [corrected]: Array<{ left: string }> = await ctx.em.query(
        `SELECT ($2::bigint + COALESCE(sum(amount_fen), 0))::text AS left FROM repair_fund_correction WHERE accrual_id = $1`,
        [accrualId, accrual.amountFen],
      );
      if (amountFen < 0 && -amountFen > Number(corrected.left)) {
        throw fail.badField('amount', 'CORRECTION_TOO_LARGE', `takes back more than is left of the month after its earlier corrections (${fromHundredths(Number(corrected.left))} 元)`, { left: fromHundredths(Number(corrected.left)) });
      }
      await assertTurnoverFits(ctx, fundId, amountFen, 'amount');
      if (amountFen > 0) {
        // money added on one officer's word counts nowhere until another confirms it (docs/roles-and-workflows.md#money-proposals, review F5)
        let proposal: RepairFundCorrectionProposal;
        try {
          proposal = await insertReturning(ctx, RepairFundCorrectionProposal, { fundId, estateId: fund.estateId, accrualId, amountFen, reason, proposedById: actorId(ctx)! });
        } catch (error) {
          translateDbError(error, { repair_fund_correction_one_pending: () => proposalPending('RepairFund', fundId) });
        }
        await saveVersion(ctx, RepairFund, fund, {});
        await recordAudit(ctx, { action: 'repairFund.proposeCorrection', entityType: 'RepairFund', entityId: fundId, after: proposal });
        return proposal;
      }
      const correction = await insertReturning(ctx, RepairFundCorrection, { fundId, accrualId, amountFen, reason, createdById: actorId(ctx) });
      await moveBalance(ctx, fundId, amountFen, () => fail.badField('amount', 'INSUFFICIENT_BALANCE', 'the fund’s balance does not cover taking this back: it has been spent on repairs since'));
      await recordAudit(ctx, { action: 'repairFund.correct', entityType: 'RepairFund', entityId: fundId, after: correction });
      return correction;
    });
  }

  corrections(ctx: RequestContext, fundId: number): Promise<RepairFundCorrection[]> {
    return ctx.loaders.manyBy(RepairFundCorrection, 'fundId', ['id']).load(fundId);
  }

  /** A request to pay a small repair; refused at once when the balance does not cover it now. */
  async requestWithdrawal(ctx: RequestContext, input: WithdrawalInput): Promise<RepairFundWithdrawal> {
    const fundId = toId(input.fundId, 'fundId');
    const amountFen = amountOf(input.amount);
    return withTransaction(ctx, async (ctx) => {
      const fund = await ctx.em.findOneBy(RepairFund, { id: fundId });
      if (!fund) throw fail.badField('fundId', 'REFERENCE', 'refers to a record that does not exist');
      await assertJurisdiction(ctx, fund.estateId);
      if (!(await this.terms(ctx, fundId)).length) throw termsUnconfirmed(fundId, 'fundId');
      if (amountFen > fund.balanceFen) throw insufficient();
      const created = await insertReturning(ctx, RepairFundWithdrawal, {
        fundId,
        estateId: fund.estateId,
        category: input.category,
        purpose: input.purpose.trim(),
        amountFen,
        status: WithdrawalStatus.REQUESTED,
        requestedById: actorId(ctx),
      });
      await recordAudit(ctx, { action: 'repairFundWithdrawal.request', entityType: 'RepairFundWithdrawal', entityId: created.id, after: created });
      return created;
    });
  }

  moveWithdrawal(ctx: RequestContext, id: number, version: number, action: WithdrawalAction, note: string | null): Promise<RepairFundWithdrawal> {
    if (note && note.length > MAX_NOTE_LENGTH) throw fail.badField('note', 'LENGTH', `must be at most ${MAX_NOTE_LENGTH} characters`, { max: MAX_NOTE_LENGTH });
    return moveRecord(ctx, WITHDRAWAL_LIFECYCLE, id, version, action, { note: note?.trim() || null });
  }

  /**
   * Proposes taking money back into the fund from an approved withdrawal (the repair cost less, the contractor paid back):
   * money in, so it is posted, dated that day, only when another officer confirms it (docs/roles-and-workflows.md#money-proposals,
   * review F3). The withdrawal stays as decided, and its refunds together never exceed what it paid out: checked now and
   * again at the confirmation, under the fund's lock; the database refuses the same (migrations/1764804200000-repair-fund-refunds.ts).
   */
  async postRefund(ctx: RequestContext, withdrawalId: number, input: RepairFundRefundInput): Promise<RepairFundRefundProposal> {
    const amountFen = amountOf(input.amount);
    const reason = input.reason.trim();
    if (!reason) throw fail.badField('reason', 'REQUIRED', 'say why the money comes back');
    return withTransaction(ctx, async (ctx) => {
      const found = await ctx.em.findOneBy(RepairFundWithdrawal, { id: withdrawalId });
      if (!found) throw fail.notFound('RepairFundWithdrawal', withdrawalId);
      const fund = await lockVersion(ctx, RepairFund, found.fundId, null, (row) => assertJurisdiction(ctx, row.estateId));
      // read again under the fund's lock: an approval waiting for it has not moved the withdrawal yet
      const withdrawal = await ctx.em.findOneByOrFail(RepairFundWithdrawal, { id: withdrawalId });
      if (withdrawal.status !== WithdrawalStatus.APPROVED) {
        throw fail.invalidTransition('RepairFundWithdrawal', withdrawalId, withdrawal.status, 'refunded: only an approved withdrawal paid money out', { rule: 'WITHDRAWAL_NOT_APPROVED' });
      }
      await assertRefundFits(ctx, withdrawal, amountFen);
      await assertTurnoverFits(ctx, withdrawal.fundId, amountFen, 'amount');
      let proposal: RepairFundRefundProposal;
      try {
        proposal = await insertReturning(ctx, RepairFundRefundProposal, { fundId: fund.id, estateId: fund.estateId, withdrawalId, amountFen, reason, proposedById: actorId(ctx)! });
      } catch (error) {
        translateDbError(error, { repair_fund_refund_one_pending: () => proposalPending('RepairFund', fund.id) });
      }
      await saveVersion(ctx, RepairFund, fund, {});
      await recordAudit(ctx, { action: 'repairFundWithdrawal.proposeRefund', entityType: 'RepairFundWithdrawal', entityId: withdrawalId, after: proposal });
      return proposal;
    });
  }

  refunds(ctx: RequestContext, withdrawalId: number): Promise<RepairFundRefund[]> {
    return ctx.loaders.manyBy(RepairFundRefund, 'withdrawalId', ['id']).load(withdrawalId);
  }

  terms(ctx: RequestContext, fundId: number): Promise<RepairFundTerms[]> {
    return ctx.loaders.manyBy(RepairFundTerms, 'fundId', ['fromMonth']).load(fundId);
  }

  accruals(ctx: RequestContext, fundId: number): Promise<RepairFundAccrual[]> {
    return ctx.loaders.manyBy(RepairFundAccrual, 'fundId', ['month']).load(fundId);
  }

  /**
   * A quarter's or a year's statement: accruals by their month, corrections by the day posted, approved withdrawals by the
   * day approved (China), and refunds by the day posted, as spending taken back in their withdrawal's category
   * (docs/domain-rules.md#statements): a negative out, as a correction taking money back is a negative in.
   */
  async statement(ctx: RequestContext, fund: RepairFund, year: number, quarter: number | null): Promise<FundStatement> {
    let period;
    try {
      period = periodOf(year, quarter);
    } catch (error) {
      throw fail.badField(quarter !== null && (quarter < 1 || quarter > 4) ? 'quarter' : 'year', 'PERIOD', (error as Error).message);
    }
    const rows: Array<{ on: string; side: 'IN' | 'OUT'; category: string; amount_fen: string }> = await ctx.em.query(
      `SELECT to_char(month, 'YYYY-MM-DD') AS on, 'IN' AS side, 'ACCRUAL' AS category, amount_fen FROM repair_fund_accrual WHERE fund_id = $1
       UNION ALL
       SELECT to_char(posted_on, 'YYYY-MM-DD'), 'IN', 'ACCRUAL', amount_fen FROM repair_fund_correction WHERE fund_id = $1
       UNION ALL
       SELECT to_char(decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), 'OUT', category, amount_fen FROM repair_fund_withdrawal WHERE fund_id = $1 AND status = 'APPROVED'
       UNION ALL
       SELECT to_char(r.posted_on, 'YYYY-MM-DD'), 'OUT', w.category, -r.amount_fen FROM repair_fund_refund r JOIN repair_fund_withdrawal w ON w.id = r.withdrawal_id WHERE r.fund_id = $1`,
      [fund.id],
    );
    const movements = rows.map((r) => ({ on: r.on, side: r.side, category: r.category, amountFen: Number(r.amount_fen) }));
    return { fundId: fund.id, ...statementOf(movements, period, WITHDRAWAL_CATEGORY_ORDER) };
  }

  /**
   * A quarter's or a year's statement for anyone once its figures cannot move (docs/domain-rules.md#public-statements):
   * ended, and every month since the opening posted. Any other fund or period is NOT_FOUND.
   */
  async publicStatement(ctx: RequestContext, fundId: number, year: number, quarter: number | null): Promise<PublicFundStatement> {
    const notPublic = () => fail.notFound('RepairFundStatement', `${fundId}/${year}${quarter ? `Q${quarter}` : ''}`);
    if (!Number.isInteger(year) || year < 1900 || year > 2999 || (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4))) throw notPublic();
    const fund = await ctx.em.findOneBy(RepairFund, { id: fundId });
    if (!fund) throw notPublic();
    const months: Array<{ month: string }> = await ctx.em.query(`SELECT to_char(month, 'YYYY-MM-DD') AS month FROM repair_fund_accrual WHERE fund_id = $1`, [fundId]);
    const through = postedThrough(fund.openedMonth, months.map((m) => m.month));
    if (!fundPeriodIsPublic(fund.openedMonth, through, year, quarter, todayInChina())) throw notPublic();
    // published the moment it became public: the period over (midnight in China) and its last month posted; it names the
    // estate and the project as they were named then, whatever a later rename (names-at.ts)
    const lastMonth = `${year}-${String(quarter ? quarter * 3 : 12).padStart(2, '0')}-01`;
    const [{ at }]: Array<{ at: Date }> = await ctx.em.query(
      `SELECT greatest(($2::date + interval '1 month')::timestamp AT TIME ZONE 'Asia/Shanghai',
                       (SELECT max(created_at) FROM repair_fund_accrual WHERE fund_id = $1 AND month <= $2::date)) AS at`,
      [fundId, lastMonth],
    );
    const names = await namesAt(ctx, at, [{ table: 'estate', id: fund.estateId }, { table: 'project', id: fund.projectId }]);
    const estateName = names.get(nameKey('estate', fund.estateId))!;
    const projectName = names.get(nameKey('project', fund.projectId))!;
    return { ...(await this.statement(ctx, fund, year, quarter)), estateName, projectName, year, quarter };
  }
}

/**
 * The project a fund sets its fee aside under serves the estate in `month`: its filing approved and its contract
 * covering the month (approved contracts of one estate never overlap: project_no_overlap). The project is held to the
 * commit, so a revocation meanwhile waits or is seen.
 */
async function assertServing(ctx: RequestContext, projectId: number, month: string, field: string): Promise<void> {
  const project = await heldForCheck(ctx, Project, projectId);
  const monthEnd = `${month.slice(0, 8)}${String(daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)))).padStart(2, '0')}`;
  if (!project || project.filingStatus !== FilingStatus.APPROVED || project.contractStart > monthEnd || project.contractEnd < month) {
    throw fail.badField(field, 'FUND_PROJECT_NOT_SERVING', `the project has no approved contract in force in ${month.slice(0, 7)}`, { month: month.slice(0, 7) });
  }
}

export interface PublicFundStatement extends FundStatement {
  estateName: string;
  projectName: string;
  year: number;
  quarter: number | null;
}

export const repairFundService = new RepairFundService();

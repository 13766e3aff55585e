import { recordAudit } from '../audit/audit.service';
import { checkUploadedFile } from '../committees/material-file';
import { Estate } from '../estates/estate.entity';
import { assertJurisdiction, jurisdictionScope, loadInJurisdiction } from '../estates/jurisdiction';
import { Lifecycle, moveRecord } from '../filings/lifecycle';
import type { RequestContext } from '../request/context';
import { actorId, withTransaction } from '../request/context';
import { passedResolutionOf } from '../resolutions/passed-resolution';
import { ResolutionPurpose } from '../resolutions/resolution-purposes';
import { translateDbError } from '../shared/db-errors';
import { amountInFen, totalOutOfRange, turnoverFits } from '../shared/money-limits';
import { fromHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { toId, toOptionalId } from '../shared/ids';
import { IsoDate, todayInChina } from '../shared/iso-date';
import { periodOf, quarterOf, Statement, statementOf } from '../shared/ledger-statement';
import { findList, ListResult } from '../shared/list';
import { insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { matchKeySql } from '../shared/match-key';
import { proposerStands } from '../filings/money-proposal-offer';
import { decideProposal, ProposalKind, proposalPending } from '../filings/proposal-decision';
import { ConfirmBlocker, ProposalAction, ProposalStatus } from '../filings/proposals';
import { BookTerms, termsChange, termsStandAsProposed } from './terms-change';
import { categoryFits, ENTRY_CATEGORY_ORDER, EntryDirection, PERIOD_TRANSITIONS, PeriodAction, PeriodStatus } from './account-states';
import { AccountEntry, AccountPeriod, AccountVoucher, CommitteeAccount, CommitteeAccountTermsProposal } from './committee-account.entity';
import { lateBooksSql } from './statement-due';
import { entryEffect, EntryJudgement, judgeEntry, raisesSql } from './entry-rules';
import { BookQuarter, bookYearIsPublic } from './book-publicity';
import { nameKey, namesAt } from '../shared/names-at';
import {
  AccountEntryInput,
  AccountEntryListOptions,
  AccountPeriodListOptions,
  CommitteeAccountListOptions,
  CommitteeAccountTermsInput,
  OpenCommitteeAccountInput,
  VoucherInput,
} from './committee-account.inputs';


/** The trigger's refusal (a closed quarter's book is final), as the client sees it. */
const closedPeriod = (what: string) => () => fail.invalidTransition('AccountPeriod', 0, 'CLOSED', `given changes (${what}): its quarter is closed; book a correction instead`, { rule: 'QUARTER_CLOSED' });

/** Money in 元 → fen within the limits (docs/domain-rules.md#money-limits). */
function money(amount: string, field: string, { negativeAllowed }: { negativeAllowed: boolean }): number {
  return amountInFen(amount, field, { negativeAllowed });
}


/** Looser terms of a book, confirmed by another officer: the book takes them in the same transaction (the database checks it). */
const TERMS_PROPOSAL: ProposalKind<CommitteeAccountTermsProposal> = {
  entity: CommitteeAccountTermsProposal,
  auditName: 'committeeAccountTerms',
  auditOn: (row) => ({ entityType: 'CommitteeAccount', entityId: row.accountId }),
  parentTable: 'committee_account',
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  proposerStands,
  async onConfirm(ctx, confirmed) {
    const account = await lockVersion<CommitteeAccount>(ctx, CommitteeAccount, confirmed.accountId, null, noRowRule);
    // terms tightened at once since the proposal stand: confirming its older terms would undo them (attacker round 11 F6)
    if (!termsStandAsProposed(account, confirmed)) {
      throw fail.invalidTransition('CommitteeAccountTermsProposal', confirmed.id, 'PENDING', 'confirmed: the book’s terms changed since it was proposed; refuse it, or withdraw it and propose again on the terms as they stand', {
        rule: 'PROPOSAL_STALE',
      });
    }
    await saveVersion<CommitteeAccount>(ctx, CommitteeAccount, account, { spendingLimitFen: confirmed.spendingLimitFen, statementDueDays: confirmed.statementDueDays });
  },
};

/** The book's terms a proposal is made on, kept on it: it is confirmed only while the book stands at them. */
const madeOn = (terms: BookTerms) => ({ spendingLimitFenAtProposal: terms.spendingLimitFen, statementDueDaysAtProposal: terms.statementDueDays });

/** A new book's terms until another officer confirms looser ones: every spending needs the owners' resolution, statements due in 30 days (review F13). */
export const OPENING_TERMS: BookTerms = { spendingLimitFen: 0, statementDueDays: 30 };

/** A spending limit in fen: 0 (every spending needs the owners' resolution) or an amount above it. */
const spendingLimitFen = (amount: string) => amountInFen(amount, 'spendingLimit', { zeroAllowed: true });

/**
 * A member of the estate's committee sitting on `day` (an entry's date, the day a quarter is closed), or BAD_USER_INPUT on
 * `field` (docs/domain-rules.md#committee-accounts: a member answers for what was done while they sat, not for who sits today).
 */
async function assertSittingMember(ctx: RequestContext, memberId: number, estateId: number, field: string, day: IsoDate): Promise<void> {
  const rows: unknown[] = await ctx.em.query(
    `SELECT 1 FROM committee_member cm JOIN committee c ON c.id = cm.committee_id
      WHERE cm.id = $1 AND c.estate_id = $2 AND c.term_start <= $3 AND c.term_end >= $3
        AND cm.starts_on <= $3 AND (cm.ends_on IS NULL OR cm.ends_on >= $3)`,
    [memberId, estateId, day],
  );
  if (!rows.length) throw fail.badField(field, 'NOT_A_SITTING_MEMBER', 'must be a member of this estate’s sitting committee');
}

/**
 * The amount still standing of the original entry behind `entryId` (a correction of a correction leads back to it):
 * the original plus every correction of it, however deep, as far as they count (COUNTED). Read under the book's lock, so corrections are counted
 * one after another and two together cannot take back more than the original booked.
 */
async function remainingAfterCorrections(ctx: RequestContext, entryId: number): Promise<number> {
  const [row]: Array<{ left: string }> = await ctx.em.query(
    `WITH RECURSIVE up AS (
       SELECT id, corrects_entry_id FROM account_entry WHERE id = $1
       UNION ALL SELECT e.id, e.corrects_entry_id FROM account_entry e JOIN up ON e.id = up.corrects_entry_id
     ), tree AS (
       SELECT id, amount_fen FROM account_entry WHERE id = (SELECT id FROM up WHERE corrects_entry_id IS NULL)
       UNION ALL SELECT e.id, e.amount_fen FROM account_entry e JOIN tree ON e.corrects_entry_id = tree.id
     )
     -- only what counts: income not yet signed off, or a refused entry, cannot be taken back (review F9); a take-back
     -- awaiting its sign-off is taken already, so two pending take-backs together cannot exceed the entry
     SELECT COALESCE(sum(e.amount_fen), 0)::text AS left FROM tree JOIN account_entry e ON e.id = tree.id
      WHERE e.sign_off_refused_at IS NULL AND (e.amount_fen < 0 OR ${COUNTED})`,
    [entryId],
  );
  return Number(row.left);
}

/**
 * What an entry lowering the balance counts together with against the committee's limit (docs/domain-rules.md#entry-effect):
 * the book's outflows not under an owners' resolution whose original entry is the corrected one (a correction's family)
 * or names the same counterparty (by its match key) in the same quarter as that original. A spending family pays out
 * what counts of it; an income family only what its corrections took back. So one payment split into parts, raised
 * afterwards by a correction, or made by taking income back, is judged as a whole. `covered`: the entry a correction
 * corrects is under a resolution (its own or an ancestor's).
 */
async function countedTogether(
  ctx: RequestContext,
  accountId: number,
  entry: { correctsEntryId: number | null; counterparty: string; occurredOn: string; direction: EntryDirection },
): Promise<EntryJudgement['together']> {
  const [row]: Array<{ others: string; family: string; direction: EntryDirection; covered: boolean }> = await ctx.em.query(
    `WITH RECURSIVE family AS (
       SELECT e.id, e.id AS original_id, e.direction AS original_direction, (e.direction = 'SPENDING' AND e.resolution_id IS NOT NULL) AS covered
         FROM account_entry e JOIN account_period p ON p.id = e.period_id
        WHERE p.account_id = $1 AND e.corrects_entry_id IS NULL
       UNION ALL
       -- a take-back of income is covered by its own resolution only: an income entry may name any resolution (matter 8)
       SELECT c.id, f.original_id, f.original_direction, f.covered OR (c.resolution_id IS NOT NULL AND (f.original_direction = 'SPENDING' OR c.amount_fen < 0))
         FROM account_entry c JOIN family f ON c.corrects_entry_id = f.id
     ), anchor AS (
       SELECT f.original_id, f.original_direction, f.covered, o.counterparty, o.occurred_on FROM family f JOIN account_entry o ON o.id = f.original_id WHERE f.id = $4
       UNION ALL
       SELECT 0, $5::text, false, $2::text, $3::date WHERE NOT EXISTS (SELECT 1 FROM family WHERE id = $4)
     ), counted AS (
       SELECT f.original_id, f.original_direction,
              coalesce(sum(e.amount_fen) FILTER (WHERE NOT f.covered AND (f.original_direction = 'SPENDING' OR e.id <> f.original_id)), 0) AS fen
         FROM family f JOIN account_entry e ON e.id = f.id
        WHERE ${COUNTED}
        GROUP BY f.original_id, f.original_direction
     )
     SELECT coalesce(sum(CASE WHEN c.original_direction = 'SPENDING' THEN c.fen ELSE greatest(0, -c.fen) END) FILTER (
              WHERE c.original_id <> a.original_id AND ${matchKeySql('o.counterparty')} = ${matchKeySql('a.counterparty')}
                AND date_trunc('quarter', o.occurred_on) = date_trunc('quarter', a.occurred_on)), 0)::text AS others,
            coalesce(sum(c.fen) FILTER (WHERE c.original_id = a.original_id), 0)::text AS family,
            a.original_direction AS direction, a.covered
       FROM anchor a LEFT JOIN counted c ON true LEFT JOIN account_entry o ON o.id = c.original_id
      GROUP BY a.original_direction, a.covered`,
    [accountId, entry.counterparty, entry.occurredOn, entry.correctsEntryId ?? 0, entry.direction],
  );
  return { othersFen: Number(row.others), familyCountedFen: Number(row.family), familyDirection: row.direction, covered: row.covered };
}

/** Locks the account's row: entries, closes and corrections of one book happen one after another. */
async function lockAccount(ctx: RequestContext, accountId: number): Promise<CommitteeAccount> {
  const account = await ctx.em.createQueryBuilder(CommitteeAccount, 'a').setLock('pessimistic_write').where('a.id = :id', { id: accountId }).getOne();
  if (!account) throw fail.notFound('CommitteeAccount', accountId);
  await assertJurisdiction(ctx, account.estateId);
  return account;
}

/**
 * The book's lock for a write of one of its entries, taken before the entry's as an entry and a close take it, so the
 * write and a close of one book queue, never deadlock (race14: a sign-off beside a close came back CONFLICT). A bare
 * lock: it tells a caller outside the estate nothing.
 */
async function lockBookOfEntry(ctx: RequestContext, entryId: number): Promise<void> {
  await ctx.em.query(`SELECT 1 FROM committee_account WHERE estate_id = (SELECT estate_id FROM account_entry WHERE id = $1) FOR UPDATE`, [entryId]);
}

/**
 * The entries that count in the book's balance and statements (docs/domain-rules.md#entry-effect): all but an entry
 * raising the balance that awaits the community's sign-off (income above the limit, a correction adding income or taking
 * spending back), which pays for nothing until another officer signs it, and any entry whose sign-off another officer
 * refused (review F9), kept but counted nowhere. An entry lowering the balance counts at once, signed off or not.
 */
const COUNTED = `(e.sign_off_refused_at IS NULL AND NOT (${raisesSql('e')} AND e.sign_off_required AND e.signed_off_at IS NULL))`;

/** Awaiting the community's sign-off: neither signed nor refused yet; such an entry holds its quarter's close. */
const AWAITING_SIGN_OFF = (alias: string) => `(${alias}.sign_off_required AND ${alias}.signed_off_at IS NULL AND ${alias}.sign_off_refused_at IS NULL)`;

/** Every entry of the account as ledger movements (income in, spending out). */
async function movementsOf(ctx: RequestContext, accountId: number) {
  const rows: Array<{ on: string; direction: EntryDirection; category: string; amount_fen: string }> = await ctx.em.query(
    `SELECT to_char(e.occurred_on, 'YYYY-MM-DD') AS on, e.direction, e.category, e.amount_fen
       FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1 AND ${COUNTED}`,
    [accountId],
  );
  return rows.map((r) => ({ on: r.on, side: r.direction === EntryDirection.INCOME ? ('IN' as const) : ('OUT' as const), category: r.category, amountFen: Number(r.amount_fen) }));
}

export interface PeriodStatement extends Statement {
  period: AccountPeriod;
}

export interface PeriodMoveInput {
  /** CLOSE: the committee member who closes */
  memberId: number | null;
  /** RETURN: why the community sends the quarter back */
  note: string | null;
}

const MAX_RETURN_REASON = 500;

/** A quarter's way to publication (docs/roles-and-workflows.md#committee-accounts). */
/** What holds a quarter's close, for the move and for its availableActions alike. */
export interface CloseHold {
  rule: 'QUARTER_NOT_ENDED' | 'EARLIER_QUARTER_OPEN' | 'ENTRIES_AWAIT_SIGN_OFF';
  why: string;
  figures: Record<string, unknown>;
}

/**
 * Why each quarter cannot be closed today, or null (docs/domain-rules.md#committee-accounts): its quarter has not
 * ended, an earlier quarter of the book is open, or entries of it await the community's sign-off. One statement for
 * any number of quarters, so a page of them offers CLOSE only where the move accepts it (attacker round 8 F8).
 */
export async function closeHolds(ctx: RequestContext, periodIds: readonly number[]): Promise<Array<CloseHold | null>> {
  const today = todayInChina();
  const rows: Array<{ id: number; year: number; quarter: number; earlier: number; waiting: number }> = await ctx.em.query(
    `SELECT p.id, p.year, p.quarter,
            (SELECT count(*)::int FROM account_period e WHERE e.account_id = p.account_id AND e.status = 'OPEN' AND (e.year, e.quarter) < (p.year, p.quarter)) AS earlier,
            (SELECT count(*)::int FROM account_entry a WHERE a.period_id = p.id AND ${AWAITING_SIGN_OFF('a')}) AS waiting
       FROM account_period p WHERE p.id = ANY($1::int[])`,
    [periodIds],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return periodIds.map((id): CloseHold | null => {
    const p = byId.get(id);
    if (!p) return null;
    const endsOn = periodOf(p.year, p.quarter).to;
    if (today <= endsOn) return { rule: 'QUARTER_NOT_ENDED', why: 'closed before its quarter has ended', figures: { endsOn } };
    const { earlier, waiting } = p;
    if (earlier > 0) return { rule: 'EARLIER_QUARTER_OPEN', why: 'closed while an earlier quarter is open', figures: { count: earlier } };
    if (waiting > 0) return { rule: 'ENTRIES_AWAIT_SIGN_OFF', why: `closed while ${waiting} entries await the community’s sign-off`, figures: { count: waiting } };
    return null;
  });
}

export const PERIOD_LIFECYCLE: Lifecycle<AccountPeriod, PeriodStatus, PeriodAction, PeriodMoveInput> = {
  entity: AccountPeriod,
  stateField: 'status',
  table: PERIOD_TRANSITIONS,
  auditName: 'accountPeriod',
  authorize: (ctx, row) => assertJurisdiction(ctx, row.estateId),
  refusedAs: (action) => ({ CLOSE: 'closed', COUNTERSIGN: 'countersigned', PUBLISH: 'published', RETURN: 'returned' })[action],
  async guard(ctx, { row, action, input }) {
    if (action === PeriodAction.CLOSE) {
      if (input.memberId === null) throw fail.badField('memberId', 'REQUIRED', 'name the committee member who closes the quarter');
      await assertSittingMember(ctx, input.memberId, row.estateId, 'memberId', todayInChina());
      const [held] = await closeHolds(ctx, [row.id]);
      if (held) throw fail.invalidTransition('AccountPeriod', row.id, row.status, held.why, { rule: held.rule, ...held.figures });
    }
    // the community countersigns, or sends back, what the committee closed: never the person who recorded the close
    if ((action === PeriodAction.COUNTERSIGN || action === PeriodAction.RETURN) && row.closedById !== null && row.closedById === actorId(ctx)) {
      throw fail.forbidden(`You recorded the close of period ${row.id}: another officer must ${action === PeriodAction.RETURN ? 'return' : 'countersign'} it`, 'MAKER_CHECKER');
    }
    if (action === PeriodAction.RETURN) {
      if (!input.note) throw fail.badField('note', 'REQUIRED', 'say why the quarter goes back to the committee');
      if (input.note.length > MAX_RETURN_REASON) throw fail.badField('note', 'LENGTH', `must be at most ${MAX_RETURN_REASON} characters`, { max: MAX_RETURN_REASON });
      // a later quarter closed on this one's closing balance: it goes back first
      const [later]: Array<{ n: number }> = await ctx.em.query(
        `SELECT count(*)::int AS n FROM account_period WHERE account_id = $1 AND status <> 'OPEN' AND (year, quarter) > ($2, $3)`,
        [row.accountId, row.year, row.quarter],
      );
      if (later.n > 0) throw fail.invalidTransition('AccountPeriod', row.id, row.status, 'returned while a later quarter is closed', { rule: 'LATER_QUARTER_CLOSED', count: later.n });
    }
  },
  async changes(ctx, { row, action, input }) {
    const now = new Date();
    if (action === PeriodAction.CLOSE) {
      const s = statementOf(await movementsOf(ctx, row.accountId), periodOf(row.year, row.quarter));
      return {
        closedById: actorId(ctx),
        closedByMemberId: input.memberId,
        closedAt: now,
        openingFen: s.openingFen,
        incomeFen: s.inFen,
        spendingFen: s.outFen,
        closingFen: s.closingFen,
      };
    }
    if (action === PeriodAction.COUNTERSIGN) return { countersignedById: actorId(ctx), countersignedAt: now };
    if (action === PeriodAction.RETURN) {
      return {
        closedById: null,
        closedByMemberId: null,
        closedAt: null,
        openingFen: null,
        incomeFen: null,
        spendingFen: null,
        closingFen: null,
        returnedAt: now,
        returnedById: actorId(ctx),
        returnReason: input.note,
      };
    }
    return { publishedAt: now };
  },
  auditExtra: ({ input }) => ({ memberId: input.memberId, note: input.note }),
};

/**
 * A resolution authorises the one spending it names: it is cited by one entry paying out (a spending, or income taken
 * back), and by corrections of that entry only (docs/domain-rules.md#resolution-purposes). Checked under the book's lock; a unique index holds the first part.
 */
async function assertResolutionNotSpent(ctx: RequestContext, resolutionId: number, correctsEntryId: number | null): Promise<void> {
  const rows: Array<{ root: number; mine: boolean }> = await ctx.em.query(
    `WITH RECURSIVE chain(start_id, id, corrects) AS (
        SELECT id, id, corrects_entry_id FROM account_entry WHERE id = $2 OR (resolution_id = $1 AND (direction = 'SPENDING' OR amount_fen < 0))
        UNION ALL SELECT c.start_id, e.id, e.corrects_entry_id FROM account_entry e JOIN chain c ON e.id = c.corrects)
     SELECT DISTINCT id AS root, start_id = $2 AS mine FROM chain WHERE corrects IS NULL`,
    [resolutionId, correctsEntryId],
  );
  const myRoot = rows.find((r) => r.mine)?.root ?? null;
  const others = rows.filter((r) => !r.mine && r.root !== myRoot);
  if (others.length) {
    throw fail.badField('resolutionId', 'RESOLUTION_ALREADY_CITED', `this resolution already authorised the spending of entry ${others[0].root}: a resolution authorises the one spending it names`, { entryId: String(others[0].root) });
  }
}

/** Only an entry awaiting the community's sign-off is signed off or refused, once. */
function assertAwaitingSignOff(entry: AccountEntry, verb: string): void {
  if (entry.signedOffAt) throw fail.invalidTransition('AccountEntry', entry.id, 'SIGNED_OFF', verb, { rule: 'ALREADY_SIGNED_OFF' });
  if (entry.signOffRefusedAt) throw fail.invalidTransition('AccountEntry', entry.id, 'SIGN_OFF_REFUSED', verb, { rule: 'SIGN_OFF_REFUSED' });
  if (!entry.signOffRequired) throw fail.invalidTransition('AccountEntry', entry.id, 'WITHIN_LIMIT', verb, { rule: 'NO_SIGN_OFF_NEEDED' });
}

export class CommitteeAccountService {
  /** Why a pending terms proposal could not be confirmed now: the book's terms changed since (PROPOSAL_STALE), read through the request's loaders. */
  async termsConfirmBlocker(ctx: RequestContext, proposal: CommitteeAccountTermsProposal): Promise<ConfirmBlocker | null> {
    if (proposal.status !== ProposalStatus.PENDING) return null;
    const book = await ctx.loaders.byId(CommitteeAccount).load(proposal.accountId);
    return book && !termsStandAsProposed(book, proposal) ? 'PROPOSAL_STALE' : null;
  }

  async listAccounts(ctx: RequestContext, options: CommitteeAccountListOptions | undefined, wantTotal: boolean): Promise<ListResult<CommitteeAccount>> {
    return findList(
      ctx,
      {
        entity: CommitteeAccount,
        alias: 'ca',
        defaultSort: 'id',
        filters: {
          estateId: { op: 'eq', column: 'ca.estateId', id: true },
          // the dashboard's late statements, counted by the same SQL (docs/domain-rules.md#statement-due)
          statementLag: {
            op: 'sql',
            where: (lag, param) => ({ sql: `ca.id IN (SELECT late.account_id FROM (${lateBooksSql(':lagToday')}) late WHERE late.lag = :${param})`, params: { [param]: lag, lagToday: todayInChina() } }),
          },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'ca.estateId') },
    );
  }

  getAccount(ctx: RequestContext, id: number): Promise<CommitteeAccount> {
    return loadInJurisdiction(ctx, CommitteeAccount, id);
  }

  async listPeriods(ctx: RequestContext, options: AccountPeriodListOptions | undefined, wantTotal: boolean): Promise<ListResult<AccountPeriod>> {
    return findList(
      ctx,
      {
        entity: AccountPeriod,
        alias: 'ap',
        defaultSort: 'id',
        filters: {
          accountId: { op: 'eq', column: 'ap.accountId', id: true },
          estateId: { op: 'eq', column: 'ap.estateId', id: true },
          year: { op: 'eq', column: 'ap.year' },
          status: { op: 'enum', column: 'ap.status', values: PeriodStatus },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'ap.estateId') },
    );
  }

  getPeriod(ctx: RequestContext, id: number): Promise<AccountPeriod> {
    return loadInJurisdiction(ctx, AccountPeriod, id);
  }

  async listEntries(ctx: RequestContext, options: AccountEntryListOptions | undefined, wantTotal: boolean): Promise<ListResult<AccountEntry>> {
    return findList(
      ctx,
      {
        entity: AccountEntry,
        alias: 'ae',
        defaultSort: 'id',
        filters: {
          periodId: { op: 'eq', column: 'ae.periodId', id: true },
          estateId: { op: 'eq', column: 'ae.estateId', id: true },
          direction: { op: 'enum', column: 'ae.direction', values: EntryDirection },
          category: { op: 'eq', column: 'ae.category' },
          awaitingSignOff: {
            op: 'sql',
            where: (awaiting) => (awaiting ? `(ae.signOffRequired AND ae.signedOffAt IS NULL AND ae.signOffRefusedAt IS NULL)` : `NOT (ae.signOffRequired AND ae.signedOffAt IS NULL AND ae.signOffRefusedAt IS NULL)`),
          },
        },
      },
      options,
      { wantTotal, scope: await jurisdictionScope(ctx, 'ae.estateId') },
    );
  }

  getEntry(ctx: RequestContext, id: number): Promise<AccountEntry> {
    return loadInJurisdiction(ctx, AccountEntry, id);
  }

  /**
   * Opens an estate's book with the strictest terms (OPENING_TERMS, at most the due days asked); the limit and days its
   * rules of procedure delegate, when looser, are proposed by the opener for another officer to confirm, as any later
   * loosening is (docs/roles-and-workflows.md#money-proposals, review F13). The book is returned with them as `pendingTerms`.
   */
  async openAccount(ctx: RequestContext, input: OpenCommitteeAccountInput): Promise<CommitteeAccount> {
    const estateId = toId(input.estateId, 'estateId');
    if (!(await ctx.loaders.byId(Estate).load(estateId))) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, estateId);
    const asked: BookTerms = { spendingLimitFen: spendingLimitFen(input.spendingLimit), statementDueDays: input.statementDueDays ?? OPENING_TERMS.statementDueDays };
    const opening: BookTerms = { spendingLimitFen: OPENING_TERMS.spendingLimitFen, statementDueDays: Math.min(asked.statementDueDays, OPENING_TERMS.statementDueDays) };
    return withTransaction(ctx, async (ctx) => {
      let account: CommitteeAccount;
      try {
        account = await insertReturning(ctx, CommitteeAccount, { estateId, ...opening, createdById: actorId(ctx) });
      } catch (error) {
        translateDbError(error, { committee_account_estate_id_key: () => fail.alreadyExists(`Estate ${estateId} has a committee account already`, { field: 'estateId', rule: 'COMMITTEE_ACCOUNT_EXISTS', estateId: String(estateId) }) });
      }
      let proposal: CommitteeAccountTermsProposal | null = null;
      if (termsChange(opening, asked) === 'LOOSENS') {
        proposal = await insertReturning(ctx, CommitteeAccountTermsProposal, { accountId: account.id, estateId, ...asked, ...madeOn(opening), proposedById: actorId(ctx)! });
      }
      await recordAudit(ctx, { action: 'committeeAccount.open', entityType: 'CommitteeAccount', entityId: account.id, after: { ...account, proposalId: proposal?.id ?? null } });
      return account;
    });
  }

  async setSpendingLimit(ctx: RequestContext, id: number, version: number, spendingLimit: string): Promise<CommitteeAccount> {
    return this.changeTerms(ctx, id, version, { spendingLimitFen: spendingLimitFen(spendingLimit) }, 'committeeAccount.setSpendingLimit');
  }

  /**
   * The limit and the days a quarter's statement is due after it ends, as the estate's rules of procedure now say
   * (docs/domain-rules.md#statement-due): both at once, one version, one audit event.
   */
  async setTerms(ctx: RequestContext, id: number, version: number, input: CommitteeAccountTermsInput): Promise<CommitteeAccount> {
    const fields = { spendingLimitFen: spendingLimitFen(input.spendingLimit), statementDueDays: input.statementDueDays };
    if (!Number.isInteger(fields.statementDueDays) || fields.statementDueDays < 1 || fields.statementDueDays > 366) {
      throw fail.badField('statementDueDays', 'RANGE', 'must be from 1 to 366 days');
    }
    return this.changeTerms(ctx, id, version, fields, 'committeeAccount.setTerms');
  }

  /**
   * Tightening takes effect at once; loosening (a higher limit, more due days) is proposed and waits for another
   * officer of the subdistricts (docs/roles-and-workflows.md#money-proposals: review F2, one officer lifted the limit,
   * booked above it and put it back). The book is returned as it now stands, with the proposal as `pendingTerms`.
   */
  private changeTerms(ctx: RequestContext, id: number, version: number, fields: Partial<BookTerms>, action: string): Promise<CommitteeAccount> {
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion<CommitteeAccount>(ctx, CommitteeAccount, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      const terms: BookTerms = { spendingLimitFen: fields.spendingLimitFen ?? row.spendingLimitFen, statementDueDays: fields.statementDueDays ?? row.statementDueDays };
      if (termsChange(row, terms) !== 'LOOSENS') {
        const updated = await saveVersion<CommitteeAccount>(ctx, CommitteeAccount, row, terms);
        await recordAudit(ctx, { action, entityType: 'CommitteeAccount', entityId: id, before: row, after: updated });
        return updated;
      }
      let proposal: CommitteeAccountTermsProposal;
      try {
        proposal = await insertReturning(ctx, CommitteeAccountTermsProposal, { accountId: id, estateId: row.estateId, ...terms, ...madeOn(row), proposedById: actorId(ctx)! });
      } catch (error) {
        translateDbError(error, { committee_account_terms_one_pending: () => proposalPending('CommitteeAccount', id) });
      }
      // the book's readers see the proposal: its version moves, its terms do not
      const updated = await saveVersion<CommitteeAccount>(ctx, CommitteeAccount, row, {});
      await recordAudit(ctx, { action: 'committeeAccount.proposeTerms', entityType: 'CommitteeAccount', entityId: id, before: row, after: proposal });
      return updated;
    });
  }

  /** The book's pending proposal of looser terms, if any. */
  async pendingTerms(ctx: RequestContext, accountId: number): Promise<CommitteeAccountTermsProposal | null> {
    return ctx.em.findOneBy(CommitteeAccountTermsProposal, { accountId, status: ProposalStatus.PENDING });
  }

  termsProposals(ctx: RequestContext, accountId: number): Promise<CommitteeAccountTermsProposal[]> {
    return ctx.loaders.manyBy(CommitteeAccountTermsProposal, 'accountId', ['id']).load(accountId);
  }

  decideTerms(ctx: RequestContext, id: number, version: number, action: ProposalAction, note: string | null): Promise<CommitteeAccountTermsProposal> {
    return decideProposal(ctx, TERMS_PROPOSAL, id, version, action, note);
  }

  /**
   * Books an entry in the quarter of its date (opened on first use), judged by what it does to the balance
   * (docs/domain-rules.md#entry-effect): what raises it follows the income rules, what lowers it the spending rules
   * (above the delegated limit, a passed resolution of the estate and the community's sign-off); a correction
   * references what it corrects.
   */
  async addEntry(ctx: RequestContext, input: AccountEntryInput): Promise<AccountEntry> {
    const accountId = toId(input.accountId, 'accountId');
    const memberId = toId(input.enteredByMemberId, 'enteredByMemberId');
    const correctsEntryId = toOptionalId(input.correctsEntryId, 'correctsEntryId') ?? null;
    const resolutionId = toOptionalId(input.resolutionId, 'resolutionId') ?? null;
    const amountFen = money(input.amount, 'amount', { negativeAllowed: correctsEntryId !== null });
    if (!categoryFits(input.direction, input.category)) {
      throw fail.badField('category', 'CATEGORY', `is not a category of ${input.direction === EntryDirection.INCOME ? 'income' : 'spending'}`);
    }
    if (input.occurredOn > todayInChina()) throw fail.badField('occurredOn', 'NOT_FUTURE', 'must not be in the future');
    return withTransaction(ctx, async (ctx) => {
      const account = await lockAccount(ctx, accountId);
      await assertSittingMember(ctx, memberId, account.estateId, 'enteredByMemberId', input.occurredOn);
      if (correctsEntryId !== null) {
        const corrected = await ctx.em.findOneBy(AccountEntry, { id: correctsEntryId });
        if (!corrected || corrected.estateId !== account.estateId) throw fail.badField('correctsEntryId', 'REFERENCE', 'must be an entry of this account');
        if (corrected.direction !== input.direction || corrected.category !== input.category) {
          throw fail.badField('correctsEntryId', 'CORRECTION_MISMATCH', 'a correction keeps the direction and category of what it corrects');
        }
        // what is left of the original after every earlier correction of it (docs/domain-rules.md#committee-accounts)
        const left = await remainingAfterCorrections(ctx, correctsEntryId);
        if (amountFen < 0 && -amountFen > left) {
          throw fail.badField('amount', 'CORRECTION_TOO_LARGE', `takes back more than is left of the entry after its earlier corrections (${fromHundredths(left)} 元)`, { left: fromHundredths(left) });
        }
      }
      const [book]: Array<{ turnover: string; balance: string }> = await ctx.em.query(
        `SELECT COALESCE(sum(abs(e.amount_fen)), 0)::text AS turnover,
                COALESCE(sum(CASE WHEN NOT ${COUNTED} THEN 0 WHEN e.direction = 'INCOME' THEN e.amount_fen ELSE -e.amount_fen END), 0)::text AS balance
           FROM account_entry e JOIN account_period p ON p.id = e.period_id WHERE p.account_id = $1`,
        [account.id],
      );
      if (!turnoverFits(book.turnover, amountFen)) throw totalOutOfRange('amount');
      // judged by what it does to the balance, not by its direction's name (docs/domain-rules.md#entry-effect)
      const effect = entryEffect(input.direction, amountFen);
      // public income is spent from what the book holds (Civil Code Art. 282, docs/domain-rules.md#committee-accounts)
      const movement = BigInt(input.direction === EntryDirection.INCOME ? amountFen : -amountFen);
      if (effect === 'LOWERS' && BigInt(book.balance) + movement < 0n) {
        throw fail.badField('amount', 'BOOK_BALANCE_SHORT', `the book holds ${fromHundredths(Number(book.balance))} 元 of public income: it cannot pay out more`, { balance: fromHundredths(Number(book.balance)) });
      }
      // one outflow is judged whole: with its earlier parts to the same payee this quarter, or the entry a correction changes
      const together = effect === 'LOWERS'
        ? await countedTogether(ctx, account.id, { correctsEntryId, counterparty: input.counterparty.trim(), occurredOn: input.occurredOn, direction: input.direction })
        : { othersFen: 0, familyCountedFen: 0, familyDirection: input.direction, covered: false };
      const ruling = judgeEntry({ direction: input.direction, amountFen, isCorrection: correctsEntryId !== null, limitFen: account.spendingLimitFen, together });
      if (ruling.resolutionRule !== null && resolutionId === null) {
        if (ruling.resolutionRule === 'SPENDING_COUNTED_TOGETHER') {
          throw fail.badField('resolutionId', 'SPENDING_COUNTED_TOGETHER', 'with what is paid to the same payee this quarter, or by the entry it corrects, not under a resolution, it is above the committee’s limit: it needs the owners’ resolution');
        }
        throw fail.badField('resolutionId', 'RESOLUTION_REQUIRED', 'spending above the committee’s limit needs the owners’ resolution');
      }
      // what pays out (spending, income taken back) cites the owners' decision to spend: of matter (9), passed, for this one outflow
      const paysOut = input.direction === EntryDirection.SPENDING || effect === 'LOWERS';
      if (resolutionId !== null) {
        await passedResolutionOf(ctx, resolutionId, account.estateId, 'resolutionId', paysOut ? ResolutionPurpose.SPENDING_ABOVE_LIMIT : null);
        if (paysOut) await assertResolutionNotSpent(ctx, resolutionId, correctsEntryId);
      }
      const period = await this.periodFor(ctx, account, input.occurredOn);
      let entry: AccountEntry;
      try {
        entry = await insertReturning(ctx, AccountEntry, {
          periodId: period.id,
          estateId: account.estateId,
          direction: input.direction,
          category: input.category,
          amountFen,
          counterparty: input.counterparty.trim(),
          occurredOn: input.occurredOn,
          description: input.description.trim(),
          enteredByMemberId: memberId,
          correctsEntryId,
          resolutionId,
          signOffRequired: ruling.signOffRequired,
          createdById: actorId(ctx),
        });
      } catch (error) {
        translateDbError(error, {
          account_entry_period_closed: closedPeriod('a new entry'),
          account_entry_resolution_cited_once: () => fail.badField('resolutionId', 'RESOLUTION_ALREADY_CITED', 'this resolution already authorised a spending: a resolution authorises the one spending it names'),
        });
      }
      await recordAudit(ctx, { action: 'accountEntry.create', entityType: 'AccountEntry', entityId: entry.id, after: entry });
      return entry;
    });
  }

  /** The open quarter an entry of `day` goes in; refused when that quarter, or a later one, is closed. */
  private async periodFor(ctx: RequestContext, account: CommitteeAccount, day: string): Promise<AccountPeriod> {
    const { year, quarter } = quarterOf(day);
    const [later]: Array<{ id: number; status: string } | undefined> = await ctx.em.query(
      `SELECT id, status FROM account_period WHERE account_id = $1 AND status <> 'OPEN' AND (year, quarter) >= ($2, $3) ORDER BY year, quarter LIMIT 1`,
      [account.id, year, quarter],
    );
    if (later) {
      throw fail.invalidTransition('AccountPeriod', later.id, later.status, `given an entry dated ${day}: the book is closed through that quarter; book a correction dated in an open quarter`, {
        rule: 'BOOK_CLOSED_THROUGH',
        day,
      });
    }
    await ctx.em.query(
      `INSERT INTO account_period (account_id, estate_id, year, quarter) VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, year, quarter) DO NOTHING`,
      [account.id, account.estateId, year, quarter],
    );
    return ctx.em.findOneByOrFail(AccountPeriod, { accountId: account.id, year, quarter });
  }

  /** The community's sign-off of an entry awaiting it (docs/domain-rules.md#entry-effect): another officer than the one who booked it. */
  async signOffEntry(ctx: RequestContext, id: number, version: number): Promise<AccountEntry> {
    return withTransaction(ctx, async (ctx) => {
      await lockBookOfEntry(ctx, id);
      const entry = await lockVersion(ctx, AccountEntry, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      assertAwaitingSignOff(entry, 'signed off');
      if (entry.createdById !== null && entry.createdById === actorId(ctx)) {
        throw fail.forbidden(`You booked entry ${id}: another officer must sign it off`, 'MAKER_CHECKER');
      }
      let updated: AccountEntry;
      try {
        updated = await saveVersion(ctx, AccountEntry, entry, { signedOffById: actorId(ctx), signedOffAt: new Date() });
      } catch (error) {
        translateDbError(error, { account_entry_period_closed: closedPeriod('a sign-off') });
      }
      await recordAudit(ctx, { action: 'accountEntry.signOff', entityType: 'AccountEntry', entityId: id, before: entry, after: updated });
      return updated;
    });
  }

  /**
   * The community refuses to sign an entry off (review F9): another officer than the one who booked it, with a note.
   * The entry is kept and shown as refused, counts in no balance or statement, and no longer holds its quarter's close.
   */
  async refuseSignOff(ctx: RequestContext, id: number, version: number, note: string): Promise<AccountEntry> {
    const refusalNote = note.trim();
    if (!refusalNote) throw fail.badField('note', 'REQUIRED', 'say why the community does not sign the entry off');
    if (refusalNote.length > MAX_RETURN_REASON) throw fail.badField('note', 'LENGTH', `must be at most ${MAX_RETURN_REASON} characters`, { max: MAX_RETURN_REASON });
    return withTransaction(ctx, async (ctx) => {
      await lockBookOfEntry(ctx, id);
      const entry = await lockVersion(ctx, AccountEntry, id, version, (r) => assertJurisdiction(ctx, r.estateId));
      assertAwaitingSignOff(entry, 'refused');
      if (entry.createdById !== null && entry.createdById === actorId(ctx)) {
        throw fail.forbidden(`You booked entry ${id}: another officer must sign it off or refuse it`, 'MAKER_CHECKER');
      }
      let updated: AccountEntry;
      try {
        updated = await saveVersion(ctx, AccountEntry, entry, { signOffRefusedById: actorId(ctx), signOffRefusedAt: new Date(), signOffRefusalNote: refusalNote });
      } catch (error) {
        translateDbError(error, { account_entry_period_closed: closedPeriod('a refusal') });
      }
      await recordAudit(ctx, { action: 'accountEntry.refuseSignOff', entityType: 'AccountEntry', entityId: id, before: entry, after: updated });
      return updated;
    });
  }

  /** A voucher for an entry of an open quarter, under the filing materials' file rules. */
  async addVoucher(ctx: RequestContext, entryId: number, input: VoucherInput): Promise<AccountVoucher> {
    const { fileName, content, type, sha256 } = checkUploadedFile(input.contentBase64, input.fileName);
    return withTransaction(ctx, async (ctx) => {
      await lockBookOfEntry(ctx, entryId);
      const entry = await ctx.em.findOneBy(AccountEntry, { id: entryId });
      if (!entry) throw fail.notFound('AccountEntry', entryId);
      await assertJurisdiction(ctx, entry.estateId);
      let voucher: AccountVoucher;
      try {
        voucher = await insertReturning(ctx, AccountVoucher, {
          entryId,
          fileName,
          contentType: type.mime,
          sizeBytes: content.length,
          sha256,
          content,
          uploadedById: actorId(ctx),
        });
      } catch (error) {
        translateDbError(error, { account_entry_period_closed: closedPeriod('a voucher') });
      }
      await recordAudit(ctx, { action: 'accountEntry.addVoucher', entityType: 'AccountEntry', entityId: entryId, after: { ...voucher, sha256: sha256.toString('hex') } });
      return voucher;
    });
  }

  /** The voucher's file, base64: officers of the estate's subdistrict (invoices name people and firms). */
  async voucherContent(ctx: RequestContext, voucherId: number): Promise<string> {
    const voucher = await ctx.em.findOne(AccountVoucher, { where: { id: voucherId }, select: { id: true, entryId: true, content: true } });
    if (!voucher) throw fail.notFound('AccountVoucher', voucherId);
    await this.getEntry(ctx, voucher.entryId);
    return voucher.content.toString('base64');
  }

  movePeriod(ctx: RequestContext, id: number, version: number, action: PeriodAction, memberId: number | null, note: string | null = null): Promise<AccountPeriod> {
    return withTransaction(ctx, async (ctx) => {
      // the book's lock first, as a new entry takes it: a close and an entry of one book queue, never deadlock
      const [row]: Array<{ account_id: number } | undefined> = await ctx.em.query(`SELECT account_id FROM account_period WHERE id = $1`, [id]);
      if (row) await lockAccount(ctx, row.account_id);
      return moveRecord(ctx, PERIOD_LIFECYCLE, id, version, action, { memberId, note: note?.trim() || null });
    });
  }

  /** The quarter's statement from its entries and every earlier one (frozen once closed: the entries cannot change). */
  async statement(ctx: RequestContext, period: AccountPeriod): Promise<PeriodStatement> {
    return { period, ...statementOf(await movementsOf(ctx, period.accountId), periodOf(period.year, period.quarter), ENTRY_CATEGORY_ORDER) };
  }

  /** A published quarter's statement for anyone; any other id is NOT_FOUND, so nothing unpublished is told. */
  async publishedStatement(ctx: RequestContext, periodId: number): Promise<{ statement: PeriodStatement; estateName: string }> {
    const period = await ctx.em.findOneBy(AccountPeriod, { id: periodId });
    if (!period || period.status !== PeriodStatus.PUBLISHED) throw fail.notFound('AccountStatement', periodId);
    // the estate as it was named when the quarter was published: a later rename is not a change of what was published
    const names = await namesAt(ctx, period.publishedAt, [{ table: 'estate', id: period.estateId }]);
    return { statement: await this.statement(ctx, period), estateName: names.get(nameKey('estate', period.estateId))! };
  }

  /**
   * A book's year for anyone once every quarter of it is published and nothing dated in it can still be booked
   * (docs/domain-rules.md#public-statements); any other book or year is NOT_FOUND, so nothing unpublished is told.
   */
  async publishedYear(ctx: RequestContext, accountId: number, year: number): Promise<PublishedYear> {
    const quarters: Array<BookQuarter & { published_at: Date | null }> = await ctx.em.query(
      `SELECT year, quarter, status, published_at FROM account_period WHERE account_id = $1 ORDER BY year, quarter`,
      [accountId],
    );
    if (!Number.isInteger(year) || !bookYearIsPublic(quarters, year)) throw fail.notFound('AccountYearStatement', `${accountId}/${year}`);
    const account = await ctx.em.findOneByOrFail(CommitteeAccount, { id: accountId });
    const publishedAt = quarters.filter((q) => q.year === year).reduce<Date | null>((last, q) => (last && q.published_at && last > q.published_at ? last : q.published_at), null);
    // the year was published with its last quarter: the estate under the name it bore then
    const names = await namesAt(ctx, publishedAt, [{ table: 'estate', id: account.estateId }]);
    const statement = statementOf(await movementsOf(ctx, accountId), periodOf(year), ENTRY_CATEGORY_ORDER);
    return { accountId, estateName: names.get(nameKey('estate', account.estateId))!, year, publishedAt, statement };
  }
}

export interface PublishedYear {
  accountId: number;
  estateName: string;
  year: number;
  /** when its last quarter was published */
  publishedAt: Date | null;
  statement: Statement;
}

export const committeeAccountService = new CommitteeAccountService();

import { EntityManager } from 'typeorm';
import { demoMoment } from './demo-moment';
import { ENTRY_CATEGORY_ORDER, EntryDirection, IncomeCategory, SpendingCategory } from '../committee-accounts/account-states';
import { monthlyAccrualFen } from '../repair-fund/accrual';
import { WithdrawalCategory } from '../repair-fund/withdrawal-states';
import { toHundredths } from '../shared/decimal';
import { addDays, IsoDate } from '../shared/iso-date';
import { periodOf, quarterOf, statementOf } from '../shared/ledger-statement';
import { insertRows, resetIdentity } from './insert-rows';
import { Prng } from './prng';

/**
 * The estates' money for the demo (docs/domain-rules.md#estate-money): small-repair funds with a year of
 * accruals and approved repairs for a few estates in the officers' subdistricts, and committee books whose
 * earlier quarters are published, one waiting for the community's countersignature and the current one open.
 * Amounts come from the same rule modules the API uses. 龙庭小区's fund opened the month after its owners' vote
 * on the fee (1.69 → 1.99 元/m²/月) passed, on that resolution, setting 10 % aside, and has accrued every month
 * since. Late statements for the dashboard (docs/domain-rules.md#statement-due): one book leaves a quarter two
 * back unpublished (overdue whatever the day), one allows 100 days (its last quarter unpublished, not overdue). A
 * fourth book kept only last year's second half, both quarters published: the owners read that year whole.
 */
interface Actors {
  officerId: number;
  officer3Id: number;
}

const monthStart = (day: IsoDate) => `${day.slice(0, 7)}-01`;
function addMonths(month: IsoDate, n: number): IsoDate {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-01`;
}
const at = (day: IsoDate, hour: number) => demoMoment(day, hour);

export async function seedMoneyDemo(em: EntityManager, actors: Actors, officerSubdistricts: string[], rng: Prng, today: IsoDate): Promise<{ funds: number; accounts: number }> {
  // estates on the officers' side with an owner roll and an approved project, 龙庭小区 left for its vote
  const estates: Array<{ estate_id: number; project_id: number; fee: string; area: string }> = await em.query(
    `SELECT e.id AS estate_id, min(p.id) AS project_id, min(p.residential_fee)::text AS fee,
            (SELECT sum(area)::numeric(14,2)::text FROM unit u WHERE u.estate_id = e.id) AS area
       FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
       JOIN project p ON p.estate_id = e.id AND p.filing_status = 'APPROVED'
      WHERE s.name = ANY($1) AND e.name <> '龙庭小区' AND EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
        AND NOT EXISTS (SELECT 1 FROM resolution r WHERE r.estate_id = e.id AND r.phase = 'VOTING')
      GROUP BY e.id ORDER BY e.id LIMIT 3`,
    [officerSubdistricts],
  );
  const thisMonth = monthStart(today);
  const funds: object[] = [];
  const terms: object[] = [];
  const accruals: object[] = [];
  const withdrawals: object[] = [];
  let withdrawalId = 1;
  estates.forEach((e, i) => {
    const fundId = i + 1;
    const opened = addMonths(thisMonth, -12);
    const feeRate = e.fee;
    let balance = 0;
    for (let m = 0; m < 12; m++) {
      const month = addMonths(opened, m);
      const amountFen = monthlyAccrualFen(toHundredths(e.area), feeRate, 1000);
      balance += amountFen;
      accruals.push({ fundId, month, chargedArea: e.area, feeRate, setAsideBasisPoints: 1000, amountFen, createdById: actors.officerId, createdAt: at(addDays(month, 2), 9) });
      // a small repair every other month, approved by the other officer of the subdistrict
      if (m % 2 === 1) {
        const amount = Math.min(balance, rng.int(80, 600) * 100);
        const decided = addDays(month, rng.int(5, 25));
        balance -= amount;
        withdrawals.push({
          id: withdrawalId++,
          fundId,
          estateId: e.estate_id,
          category: rng.pick([WithdrawalCategory.ELEVATOR, WithdrawalCategory.WATER_AND_DRAINAGE, WithdrawalCategory.ELECTRICAL_AND_LIGHTING, WithdrawalCategory.DOORS_AND_SECURITY, WithdrawalCategory.ROOF_AND_WALLS]),
          purpose: rng.pick(['单元门禁更换', '地下车库照明维修', '雨水管疏通', '楼道窗户更换', '电梯按钮面板更换', '屋面局部防水修补']),
          amountFen: amount,
          status: 'APPROVED',
          requestedById: actors.officerId,
          decidedById: actors.officer3Id,
          decidedAt: at(decided, 15),
          decisionNote: null,
          version: 2,
        });
      }
    }
    // one request waiting for the other officer's decision
    withdrawals.push({
      id: withdrawalId++,
      fundId,
      estateId: e.estate_id,
      category: WithdrawalCategory.ROADS_AND_PARKING,
      purpose: '小区主干道路面坑洼修补',
      amountFen: Math.min(balance, 35_000),
      status: 'REQUESTED',
      requestedById: actors.officer3Id,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
      version: 1,
    });
    funds.push({ id: fundId, projectId: e.project_id, estateId: e.estate_id, openedMonth: opened, balanceFen: balance, createdById: actors.officerId });
    terms.push({ fundId, fromMonth: opened, feeRate, setAsideBasisPoints: 1000, resolutionId: null, createdById: actors.officerId });
  });
  // 龙庭小区: from the month after the vote passed, on its resolution, at 1.99 × 10 %
  const [longting]: Array<{ estate_id: number; project_id: number; area: string; resolution_id: number; ended: IsoDate }> = await em.query(
    `SELECT e.id AS estate_id, min(p.id) AS project_id, (SELECT sum(area)::numeric(14,2)::text FROM unit u WHERE u.estate_id = e.id) AS area,
            r.id AS resolution_id, r.voting_ends_on::text AS ended
       FROM estate e JOIN project p ON p.estate_id = e.id AND p.filing_status = 'APPROVED'
       JOIN resolution r ON r.estate_id = e.id AND r.title = '住宅物业服务费调整' AND r.phase = 'CLOSED'
      WHERE e.name = '龙庭小区' GROUP BY e.id, r.id`,
  );
  if (!longting) throw new Error('the demo has no passed fee resolution of 龙庭小区 with an approved project');
  {
    const fundId = funds.length + 1;
    const opened = addMonths(monthStart(longting.ended), 1);
    let balance = 0;
    for (let month = opened; month <= thisMonth; month = addMonths(month, 1)) {
      const amountFen = monthlyAccrualFen(toHundredths(longting.area), '1.99', 1000);
      balance += amountFen;
      accruals.push({ fundId, month, chargedArea: longting.area, feeRate: '1.99', setAsideBasisPoints: 1000, amountFen, createdById: actors.officerId, createdAt: at(month === thisMonth ? today : addDays(month, 2), 0) });
    }
    funds.push({ id: fundId, projectId: longting.project_id, estateId: longting.estate_id, openedMonth: opened, balanceFen: balance, createdById: actors.officerId });
    terms.push({ fundId, fromMonth: opened, feeRate: '1.99', setAsideBasisPoints: 1000, resolutionId: longting.resolution_id, createdById: actors.officerId });
  }
  // every fund's first terms were confirmed by the other officer of the subdistrict (docs/roles-and-workflows.md#money-proposals)
  const termsProposals = (terms as Array<Record<string, unknown> & { fundId: number; fromMonth: IsoDate }>).map((t) => ({
    id: t.fundId,
    fundId: t.fundId,
    estateId: (funds as Array<{ id: number; estateId: number }>).find((f) => f.id === t.fundId)!.estateId,
    fromMonth: t.fromMonth,
    feeRate: t.feeRate,
    setAsideBasisPoints: t.setAsideBasisPoints,
    resolutionId: t.resolutionId,
    status: 'CONFIRMED',
    proposedById: actors.officerId,
    decidedById: actors.officer3Id,
    decidedAt: at(addDays(t.fromMonth, -3), 10),
    createdAt: at(addDays(t.fromMonth, -5), 10),
    version: 2,
  }));
  await insertRows(em, 'repair_fund', funds);
  await insertRows(em, 'repair_fund_terms_proposal', termsProposals);
  await insertRows(em, 'repair_fund_terms', (terms as Array<{ fundId: number }>).map((t) => ({ ...t, proposalId: t.fundId })));
  await insertRows(em, 'repair_fund_accrual', accruals);
  // the demo's decisions are history, dated when they were made: the trigger that dates a decision by the database's
  // clock, and refuses a withdrawal inserted already decided, is off for the seed's own rows in its transaction
  await em.query(`ALTER TABLE repair_fund_withdrawal DISABLE TRIGGER repair_fund_withdrawal_decided_now`);
  await insertRows(em, 'repair_fund_withdrawal', withdrawals);
  await em.query(`ALTER TABLE repair_fund_withdrawal ENABLE TRIGGER repair_fund_withdrawal_decided_now`);

  // committee books: estates whose sitting committee is on the officers' side, with its chair
  const books: Array<{ estate_id: number; chair_id: number; member_id: number }> = await em.query(
    `SELECT c.estate_id, min(m.id) FILTER (WHERE m.position = 'CHAIR') AS chair_id, max(m.id) AS member_id
       FROM committee c JOIN committee_member m ON m.committee_id = c.id
       JOIN estate e ON e.id = c.estate_id JOIN community co ON co.id = e.community_id JOIN subdistrict s ON s.id = co.subdistrict_id
      WHERE s.name = ANY($1) AND c.term_start <= $2 AND c.term_end >= $2 AND m.ends_on IS NULL AND c.term_start <= $3
      GROUP BY c.estate_id ORDER BY c.estate_id LIMIT 4`,
    [officerSubdistricts, today, addDays(today, -400)],
  );
  const current = quarterOf(today);
  const quarters = [3, 2, 1, 0].map((back) => {
    const index = current.year * 4 + current.quarter - 1 - back;
    return { year: Math.floor(index / 4), quarter: (index % 4) + 1 };
  });
  const accounts: object[] = [];
  const periods: Array<Record<string, unknown>> = [];
  const entries: Array<Record<string, unknown>> = [];
  let periodId = 1;
  let entryId = 1;
  // the fourth book kept only last year's second half, both quarters published: its year is the owners' to read whole
  const lastYearsHalf = [3, 4].map((quarter) => ({ year: current.year - 1, quarter }));
  books.forEach((book, i) => {
    const accountId = i + 1;
    const quartersOfBook = i === 3 ? lastYearsHalf : quarters;
    // the third book's rules of procedure allow 100 days: its last quarter is unpublished but not overdue
    accounts.push({ id: accountId, estateId: book.estate_id, spendingLimitFen: 500_000, statementDueDays: i === 2 ? 100 : 30, createdById: actors.officerId });
    const movements: Array<{ on: string; side: 'IN' | 'OUT'; category: string; amountFen: number }> = [];
    quartersOfBook.forEach((q, k) => {
      const id = periodId++;
      const { from, to } = periodOf(q.year, q.quarter);
      const last = to > today ? today : to;
      const day = (n: number) => {
        const d = addDays(from, n);
        return d > last ? last : d;
      };
      const book1 = (direction: EntryDirection, category: string, amountFen: number, counterparty: string, on: string, description: string, correctsEntryId: number | null = null) => {
        entries.push({ id: entryId, periodId: id, estateId: book.estate_id, direction, category, amountFen, counterparty, occurredOn: on, description, enteredByMemberId: k % 2 ? book.member_id : book.chair_id, correctsEntryId, resolutionId: null, signOffRequired: false, createdById: actors.officerId, version: 1 });
        movements.push({ on, side: direction === EntryDirection.INCOME ? 'IN' : 'OUT', category, amountFen });
        return entryId++;
      };
      const parking = book1(EntryDirection.INCOME, IncomeCategory.PARKING, rng.int(1800, 3200) * 100, '物业服务中心（代收）', day(20), '地面临时停车费');
      book1(EntryDirection.INCOME, IncomeCategory.ADVERTISING, rng.int(300, 900) * 100, '湖州某传媒有限公司', day(35), '电梯轿厢广告位');
      book1(EntryDirection.INCOME, IncomeCategory.TELECOM_FACILITIES, 120_000, '中国移动湖州分公司', day(40), '通信基站场地使用费');
      book1(EntryDirection.SPENDING, SpendingCategory.REPAIRS_AND_MAINTENANCE, rng.int(500, 2500) * 100, '湖州某建筑维修公司', day(50), '儿童游乐设施维修');
      book1(EntryDirection.SPENDING, SpendingCategory.COMMUNITY_ACTIVITIES, rng.int(100, 600) * 100, '某超市', day(60), '重阳节慰问老人');
      book1(EntryDirection.SPENDING, SpendingCategory.TAXES_AND_FEES, rng.int(1, 50) * 100, '湖州银行', day(75), '账户管理费');
      // a correction of the previous quarter's parking income, found after it was closed
      if (k === 2) book1(EntryDirection.INCOME, IncomeCategory.PARKING, -5_000, '物业服务中心（代收）', day(10), `更正第${quarters[1].quarter}季度停车费多记50元`, parking - 6);
      // the first book's quarter two back was countersigned and never published: overdue whatever the day
      const status = i === 3 ? 'PUBLISHED' : k === 1 && i === 0 ? 'COUNTERSIGNED' : k < 2 ? 'PUBLISHED' : k === 2 ? 'CLOSED' : 'OPEN';
      const closedOn = addDays(to, 10);
      const s = statementOf(movements, { from, to }, ENTRY_CATEGORY_ORDER);
      periods.push({
        id,
        accountId,
        estateId: book.estate_id,
        year: q.year,
        quarter: q.quarter,
        status,
        closedById: status === 'OPEN' ? null : actors.officerId,
        closedByMemberId: status === 'OPEN' ? null : book.chair_id,
        closedAt: status === 'OPEN' ? null : at(closedOn, 10),
        countersignedById: status === 'PUBLISHED' || status === 'COUNTERSIGNED' ? actors.officer3Id : null,
        countersignedAt: status === 'PUBLISHED' || status === 'COUNTERSIGNED' ? at(addDays(closedOn, 3), 11) : null,
        publishedAt: status === 'PUBLISHED' ? at(addDays(closedOn, 4), 9) : null,
        openingFen: status === 'OPEN' ? null : s.openingFen,
        incomeFen: status === 'OPEN' ? null : s.inFen,
        spendingFen: status === 'OPEN' ? null : s.outFen,
        closingFen: status === 'OPEN' ? null : s.closingFen,
        version: { PUBLISHED: 4, COUNTERSIGNED: 3, CLOSED: 2, OPEN: 1 }[status],
      });
    });
  });
  await insertRows(em, 'committee_account', accounts);
  // each book's limit and days, looser than a new book's, were confirmed by the other officer (docs/roles-and-workflows.md#money-proposals)
  await insertRows(
    em,
    'committee_account_terms_proposal',
    (accounts as Array<{ id: number; estateId: number; spendingLimitFen: number; statementDueDays: number }>).map((a) => ({
      id: a.id,
      accountId: a.id,
      estateId: a.estateId,
      spendingLimitFen: a.spendingLimitFen,
      statementDueDays: a.statementDueDays,
      status: 'CONFIRMED',
      proposedById: actors.officerId,
      decidedById: actors.officer3Id,
      decidedAt: at(addDays(today, -400), 11),
      createdAt: at(addDays(today, -401), 10),
      version: 2,
    })),
  );
  // entries go in while their quarters are open (the trigger refuses anything else), then the quarters close
  await insertRows(em, 'account_period', periods.map((p) => ({ id: p.id, accountId: p.accountId, estateId: p.estateId, year: p.year, quarter: p.quarter })));
  await insertRows(em, 'account_entry', entries);
  for (const p of periods) {
    if (p.status === 'OPEN') continue;
    await em.query(
      `UPDATE account_period SET status = $2, closed_by_id = $3, closed_by_member_id = $4, closed_at = $5, countersigned_by_id = $6, countersigned_at = $7,
              published_at = $8, opening_fen = $9, income_fen = $10, spending_fen = $11, closing_fen = $12, version = $13 WHERE id = $1`,
      [p.id, p.status, p.closedById, p.closedByMemberId, p.closedAt, p.countersignedById, p.countersignedAt, p.publishedAt, p.openingFen, p.incomeFen, p.spendingFen, p.closingFen, p.version],
    );
  }
  for (const table of ['repair_fund', 'repair_fund_terms_proposal', 'repair_fund_withdrawal', 'committee_account', 'committee_account_terms_proposal', 'account_period', 'account_entry']) {
    await resetIdentity(em, table);
  }
  return { funds: funds.length, accounts: accounts.length };
}

import { FED_TABLES, PARTS } from '../../migrations/1764803100000-change-feed-record-versions';
import { ChangeFeedPlannedOnce1764803500000 } from '../../migrations/1764803500000-change-feed-planned-once';
import { versionDecision } from '../src/feed/version-decisions';
import { todayInChina } from '../src/shared/iso-date';
import { ADD_MATERIAL } from './election-operations';
import { outcomeOf, rolledBack, startTestApp, TestApp } from './harness';
import { ADD_ENTRY, ADD_VOUCHER, LIST_FUNDS, longting, openConfirmedBook, REQUEST_WITHDRAWAL } from './money-operations';

/**
 * The change feed's versions tell the truth (docs/architecture.md#change-feed-versions): a change made through a part
 * of a record (a designation of an estate, a material of a filing, an entry of a book, a withdrawal of a fund) moves
 * that record's version by one and is fed with the version the record now stores; and, generically, every audited
 * action in this run did what its decision (api/src/feed/version-decisions.ts) says.
 */
let app: TestApp;
let start: number;
let firstAudit: number;
let story: Awaited<ReturnType<typeof longting>>;
let accountId: string;
let chairId: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
const DESIGNATE = `mutation($input: DemonstrationDesignationInput!) { designateDemonstrationEstate(input: $input) { id version } }`;

beforeAll(async () => {
  app = await startTestApp();
  story = await longting(app);
  start = Number((await app.ds.query(`SELECT last FROM change_feed_head`))[0].last);
  firstAudit = Number((await app.ds.query(`SELECT COALESCE(max(id), 0) AS id FROM audit_event`))[0].id);
  accountId = await openConfirmedBook(app, story.estateId, { spendingLimit: '5000', statementDueDays: 30 });
  [{ id: chairId }] = await app.ds.query(
    `SELECT m.id::text AS id FROM committee_member m JOIN committee c ON c.id = m.committee_id
      WHERE c.estate_id = $2 AND c.term_start <= $1 AND c.term_end >= $1 AND m.ends_on IS NULL ORDER BY m.id LIMIT 1`,
    [todayInChina(), story.estateId],
  );
});
afterAll(() => app?.close());

const TABLES: Record<string, string> = { Estate: 'estate', CommitteeFiling: 'committee_filing', CommitteeAccount: 'committee_account', RepairFund: 'repair_fund' };
const stored = async (type: string, id: string): Promise<number> => (await app.ds.query(`SELECT version FROM ${TABLES[type]} WHERE id = $1`, [id]))[0].version;
const lastEvent = async (type: string, id: string) =>
  (await app.ds.query(`SELECT action, version FROM change_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY position DESC LIMIT 1`, [type, id]))[0];

describe('a change through a part moves its record’s version by one, and the event carries the version stored', () => {
  let entryId: string;
  const cases: Array<[string, string, () => Promise<string>, (id: string) => Promise<unknown>]> = [
    [
      'an estate’s demonstration designation',
      'Estate',
      async () => (await app.ds.query(`SELECT min(id)::text AS id FROM estate WHERE id NOT IN (SELECT estate_id FROM demonstration_designation)`))[0].id,
      async (estateId) => app.gql(DESIGNATE, { input: { estateId, level: 'CITY', year: 2025, documentNumber: '湖建发〔2025〕19号' } }, await app.tokenFor('clerk')),
    ],
    [
      'a committee filing’s material',
      'CommitteeFiling',
      async () =>
        (
          await app.ds.query(
            `SELECT f.id::text AS id FROM committee_filing f JOIN committee k ON k.id = f.committee_id JOIN estate e ON e.id = k.estate_id
               JOIN community c ON c.id = e.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
              WHERE u.username = 'officer' AND f.filing_status IN ('DRAFT', 'RETURNED') ORDER BY f.id LIMIT 1`,
          )
        )[0].id,
      async (filingId) => app.gql(ADD_MATERIAL, { filingId, input: { kind: 'MEMBER_LIST', fileName: '名单.pdf', contentType: 'application/pdf', contentBase64: PDF } }, await app.tokenFor('officer')),
    ],
    [
      'a book’s entry',
      'CommitteeAccount',
      async () => accountId,
      async () => {
        const r = await app.gql(
          ADD_ENTRY,
          { input: { accountId, direction: 'INCOME' as never, category: 'PARKING', amount: '88.00', counterparty: '停车场', occurredOn: todayInChina(), description: '', enteredByMemberId: chairId } },
          await app.tokenFor('officer'),
        );
        entryId = r.data?.addAccountEntry.id;
        return r;
      },
    ],
    ['a voucher of a book’s entry', 'CommitteeAccount', async () => accountId, async () => app.gql(ADD_VOUCHER, { entryId, input: { fileName: '收据.pdf', contentBase64: PDF } }, await app.tokenFor('officer'))],
    [
      'a fund’s withdrawal request',
      'RepairFund',
      async () => (await app.as('officer', LIST_FUNDS, { options: { filter: { estateId: story.estateId } } })).repairFunds.items[0].id,
      async (fundId) => app.gql(REQUEST_WITHDRAWAL, { input: { fundId, category: 'OTHER', purpose: '单元门禁维修', amount: '10.00' } }, await app.tokenFor('officer')),
    ],
  ];

  it.each(cases)('%s (%s)', async (_what, type, find, change) => {
    const id = await find();
    expect(id).toBeTruthy();
    const before = await stored(type, id);
    const result = (await change(id)) as { errors?: unknown[] };
    expect(outcomeOf(result as never)).toBe('OK');
    const after = await stored(type, id);
    expect(after).toBe(before + 1);
    expect((await lastEvent(type, id)).version).toBe(after);
  });
});

describe('every audited action of this run did what its decision says', () => {
  it('fed actions are events of the decided record; unfed ones are no event', async () => {
    const rows: Array<{ action: string; entity_type: string; fed: string | null }> = await app.ds.query(
      `SELECT a.action, a.entity_type, ce.entity_type AS fed
         FROM audit_event a LEFT JOIN change_event ce ON ce.audit_event_id = a.id
        WHERE a.id > $1`,
      [firstAudit],
    );
    expect(rows.length).toBeGreaterThan(5);
    const wrong = rows.filter((r) => {
      const decision = versionDecision(r.action);
      return !decision || (decision.record ?? null) !== (r.fed ?? null);
    });
    expect(wrong).toEqual([]);
  });

  it('per record, versions never go back along the feed, and the last event carries the version stored now', async () => {
    const records: Array<{ entity_type: string; entity_id: string; versions: number[]; table: string }> = await app.ds.query(
      `SELECT entity_type, entity_id, array_agg(version ORDER BY position) AS versions FROM change_event WHERE position > $1 GROUP BY entity_type, entity_id`,
      [start],
    );
    expect(records.length).toBeGreaterThan(3);
    const tables: Record<string, string> = {
      Firm: 'firm', Project: 'project', Estate: 'estate', PartyOrganisation: 'party_organisation', FivePartyMeeting: 'five_party_meeting', Election: 'election',
      Candidate: 'candidate', Committee: 'committee', CommitteeFiling: 'committee_filing', Resolution: 'resolution', RepairFund: 'repair_fund', CommitteeAccount: 'committee_account',
    };
    for (const r of records) {
      const [row] = await app.ds.query(`SELECT version FROM ${tables[r.entity_type]} WHERE id = $1`, [r.entity_id]);
      expect({ record: `${r.entity_type} ${r.entity_id}`, versions: r.versions, sorted: [...r.versions].sort((a, b) => a - b), last: r.versions.at(-1) }).toEqual({
        record: `${r.entity_type} ${r.entity_id}`,
        versions: r.versions,
        sorted: r.versions,
        last: row.version,
      });
    }
  });
});

describe('the feed planned once (migration 1764803500000)', () => {
  const PART_TABLES: Record<string, string> = {
    FivePartyIssue: 'five_party_issue', FivePartyFollowUp: 'five_party_follow_up', RepairFundWithdrawal: 'repair_fund_withdrawal',
    AccountPeriod: 'account_period', AccountEntry: 'account_entry',
  };

  /** Audit events of every fed type and part (two of each record, in one statement), and of what is not fed; what the feed made of them, rolled back. */
  async function feedOf(migrate: 'as is' | 'as before'): Promise<{ events: unknown[]; versions: unknown[] }> {
    return rolledBack(app.ds, async (runner) => {
      if (migrate === 'as before') await new ChangeFeedPlannedOnce1764803500000().down(runner);
      const probes: Array<[string, string, string]> = [];
      for (const [type, table] of Object.entries({ ...FED_TABLES, ...PART_TABLES })) {
        const [{ id }] = await runner.query(`SELECT coalesce(max(id), 1)::text AS id FROM ${table}`);
        probes.push([type, id, 'probe.change'], [type, id, 'probe.change']);
      }
      probes.push(['Firm', 'x1', 'probe.change'], ['Election', '999999999', 'probe.change'], ['Estate', '1', 'ownerRoll.import'], ['AppUser', '1', 'probe.change']);
      const [{ head }] = await runner.query(`SELECT last AS head FROM change_feed_head`);
      await runner.query(
        `INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id, before, after)
         SELECT NULL, 'probe', p.action, p.type, p.id, NULL, NULL FROM unnest($1::text[], $2::text[], $3::text[]) AS p(type, id, action)`,
        [probes.map((p) => p[0]), probes.map((p) => p[1]), probes.map((p) => p[2])],
      );
      const events = await runner.query(
        `SELECT position - $1 AS n, entity_type, entity_id, action, version, estate_id FROM change_event WHERE position > $1 ORDER BY position`,
        [head],
      );
      const versions = [];
      for (const [type, table] of Object.entries(FED_TABLES)) versions.push({ type, rows: await runner.query(`SELECT id, version FROM ${table} ORDER BY id DESC LIMIT 3`) });
      return { events, versions };
    });
  }

  it('writes, for every kind of audit event, the change the trigger it replaced wrote', async () => {
    expect(Object.keys(PART_TABLES).sort()).toEqual(Object.keys(PARTS).sort());
    const now = await feedOf('as is');
    const before = await feedOf('as before');
    expect(now).toEqual(before);
    // and the probe reached every branch: each fed record, parts as their records, estates found, versions read
    const events = now.events as Array<{ entity_type: string; entity_id: string; version: number | null; estate_id: number | null }>;
    expect(new Set(events.map((e) => e.entity_type))).toEqual(new Set(Object.keys(FED_TABLES)));
    expect(events.filter((e) => e.estate_id !== null).map((e) => e.entity_type)).toEqual(expect.arrayContaining(['Election', 'Candidate', 'CommitteeAccount', 'RepairFund']));
    expect(events.every((e) => e.entity_id !== 'x1' || e.version === null)).toBe(true);
    expect(events.filter((e) => e.version !== null).length).toBeGreaterThan(Object.keys(FED_TABLES).length);
  });
});

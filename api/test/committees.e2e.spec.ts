import { addDays, todayInChina } from '../src/shared/iso-date';
import { startTestApp, TestApp } from './harness';
import { COMMITTEE, COMMITTEE_FILINGS } from './election-operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const REGISTER = `mutation Register($input: CommitteeInput!) {
  registerCommittee(input: $input) { id termNumber termStart termEnd members { name position } filings { kind eventDate dueOn filingStatus } } }`;

const positions = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `委员${i + 1}`, position: i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER' }));

/** An estate of the officer's subdistricts whose owner roll is not kept here (members by name), preferring `subdistrict` and estates without a committee. */
async function estateIn(subdistrict: string, households: (n: number) => boolean): Promise<string> {
  const rows = await app.ds.query(
    `SELECT e.id, e.households FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
      WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) ORDER BY EXISTS (SELECT 1 FROM committee k WHERE k.estate_id = e.id), s.name <> $2, e.id`,
    [['湖东街道', '月河街道', '龙泉街道'], subdistrict],
  );
  return String(rows.find((r: { households: number }) => households(r.households)).id);
}

describe('committees', () => {
  it('registers a committee elected outside the system, with its filing due 30 days after', async () => {
    const estateId = await estateIn('湖东街道', (n) => n > 100);
    const electedOn = addDays(todayInChina(), -10);
    const { registerCommittee } = await app.as('officer', REGISTER, { input: { estateId, termNumber: 2, electedOn, termYears: 3, members: positions(5) } });
    expect(registerCommittee.termStart).toBe(electedOn);
    expect(registerCommittee.termEnd < addDays(electedOn, 3 * 366)).toBe(true);
    expect(registerCommittee.members.map((m: { position: string }) => m.position)).toEqual(['CHAIR', 'VICE_CHAIR', 'MEMBER', 'MEMBER', 'MEMBER']);
    expect(registerCommittee.filings).toEqual([expect.objectContaining({ kind: 'ESTABLISHMENT', eventDate: electedOn, filingStatus: 'DRAFT' })]);
    const again = await app.gql(REGISTER, { input: { estateId, termNumber: 2, electedOn, termYears: 3, members: positions(5) } }, await app.tokenFor('officer'));
    expect(again.errors?.[0].extensions.fieldErrors[0]).toMatchObject({ field: 'termNumber', rule: 'TAKEN' });
  });

  it.each([
    ['an even size', 4, 5, (n: number) => n > 100, 'COMMITTEE_SIZE'],
    ['three members in an estate of more than 100 households', 3, 5, (n: number) => n > 100, 'COMMITTEE_SIZE'],
    ['thirteen members', 13, 5, (n: number) => n > 100, 'COMMITTEE_SIZE'],
    ['a six-year term', 5, 6, (n: number) => n > 100, 'COMMITTEE_TERM_YEARS'],
    ['a two-year term', 5, 2, (n: number) => n > 100, 'COMMITTEE_TERM_YEARS'],
  ])('refuses %s', async (_label, size, termYears, households, rule) => {
    const estateId = await estateIn('月河街道', households);
    const result = await app.gql(REGISTER, { input: { estateId, termNumber: 1, electedOn: todayInChina(), termYears, members: positions(size) } }, await app.tokenFor('officer'));
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].extensions.fieldErrors.map((e: { rule: string }) => e.rule)).toContain(rule);
  });

  it('allows three members where the estate has at most 100 households', async () => {
    const estateId = await estateIn('月河街道', (n) => n <= 100);
    const { registerCommittee } = await app.as('officer', REGISTER, { input: { estateId, termNumber: 9, electedOn: todayInChina(), termYears: 5, members: positions(3) } });
    expect(registerCommittee.members).toHaveLength(3);
  });

  it('an officer cannot register one outside their subdistricts', async () => {
    const estateId = await estateIn('湖东街道', (n) => n > 100);
    const result = await app.gql(REGISTER, { input: { estateId, termNumber: 1, electedOn: todayInChina(), termYears: 5, members: positions(5) } }, await app.tokenFor('officer2'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
  });

  it('lists overdue filings: still with the street office after the last day', async () => {
    const { committeeFilings } = await app.as('manager', COMMITTEE_FILINGS, { options: { filter: { overdue: true }, take: 50 } });
    expect(committeeFilings.totalItems).toBeGreaterThan(0);
    for (const f of committeeFilings.items) {
      expect(f.overdue).toBe(true);
      expect(['DRAFT', 'RETURNED']).toContain(f.filingStatus);
      expect(f.dueOn < todayInChina()).toBe(true);
    }
    const { committeeFilings: onTime } = await app.as('manager', COMMITTEE_FILINGS, { options: { filter: { overdue: false }, take: 200 } });
    expect(onTime.items.every((f: { overdue: boolean }) => !f.overdue)).toBe(true);
    const approved = (await app.as('manager', COMMITTEE_FILINGS, { options: { filter: { filingStatus: 'APPROVED' }, take: 1 } })).committeeFilings;
    expect(approved.totalItems).toBe(105);
  });

  it('lists what needs work first: drafts and returned, then submitted, then decided, by due date within each', async () => {
    const rank = (status: string) => (['DRAFT', 'RETURNED'].includes(status) ? 0 : status === 'SUBMITTED' ? 1 : 2);
    const rows: Array<{ id: string; filingStatus: string; dueOn: string }> = [];
    for (let skip = 0; ; skip += 100) {
      const { committeeFilings } = await app.as('manager', COMMITTEE_FILINGS, { options: { sort: { field: 'WORK_ORDER' }, skip, take: 100 } });
      rows.push(...committeeFilings.items);
      if (rows.length >= committeeFilings.totalItems) break;
    }
    const key = (f: { filingStatus: string; dueOn: string; id: string }) => [rank(f.filingStatus), f.dueOn, Number(f.id)] as const;
    const sorted = [...rows].sort((a, b) => {
      const [x, y] = [key(a), key(b)];
      return x[0] - y[0] || x[1].localeCompare(y[1]) || x[2] - y[2];
    });
    expect(rows.map((f) => f.id)).toEqual(sorted.map((f) => f.id));
    expect(rank(rows[0].filingStatus)).toBe(0);
  });

  it('shows a committee’s members and filings to an officer of its subdistrict only', async () => {
    const { committeeFilings } = await app.as('officer', COMMITTEE_FILINGS, { options: { take: 1 } });
    const [row] = await app.ds.query(`SELECT committee_id FROM committee_filing WHERE id = $1`, [committeeFilings.items[0].id]);
    const mine = await app.as('officer', COMMITTEE, { id: String(row.committee_id) });
    expect(mine.committee.members.length).toBeGreaterThanOrEqual(3);
    const theirs = await app.gql(COMMITTEE, { id: String(row.committee_id) }, await app.tokenFor('officer2'));
    expect(theirs.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

import { HELD_IN_JURISDICTION, NOT_HELD_ON_ESTATE } from '../src/estates/estate.service';
import { outcomeOf, startTestApp, TestApp, untyped } from './harness';
import { COMMITTEE_FILINGS, GET_ELECTION, LIST_ELECTIONS, OWNER_ROLL, OWNERS, TALLY, VOTING_PERSONS } from './election-operations';
import { CREATE_API_TOKEN } from './operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const ID_NUMBER = /^\d{17}[\dX]$/;
const MASKED_ID = /^\d{4}\*{10}[\dX*]{4}$/;

async function subdistrictsOf(username: string): Promise<string[]> {
  const rows = await app.ds.query(
    `SELECT s.name FROM officer_jurisdiction j JOIN subdistrict s ON s.id = j.subdistrict_id JOIN app_user u ON u.id = j.user_id WHERE u.username = $1`,
    [username],
  );
  return rows.map((r: { name: string }) => r.name).sort();
}

async function estateSubdistrict(estateId: string): Promise<string> {
  const [row] = await app.ds.query(`SELECT s.name FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id WHERE e.id = $1`, [estateId]);
  return row.name;
}

describe('row-level jurisdiction', () => {
  it('an officer lists only the elections of the subdistricts assigned to them; a manager sees all', async () => {
    const mine = (await app.as('officer', LIST_ELECTIONS, { options: { take: 100 } })).elections;
    const theirs = (await app.as('officer2', LIST_ELECTIONS, { options: { take: 100 } })).elections;
    const all = (await app.as('manager', LIST_ELECTIONS, { options: { take: 100 } })).elections;
    expect(mine.totalItems).toBeGreaterThan(0);
    expect(theirs.totalItems).toBeGreaterThan(0);
    expect(all.totalItems).toBe(mine.totalItems + theirs.totalItems);
    const officerSubdistricts = await subdistrictsOf('officer');
    for (const election of mine.items) expect(officerSubdistricts).toContain(await estateSubdistrict(election.estateId));
    const officer2Subdistricts = await subdistrictsOf('officer2');
    for (const election of theirs.items) expect(officer2Subdistricts).toContain(await estateSubdistrict(election.estateId));
  });

  it('an officer of another subdistrict gets FORBIDDEN and sees nothing of it', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { take: 1 } });
    const electionId = elections.items[0].id;
    for (const query of [untyped(GET_ELECTION), untyped(TALLY)]) {
      const result = await app.gql(query, { id: electionId }, await app.tokenFor('officer2'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
      expect(result.data).toBeNull();
      expect(JSON.stringify(result)).not.toContain(elections.items[0].title);
    }
    const persons = await app.gql(VOTING_PERSONS, { electionId }, await app.tokenFor('officer2'));
    expect(persons.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const roll = await app.gql(OWNER_ROLL, { estateId: elections.items[0].estateId }, await app.tokenFor('officer2'));
    expect(roll.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const owners = await app.as('officer2', OWNERS, { options: { filter: { estateId: elections.items[0].estateId } } });
    expect(owners.owners.totalItems).toBe(0);
  });
});

describe('an estate’s subdistrict, which decides its officers', () => {
  const MOVE = `mutation M($id: ID!, $version: Int!, $input: EstateInput!) { updateEstate(id: $id, version: $version, input: $input) { id version subdistrict { name } } }`;
  const CREATE = `mutation C($input: EstateInput!) { createEstate(input: $input) { id version } }`;
  type EstateRow = { id: number; version: number; community_id: number; name: string; address: string; total: string; residential: string; households: number; buildings: number; elevators: number };
  const estateRow = async (id: number): Promise<EstateRow> =>
    (
      await app.ds.query(
        `SELECT id, version, community_id, name, address, total_floor_area::text AS total, residential_floor_area::text AS residential, households, buildings, elevators FROM estate WHERE id = $1`,
        [id],
      )
    )[0];
  const inputOf = (e: EstateRow, communityId: number) => ({
    communityId: String(communityId),
    name: e.name,
    address: e.address,
    totalFloorArea: e.total,
    residentialFloorArea: e.residential,
    households: e.households,
    buildings: e.buildings,
    elevators: e.elevators,
  });
  const move = async (id: number, communityId: number, as = 'clerk') => {
    const e = await estateRow(id);
    return app.gql(MOVE, { id: String(id), version: e.version, input: inputOf(e, communityId) }, await app.tokenFor(as));
  };
  /** a community of the given officer's first subdistrict, other than the estate's own */
  const communityOf = async (officer: string, notId: number): Promise<number> =>
    (
      await app.ds.query(
        `SELECT c.id FROM community c JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
          WHERE u.username = $1 AND c.id <> $2 ORDER BY j.subdistrict_id, c.id LIMIT 1`,
        [officer, notId],
      )
    )[0].id;

  it('an estate with a vote, owners or a committee does not move to another subdistrict, by any registry writer: its owners stay with their officers', async () => {
    const [{ estate_id: estateId, id: electionId }] = await app.ds.query(
      `SELECT el.estate_id, el.id FROM election el JOIN estate e ON e.id = el.estate_id JOIN community c ON c.id = e.community_id
        JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE el.phase = 'VOTING' ORDER BY el.id LIMIT 1`,
    );
    const before = await estateRow(estateId);
    const elsewhere = await communityOf('officer2', before.community_id);
    for (const as of ['clerk', 'registrar']) {
      const r = await move(estateId, elsewhere, as);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'communityId', rule: 'SUBDISTRICT_FIXED' }] });
    }
    expect(await estateRow(estateId)).toEqual(before);
    expect(outcomeOf(await app.gql(GET_ELECTION, { id: String(electionId) }, await app.tokenFor('officer2')))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await app.gql(GET_ELECTION, { id: String(electionId) }, await app.tokenFor('officer')))).toBe('OK');
  });

  it('every table placed on an estate is classified: held by its subdistrict’s officers or not (round 8 F10)', async () => {
    const tables: Array<{ table_name: string }> = await app.ds.query(
      `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND c.column_name = 'estate_id' AND t.table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const classified = [...HELD_IN_JURISDICTION, ...NOT_HELD_ON_ESTATE].sort();
    expect(tables.map((t) => t.table_name)).toEqual(classified);
  });

  it('an estate whose project is being assessed stays in its subdistrict', async () => {
    const [held] = await app.ds.query(
      `SELECT p.estate_id AS id FROM assessment a JOIN project p ON p.id = a.project_id JOIN estate e ON e.id = p.estate_id
        WHERE NOT EXISTS (SELECT 1 FROM owner o WHERE o.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election x WHERE x.estate_id = e.id)
          AND NOT EXISTS (SELECT 1 FROM committee k WHERE k.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id)
        ORDER BY 1 LIMIT 1`,
    );
    expect(held).toBeDefined();
    const before = await estateRow(held.id);
    const r = await move(held.id, await communityOf('officer2', before.community_id));
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'communityId', rule: 'SUBDISTRICT_FIXED' }] });
    expect(await estateRow(held.id)).toEqual(before);
  });

  it('a move between communities of one subdistrict is the registry’s correction; an estate holding nothing yet moves anywhere', async () => {
    const [held] = await app.ds.query(`SELECT e.id, c.subdistrict_id FROM estate e JOIN community c ON c.id = e.community_id WHERE EXISTS (SELECT 1 FROM owner o WHERE o.estate_id = e.id)
      AND EXISTS (SELECT 1 FROM community other WHERE other.subdistrict_id = c.subdistrict_id AND other.id <> c.id) ORDER BY e.id LIMIT 1`);
    const before = await estateRow(held.id);
    const [{ id: neighbour }] = await app.ds.query(`SELECT id FROM community WHERE subdistrict_id = $1 AND id <> $2 ORDER BY id LIMIT 1`, [held.subdistrict_id, before.community_id]);
    expect(outcomeOf(await move(held.id, neighbour))).toBe('OK');
    expect(outcomeOf(await move(held.id, before.community_id))).toBe('OK');

    const created = (await app.as('clerk', CREATE, { input: { ...inputOf(before, before.community_id), name: `新登记小区${Date.now()}` } })).createEstate;
    const r = await move(Number(created.id), await communityOf('officer2', before.community_id));
    expect(outcomeOf(r)).toBe('OK');
    expect(await subdistrictsOf('officer2')).toContain(r.data.updateEstate.subdistrict.name);
  });
});

describe('an officer’s jurisdiction held by the process', () => {
  // the first election of officer's subdistricts, and the tally read an officer opens
  const mineFirst = async () => (await app.as('officer', LIST_ELECTIONS, { options: { take: 1, filter: { phase: 'VOTING' } } })).elections.items[0];

  it('a change straight in the table (another API process, an administrator’s SQL) is seen by the officer’s very next request', async () => {
    const election = await mineFirst();
    const token = await app.tokenFor('officer');
    expect((await app.gql(TALLY, { id: election.id }, token)).errors).toBeUndefined();
    const [{ user_id: officerId, ids }] = await app.ds.query(
      `SELECT j.user_id, array_agg(j.subdistrict_id ORDER BY j.subdistrict_id) AS ids FROM officer_jurisdiction j JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer' GROUP BY j.user_id`,
    );
    try {
      // as another API process or an administrator's SQL would: no request of this process saw it happen
      await app.ds.query(`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [officerId]);
      const refused = await app.gql(TALLY, { id: election.id }, token);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
      expect((await app.as('officer', LIST_ELECTIONS, { options: { take: 1 } })).elections.totalItems).toBe(0);
    } finally {
      await app.ds.query(`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) SELECT $1, unnest($2::int[])`, [officerId, ids]);
    }
    expect((await app.gql(TALLY, { id: election.id }, token)).errors).toBeUndefined();
  });

  it('an open election’s tally costs the same statements each time, none of them for the officer’s subdistricts once held', async () => {
    const election = await mineFirst();
    const token = await app.tokenFor('officer');
    await app.gql(TALLY, { id: election.id }, token);
    const counts = [];
    for (let i = 0; i < 3; i++) counts.push((await app.gql(TALLY, { id: election.id }, token)).sqlStatements);
    // the versions, the election, its estate's subdistrict, its record, its stored result (none yet), candidates, ballots
    expect(counts).toEqual([7, 7, 7]);
  });
});

describe('one record by id, placed on an estate', () => {
  // [query, entity, a row of the table in officer's subdistricts]
  const reads: Array<[string, string, string]> = [
    ['election', 'Election', 'election'],
    ['committee', 'Committee', 'committee'],
    ['owner', 'Owner', 'owner'],
    ['resolution', 'Resolution', 'resolution'],
  ];

  async function idInJurisdictionOf(username: string, table: string): Promise<string | null> {
    const [row] = await app.ds.query(
      `SELECT t.id FROM ${table} t JOIN estate e ON e.id = t.estate_id JOIN community c ON c.id = e.community_id
        JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
       WHERE u.username = $1 ORDER BY t.id LIMIT 1`,
      [username],
    );
    return row ? String(row.id) : null;
  }

  it.each(reads)('%s(id): NOT_FOUND naming the record when missing, FORBIDDEN to an officer of another subdistrict', async (query, entity, table) => {
    const document = `query One($id: ID!) { ${query}(id: $id) { id estateId } }`;
    const missing = await app.gql(document, { id: '99999999' }, await app.tokenFor('manager'));
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity });
    const id = await idInJurisdictionOf('officer', table);
    if (!id) throw new Error(`the demo has no ${table} in officer's subdistricts`);
    const own = await app.gql(document, { id }, await app.tokenFor('officer'));
    expect(own.errors).toBeUndefined();
    expect(own.data[query].id).toBe(id);
    const other = await app.gql(document, { id }, await app.tokenFor('officer2'));
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
    expect(other.data).toBeNull();
  });
});

describe('owners’ personal data', () => {
  it('is in full only for officers of the estate’s subdistrict, masked for others, masked for integrators', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { take: 1 } });
    const options = { take: 20, filter: { estateId: elections.items[0].estateId } };
    const asOfficer = (await app.as('officer', OWNERS, { options })).owners.items;
    expect(asOfficer.length).toBeGreaterThan(0);
    for (const owner of asOfficer) {
      expect(owner.idNumber).toMatch(ID_NUMBER);
      expect(owner.phone).toMatch(/^1\d{10}$/);
    }
    const asManager = (await app.as('manager', OWNERS, { options })).owners.items;
    expect(asManager.map((o: { id: string }) => o.id)).toEqual(asOfficer.map((o: { id: string }) => o.id));
    for (const owner of asManager) {
      expect(owner.idNumber).toMatch(MASKED_ID);
      expect(owner.phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    }
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: '选举数据共享', scopes: ['ELECTIONS_READ'] } });
    const asIntegrator = await app.gql(OWNERS, { options }, createApiToken.token);
    expect(asIntegrator.errors).toBeUndefined();
    for (const owner of asIntegrator.data.owners.items) expect(owner.idNumber).toMatch(MASKED_ID);
    // the masked form keeps the start and the end only (docs/domain-rules.md#personal-data)
    expect(asManager[0].idNumber.slice(0, 4)).toBe(asOfficer[0].idNumber.slice(0, 4));
    expect(asManager[0].idNumber.slice(-4)).toBe(asOfficer[0].idNumber.slice(-4));
  });

  it('a clerk may not read owner rolls at all', async () => {
    const result = await app.gql(OWNERS, { options: { take: 1 } }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('the voting roll', () => {
  it('counts each voting person once and the full area of every unit (docs/domain-rules.md#counting)', async () => {
    const [estate] = await app.ds.query(`SELECT id FROM estate WHERE name = '龙庭小区'`);
    const { ownerRoll } = await app.as('officer', OWNER_ROLL, { estateId: String(estate.id) });
    const [units] = await app.ds.query(`SELECT count(*)::int AS n, sum(area)::text AS area, count(*) FILTER (WHERE developer_held)::int AS dev FROM unit WHERE estate_id = $1`, [estate.id]);
    // one person per distinct designated voter (a buyer of two units is one), plus the developer once
    const [voters] = await app.ds.query(
      `SELECT count(DISTINCT o.owner_id)::int AS n FROM unit u JOIN ownership o ON o.unit_id = u.id AND o.designated_voter WHERE u.estate_id = $1 AND NOT u.developer_held`,
      [estate.id],
    );
    expect(ownerRoll).toMatchObject({ units: 428, totalArea: units.area, developerHeldUnits: units.dev, headcount: voters.n + (units.dev > 0 ? 1 : 0) });
    expect(ownerRoll.headcount).toBeLessThan(428);
  });
});

describe('place filters', () => {
  const IN_DISTRICT = (table: string, estate: string) =>
    `SELECT count(*)::int AS n FROM ${table} JOIN estate e ON e.id = ${estate} JOIN community c ON c.id = e.community_id
       JOIN subdistrict s ON s.id = c.subdistrict_id WHERE s.district_id = $1`;

  it('elections, committees and committee filings narrow to a district, as a manager reads them', async () => {
    const [district] = await app.ds.query(`SELECT id FROM district WHERE code = '330502'`);
    const filter = { filter: { districtId: String(district.id) }, take: 200 };
    const elections = (await app.as('manager', LIST_ELECTIONS, { options: filter })).elections;
    const committees = (await app.as('manager', `query C($options: CommitteeListOptions) { committees(options: $options) { totalItems } }`, { options: filter })).committees;
    const filings = (await app.as('manager', COMMITTEE_FILINGS, { options: filter })).committeeFilings;
    const [[e], [c], [f]] = await Promise.all([
      app.ds.query(IN_DISTRICT('election x', 'x.estate_id'), [district.id]),
      app.ds.query(IN_DISTRICT('committee x', 'x.estate_id'), [district.id]),
      app.ds.query(`${IN_DISTRICT('committee_filing x JOIN committee k ON k.id = x.committee_id', 'k.estate_id')}`, [district.id]),
    ]);
    expect([elections.totalItems, committees.totalItems, filings.totalItems]).toEqual([e.n, c.n, f.n]);
    expect(e.n).toBeGreaterThan(0);
    const all = (await app.as('manager', COMMITTEE_FILINGS, { options: { take: 1 } })).committeeFilings;
    expect(filings.totalItems).toBeLessThan(all.totalItems);
  });

  it('an officer’s filter never widens their jurisdiction', async () => {
    const [theirs] = await app.ds.query(`SELECT s.district_id AS id FROM subdistrict s WHERE s.name = '雉城街道'`);
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { districtId: String(theirs.id) } } });
    expect(elections.totalItems).toBe(0);
  });
});

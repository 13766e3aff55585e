import { outcomeOf, startTestApp, TestApp } from './harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const ESTATES = `query Estates($options: EstateListOptions) {
  estates(options: $options) { totalItems items { id demonstrations { level year documentNumber } } } }`;

describe('demonstration estates (红色物业示范小区)', () => {
  it('the demo names 240 estates at city level, 42 of them at provincial level, and the list filters by level', async () => {
    const city = await app.as('clerk', ESTATES, { options: { take: 200, filter: { demonstrationLevel: 'CITY' } } });
    const provincial = await app.as('clerk', ESTATES, { options: { take: 200, filter: { demonstrationLevel: 'PROVINCIAL' } } });
    expect([city.estates.totalItems, provincial.estates.totalItems]).toEqual([240, 42]);
    for (const estate of provincial.estates.items) {
      const levels = estate.demonstrations.map((d: { level: string }) => d.level);
      expect(levels).toEqual(['CITY', 'PROVINCIAL']);
      const [cityYear, provincialYear] = estate.demonstrations.map((d: { year: number }) => d.year);
      expect(provincialYear).toBeGreaterThan(cityYear);
      expect(estate.demonstrations[1].documentNumber).toMatch(/^浙建房〔\d{4}〕\d+号$/);
    }
    const wrong = await app.gql(ESTATES, { options: { filter: { demonstrationLevel: 'COUNTY' } } }, await app.tokenFor('clerk'));
    expect(wrong.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('designations come with a page of estates in one statement, whatever its size', async () => {
    const token = await app.tokenFor('clerk');
    const small = await app.gql(ESTATES, { options: { take: 5 } }, token);
    const large = await app.gql(ESTATES, { options: { take: 100 } }, token);
    expect(large.sqlStatements).toBe(small.sqlStatements);
  });
});

const DESIGNATE = `mutation($input: DemonstrationDesignationInput!) {
  designateDemonstrationEstate(input: $input) { id version level year documentNumber withdrawnOn withdrawalReason withdrawalDocument } }`;
const WITHDRAW = `mutation($id: ID!, $version: Int!, $input: DemonstrationWithdrawalInput!) {
  withdrawDemonstrationDesignation(id: $id, version: $version, input: $input) { id version level withdrawnOn withdrawalReason withdrawalDocument } }`;
const HISTORY = `query($id: ID!) { estate(id: $id) { demonstrations { id version level year documentNumber withdrawnOn withdrawalReason } } }`;
const COUNT = `query($level: DemonstrationLevel) { estates(options: { take: 1, filter: { demonstrationLevel: $level } }) { totalItems } }`;

describe('designating and withdrawing (the registry keeps the history)', () => {
  let estateId: string;
  const count = async (level: string) => (await app.as('clerk', COUNT, { level })).estates.totalItems as number;
  const rows = async () => Number((await app.ds.query(`SELECT count(*) AS n FROM demonstration_designation`))[0].n);
  const audits = async (action: string) => Number((await app.ds.query(`SELECT count(*) AS n FROM audit_event WHERE action = $1 AND entity_id = $2`, [action, estateId]))[0].n);
  beforeAll(async () => {
    [{ id: estateId }] = await app.ds.query(`SELECT min(id)::text AS id FROM estate WHERE id NOT IN (SELECT estate_id FROM demonstration_designation)`);
  });

  it('a clerk designates an estate at city level from its document; the filtered list counts it at once (no stale cached answer)', async () => {
    expect(await count('CITY')).toBe(240); // read once: the response cache holds it
    const { designateDemonstrationEstate: d } = await app.as('clerk', DESIGNATE, { input: { estateId, level: 'CITY', year: 2025, documentNumber: ' 湖建发〔2025〕9号 ' } });
    expect(d).toMatchObject({ version: 1, level: 'CITY', year: 2025, documentNumber: '湖建发〔2025〕9号', withdrawnOn: null });
    expect(await count('CITY')).toBe(241);
    expect(await audits('estate.designate')).toBe(1);
  });

  it('refuses a second standing designation at one level, a provincial one without the city’s or before it, a year to come — writing nothing', async () => {
    const before = await rows();
    const [plain] = await app.ds.query(`SELECT min(id)::text AS id FROM estate WHERE id NOT IN (SELECT estate_id FROM demonstration_designation)`);
    const tries: Array<[object, string]> = [
      [{ estateId, level: 'CITY', year: 2025, documentNumber: '湖建发〔2025〕10号' }, 'ALREADY_EXISTS'],
      [{ estateId: plain.id, level: 'PROVINCIAL', year: 2025, documentNumber: '浙建房〔2025〕3号' }, 'BAD_USER_INPUT/CITY_FIRST'],
      [{ estateId, level: 'PROVINCIAL', year: 2024, documentNumber: '浙建房〔2024〕3号' }, 'BAD_USER_INPUT/RANGE'],
      [{ estateId, level: 'CITY', year: 2099, documentNumber: '湖建发〔2099〕1号' }, 'BAD_USER_INPUT/NOT_FUTURE'],
      [{ estateId: '999999', level: 'CITY', year: 2025, documentNumber: '湖建发〔2025〕11号' }, 'BAD_USER_INPUT/REFERENCE'],
      [{ estateId, level: 'CITY', year: 2025, documentNumber: '' }, 'BAD_USER_INPUT/LENGTH'],
    ];
    const token = await app.tokenFor('clerk');
    for (const [input, expected] of tries) expect(outcomeOf(await app.gql(DESIGNATE, { input }, token))).toBe(expected);
    expect(await rows()).toBe(before);
  });

  it('is the registry’s to write: officers, managers and admins are refused, anonymous callers asked to sign in', async () => {
    const input = { estateId, level: 'PROVINCIAL', year: 2026, documentNumber: '浙建房〔2026〕1号' };
    for (const who of ['officer', 'manager', 'admin']) expect(outcomeOf(await app.gql(DESIGNATE, { input }, await app.tokenFor(who)))).toBe('FORBIDDEN/ROLE');
    expect(outcomeOf(await app.gql(DESIGNATE, { input }, null))).toBe('UNAUTHENTICATED');
  });

  it('withdraws provincial before city, on the version seen, and keeps both in the history; a new designation is a new row', async () => {
    const token = await app.tokenFor('clerk');
    await app.as('clerk', DESIGNATE, { input: { estateId, level: 'PROVINCIAL', year: 2026, documentNumber: '浙建房〔2026〕2号' } });
    expect(await count('PROVINCIAL')).toBe(43);
    let [city, provincial] = (await app.as('clerk', HISTORY, { id: estateId })).estate.demonstrations;
    const withdrawal = { withdrawnOn: '2026-06-30', reason: '复核不合格，撤销命名', documentNumber: '湖建发〔2026〕21号' };
    expect(outcomeOf(await app.gql(WITHDRAW, { id: city.id, version: city.version, input: withdrawal }, token))).toBe('INVALID_TRANSITION');
    expect(outcomeOf(await app.gql(WITHDRAW, { id: provincial.id, version: provincial.version + 1, input: withdrawal }, token))).toBe('CONFLICT');
    expect(outcomeOf(await app.gql(WITHDRAW, { id: provincial.id, version: provincial.version, input: { ...withdrawal, withdrawnOn: '2025-12-31' } }, token))).toBe('BAD_USER_INPUT/RANGE');
    expect(outcomeOf(await app.gql(WITHDRAW, { id: provincial.id, version: provincial.version, input: { ...withdrawal, withdrawnOn: '2099-01-01' } }, token))).toBe('BAD_USER_INPUT/NOT_FUTURE');
    expect(outcomeOf(await app.gql(WITHDRAW, { id: provincial.id, version: provincial.version, input: withdrawal }, await app.tokenFor('officer')))).toBe('FORBIDDEN/ROLE');
    const { withdrawDemonstrationDesignation: w } = await app.as('clerk', WITHDRAW, { id: provincial.id, version: provincial.version, input: withdrawal });
    expect(w).toMatchObject({ version: provincial.version + 1, withdrawnOn: '2026-06-30', withdrawalReason: '复核不合格，撤销命名', withdrawalDocument: '湖建发〔2026〕21号' });
    expect(outcomeOf(await app.gql(WITHDRAW, { id: provincial.id, version: w.version, input: withdrawal }, token))).toBe('INVALID_TRANSITION');
    expect(await count('PROVINCIAL')).toBe(42);
    // the dashboard counts standing designations against the programme's 240 / 42
    expect((await app.as('manager', `{ dashboard { demonstrations { city provincial } } }`)).dashboard.demonstrations).toEqual({ city: 241, provincial: 42 });
    // nor dated before the provincial withdrawal: the history would show a province standing on no city designation (round 8 F4)
    expect(outcomeOf(await app.gql(WITHDRAW, { id: city.id, version: city.version, input: { withdrawnOn: '2026-06-29', reason: '小区物业服务质量下降' } }, token))).toBe('BAD_USER_INPUT/BEFORE_PROVINCIAL_WITHDRAWAL');
    await app.as('clerk', WITHDRAW, { id: city.id, version: city.version, input: { withdrawnOn: '2026-07-01', reason: '小区物业服务质量下降' } });
    expect(await count('CITY')).toBe(240);
    // designated again: history keeps all three, oldest first
    await app.as('clerk', DESIGNATE, { input: { estateId, level: 'CITY', year: 2026, documentNumber: '湖建发〔2026〕30号' } });
    const history = (await app.as('clerk', HISTORY, { id: estateId })).estate.demonstrations;
    expect(history.map((d: { level: string; withdrawnOn: string | null }) => [d.level, d.withdrawnOn])).toEqual([
      ['CITY', '2026-07-01'], ['PROVINCIAL', '2026-06-30'], ['CITY', null],
    ]);
    [city, provincial] = history;
    expect(await audits('estate.withdrawDesignation')).toBe(2);
    expect(await count('CITY')).toBe(241);
  });

  it('the database itself keeps one standing designation per level, and a withdrawal complete with its reason', async () => {
    await expect(app.ds.query(`INSERT INTO demonstration_designation (estate_id, level, year, document_number) VALUES ($1, 'CITY', 2026, '湖建发〔2026〕31号')`, [estateId])).rejects.toThrow(/demonstration_designation_standing/);
    await expect(app.ds.query(`UPDATE demonstration_designation SET withdrawn_on = '2026-08-01' WHERE estate_id = $1 AND withdrawn_on IS NULL`, [estateId])).rejects.toThrow(/demonstration_withdrawal_complete/);
  });
});

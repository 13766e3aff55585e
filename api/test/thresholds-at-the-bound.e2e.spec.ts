import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { bareEstateIds, OWNER_ROLL, openResolutionToday, RESOLUTION_BALLOT, RESOLUTION_TALLY } from './election-operations';
import { startTestApp, TestApp } from './harness';
import { RUN_IMPORT } from './operations';
import type { Matter, ResolutionChoice } from './generated/graphql';

/**
 * An examiner's cases at the bounds of Civil Code Art. 278 (docs/domain-rules.md#thresholds), through GraphQL on a roll
 * built so that every voting person weighs the same: exactly 2/3 taking part is a quorum, exactly 1/2 approving is not
 * "过半数", exactly 3/4 is "四分之三以上" (Art. 1259), counted by persons as docs/domain-rules.md#voting-persons says.
 */
let app: TestApp;
let estateId: string;
const ownerIds: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp();
  [estateId] = await bareEstateIds(app, 1);
  const report = (await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: file(ROLL), mode: 'ALL_OR_NOTHING', estateId })).runImport;
  expect(report).toMatchObject({ committed: true, invalid: 0 });
  const owners: Array<{ id: string; name: string }> = await app.ds.query(`SELECT id::text AS id, name FROM owner WHERE estate_id = $1`, [estateId]);
  for (const o of owners) ownerIds[o.name] = o.id;
});
afterAll(() => app?.close());

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
function idNumber(sequence: number): string {
  const body = `33050219800301${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}
const owned = (room: string, area: string, name: string, seq: number, voter = '否') => ['1幢', '1单元', room, area, '不动产登记', '否', name, idNumber(seq), '', voter];
const developer = (room: string, area: string) => ['1幢', '1单元', room, area, '测绘', '是', '', '', '', ''];
/**
 * Six voting persons of 100 m² each: 甲, 乙, 丙 alone; 丁 with two units of 50 m² (one person); the developer's two
 * unsold units of 60 and 40 m² (one person); 戊 and 己 co-owning one unit, 戊 designated.
 */
const ROLL = [
  HEADERS,
  owned('101', '100.00', '甲', 1),
  owned('102', '100', '乙', 2),
  owned('103', '100.00', '丙', 3),
  owned('201', '50.00', '丁', 4),
  owned('202', '50.00', '丁', 4),
  developer('301', '60.00'),
  developer('302', '40.00'),
  owned('401', '100.00', '戊', 5, '是'),
  owned('401', '100.00', '己', 6),
];
function file(rows: string[][]) {
  return { name: 'roll.csv', contentBase64: Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`).toString('base64') };
}

async function ballot(resolutionId: string, who: string, choice: ResolutionChoice) {
  const input = who === '开发商' ? { developer: true, method: 'PAPER' as const, choice } : { ownerId: ownerIds[who], developer: false, method: 'PAPER' as const, choice };
  return app.gql(RESOLUTION_BALLOT, { resolutionId, input }, await app.tokenFor('officer'));
}

async function tallyAfter(matter: Matter, votes: Array<[string, ResolutionChoice]>) {
  const open = await openResolutionToday(app, { estateId, matter, title: `边界测试${Math.random().toString(36).slice(2, 8)}` });
  for (const [who, choice] of votes) expect((await ballot(open.id, who, choice)).errors).toBeUndefined();
  return { id: open.id, tally: (await app.as('officer', RESOLUTION_TALLY, { id: open.id })).resolution.tally! };
}

it('the roll counts six persons and 600 m²: one buyer of two units once, the developer once, a co-owned unit once', async () => {
  const { ownerRoll } = await app.as('officer', OWNER_ROLL, { estateId });
  expect(ownerRoll).toMatchObject({ units: 8, headcount: 6, totalArea: '600.00', developerHeldUnits: 2, undesignatedUnits: 0 });
});

it('exactly 2/3 taking part is a quorum; exactly 1/2 of them approving (an abstention among them) is not more than half', async () => {
  const { tally } = await tallyAfter('OTHER_MAJOR_MATTER', [['甲', 'YES'], ['丁', 'YES'], ['丙', 'ABSTAIN'], ['开发商', 'NO']]);
  expect(tally.quorum.met).toBe(true);
  expect(tally.pass).toMatchObject({ rule: 'MORE_THAN_HALF', met: false, headcount: { part: 2, whole: 4 }, area: { part: '200.00', whole: '400.00' } });
  expect(tally).toMatchObject({ outcome: 'REJECTED', decidedBy: 'MORE_THAN_HALF' });
});

it('one person fewer than 2/3 is no quorum, however they vote', async () => {
  const { tally } = await tallyAfter('OTHER_MAJOR_MATTER', [['甲', 'YES'], ['乙', 'YES'], ['戊', 'YES']]);
  expect(tally).toMatchObject({ outcome: 'NO_QUORUM', decidedBy: 'QUORUM_TWO_THIRDS', quorum: { met: false } });
});

it('exactly 3/4 of those taking part raises the maintenance fund (matter 6): "以上" includes the bound', async () => {
  const { tally } = await tallyAfter('RAISE_MAINTENANCE_FUND', [['甲', 'YES'], ['乙', 'YES'], ['戊', 'YES'], ['丁', 'NO']]);
  expect(tally.pass).toMatchObject({ rule: 'THREE_QUARTERS', met: true, headcount: { part: 3, whole: 4 }, area: { part: '300.00', whole: '400.00' } });
  expect(tally.outcome).toBe('PASSED');
});

it('a co-owner the others did not designate cannot cast the unit’s ballot; the designated one casts it once', async () => {
  const { id } = await tallyAfter('OTHER_MAJOR_MATTER', [['戊', 'YES']]);
  const other = await ballot(id, '己', 'NO');
  expect(other.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'ownerId', rule: 'NOT_THE_DESIGNATED_VOTER' }] });
  const again = await ballot(id, '戊', 'NO');
  expect(again.errors?.[0].extensions.code).toBe('ALREADY_EXISTS');
});

it('a unit of no area is refused on import: every unit on the roll has an exclusive area (docs/domain-rules.md#unit-area)', async () => {
  const [other] = await bareEstateIds(app, 1);
  const result = await app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', file: file([HEADERS, owned('101', '0.00', '庚', 7)]), mode: 'ALL_OR_NOTHING', estateId: other }, await app.tokenFor('officer'));
  expect(result.errors).toBeUndefined();
  expect(result.data.runImport).toMatchObject({ committed: false, invalid: 1 });
  expect(result.data.runImport.rows[0].fieldErrors).toEqual([expect.objectContaining({ field: 'area', rule: 'AREA' })]);
});

describe('the 30-day filing deadline on the holiday calendar (docs/domain-rules.md#deadlines)', () => {
  const REGISTER = `mutation Register($input: CommitteeInput!) { registerCommittee(input: $input) { id filings { kind dueOn dueOnProvisional } } }`;
  const members = ['一', '二', '三', '四', '五'].map((n, i) => ({ name: `委员${n}`, position: i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER' }));
  it.each([
    ['lands on a Saturday made a working day (2026-02-14, 春节调休上班): it stays there', '2026-01-15', '2026-02-14', false],
    ['lands on New Year’s Day 2026: moved over 1–3 January to Sunday 4 January, a make-up working day', '2025-12-02', '2026-01-04', false],
    ['lands on New Year’s Day 2027, whose notice is not entered: the next working day the law knows, provisional', '2026-12-02', '2027-01-04', true],
  ])('%s', async (_what, electedOn, dueOn, provisional) => {
    const [estate] = await app.ds.query(
      `SELECT e.id::text AS id FROM estate e WHERE e.id = ANY($1::int[]) AND e.households > 100 ORDER BY e.id LIMIT 1`,
      [await bareEstateIds(app, 12)],
    );
    const { registerCommittee } = await app.as('officer', REGISTER, { input: { estateId: estate.id, termNumber: 1, electedOn, termYears: 5, members } });
    expect(registerCommittee.filings).toEqual([{ kind: 'ESTABLISHMENT', dueOn, dueOnProvisional: provisional }]);
  });
});

describe('ID numbers on an owner-roll import (docs/domain-rules.md#citizen-id)', () => {
  const PREVIEW = `mutation P($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) { previewImport(kind: $kind, file: $file, estateId: $estateId) { rows { row status fieldErrors { field rule } } } }`;
  const withId = (id: string) => ['1幢', '1单元', '101', '90.00', '不动产登记', '否', '辛', id, '', '否'];
  const x = (() => {
    for (let n = 100; ; n++) if (idNumber(n).endsWith('X')) return idNumber(n);
  })();
  const feb29 = (year: string) => {
    const body = `330502${year}0229001`;
    return body + citizenIdCheckCharacter(body);
  };
  it.each([
    ['a lower-case x check character', x.toLowerCase(), []],
    ['an old 15-digit number', '330502800301001', ['idNumber:ID_OLD_15_DIGIT']],
    ['a birth on 29 February of a leap year', feb29('1980'), []],
    ['a birth on 29 February of a common year', feb29('1981'), ['idNumber:ID_BIRTH_DATE']],
    ['a birth on 29 February 1900, a century not leap', feb29('1900'), ['idNumber:ID_BIRTH_DATE']],
  ])('%s', async (_what, id, problems) => {
    const [other] = await bareEstateIds(app, 1);
    const { previewImport } = await app.as('officer', PREVIEW, { kind: 'OWNER_ROLL', file: file([HEADERS, withId(id)]), estateId: other });
    expect(previewImport.rows[0].fieldErrors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual(problems);
  });
});

describe('areas to the hundredth (docs/domain-rules.md#exact-arithmetic)', () => {
  it('66.67 of 100.00 m² is at least 2/3 (3 × 6,667 ≥ 2 × 10,000); the sum of 66.66 + 0.01 + 33.33 is exactly 100.00', async () => {
    const [other] = await bareEstateIds(app, 1);
    const rows = [HEADERS, owned('101', '66.66', '壬', 21), owned('102', '0.01', '癸', 22), owned('103', '33.33', '子', 23)];
    const report = (await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: file(rows), mode: 'ALL_OR_NOTHING', estateId: other })).runImport;
    expect(report).toMatchObject({ committed: true, invalid: 0 });
    expect((await app.as('officer', OWNER_ROLL, { estateId: other })).ownerRoll).toMatchObject({ headcount: 3, totalArea: '100.00' });
    const ids: Array<{ id: string; name: string }> = await app.ds.query(`SELECT id::text AS id, name FROM owner WHERE estate_id = $1`, [other]);
    const open = await openResolutionToday(app, { estateId: other, matter: 'OTHER_MAJOR_MATTER', title: '面积边界' });
    for (const name of ['壬', '癸']) {
      const input = { ownerId: ids.find((o) => o.name === name)!.id, developer: false, method: 'PAPER' as const, choice: 'YES' as const };
      expect((await app.gql(RESOLUTION_BALLOT, { resolutionId: open.id, input }, await app.tokenFor('officer'))).errors).toBeUndefined();
    }
    const tally = (await app.as('officer', RESOLUTION_TALLY, { id: open.id })).resolution.tally!;
    expect(tally).toMatchObject({ quorum: { met: true }, outcome: 'PASSED' });
  });

  it('an area with a third decimal is refused, never rounded', async () => {
    const [other] = await bareEstateIds(app, 1);
    const PREVIEW = `mutation P($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) { previewImport(kind: $kind, file: $file, estateId: $estateId) { rows { fieldErrors { field rule } } } }`;
    const { previewImport } = await app.as('officer', PREVIEW, { kind: 'OWNER_ROLL', file: file([HEADERS, owned('101', '66.665', '丑', 24)]), estateId: other });
    expect(previewImport.rows[0].fieldErrors).toEqual([{ field: 'area', rule: 'DECIMAL_PLACES' }]);
  });
});

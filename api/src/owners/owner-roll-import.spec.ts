import { OwnerKind } from './owner-kind';
import { checkOwnerRoll, planRollWrites, RollRow, StoredRoll } from './owner-roll-import';

const EMPTY: StoredRoll = { units: [], owners: [], ownerships: [] };
const ID_A = '11010519491231002X';
const ID_B = '330502200002290017';
const ID_C = '330521199001010101';
/** a company owning shops of the estate (单位业主), by its unified social credit code */
const CODE_SHOP = '91330502MA2B3C4D58';

let nextRow = 2;
function row(over: Partial<RollRow> = {}): RollRow {
  return {
    row: nextRow++,
    valid: true,
    building: '1幢',
    unitNo: '1单元',
    room: '101',
    areaHundredths: 8_912,
    areaSource: 'REGISTER',
    developerHeld: false,
    name: '王芳',
    ownerKind: OwnerKind.PERSON,
    idNumber: ID_A,
    phone: '13857212345',
    designatedVoter: false,
    ...over,
  };
}
const company = (over: Partial<RollRow> = {}) => row({ ownerKind: OwnerKind.ORGANISATION, name: '湖州龙庭商贸有限公司', idNumber: CODE_SHOP, phone: null, ...over });
const developer = (over: Partial<RollRow> = {}) => row({ developerHeld: true, name: '', idNumber: '', phone: null, ...over });
const rulesOf = (check: ReturnType<typeof checkOwnerRoll>) => check.problems.map((p) => `${p.row}:${p.field}:${p.rule}`);

beforeEach(() => {
  nextRow = 2;
});

describe('checkOwnerRoll: rows that can be imported', () => {
  it.each<[string, () => RollRow[]]>([
    ['one owner of one unit', () => [row()]],
    ['co-owners with one designated voter', () => [row({ designatedVoter: true }), row({ name: '李强', idNumber: ID_B })]],
    ['co-owners who designated nobody (counted through one of them, with a warning elsewhere)', () => [row(), row({ name: '李强', idNumber: ID_B })]],
    ['one owner of two units (the same person, two rows)', () => [row(), row({ room: '102', phone: null })]],
    ['developer-held units without owner', () => [developer(), developer({ room: '102' })]],
    ['a company owning two shops (one owner, two rows)', () => [company({ building: '商铺', room: 'S1' }), company({ building: '商铺', room: 'S2' })]],
    ['a company and a person co-owning a unit', () => [company({ designatedVoter: true }), row({ name: '李强', idNumber: ID_B })]],
  ])('%s', (_why, rows) => {
    const check = checkOwnerRoll(rows(), EMPTY);
    expect(check.problems).toEqual([]);
    expect(check.rollProblems).toEqual([]);
  });

  it('counts a row repeated exactly once, as a duplicate of the first', () => {
    const first = row();
    const check = checkOwnerRoll([first, { ...first, row: 3 }], EMPTY);
    expect(check.problems).toEqual([]);
    expect([...check.duplicateOf]).toEqual([[3, 2]]);
  });
});

describe('checkOwnerRoll: rows refused', () => {
  it.each<[string, () => RollRow[], string[]]>([
    ['a developer-held unit with an owner', () => [developer({ name: '王芳', idNumber: ID_A })], ['2:name:ROLL_DEVELOPER_UNIT_OWNER']],
    ['a developer-held unit with a designated voter', () => [developer({ designatedVoter: true })], ['2:designatedVoter:ROLL_DEVELOPER_UNIT_VOTER']],
    [
      'two designated voters on one unit',
      () => [row({ designatedVoter: true }), row({ name: '李强', idNumber: ID_B, designatedVoter: true })],
      ['2:designatedVoter:ROLL_UNIT_TWO_VOTERS', '3:designatedVoter:ROLL_UNIT_TWO_VOTERS'],
    ],
    [
      'rows of one unit with different areas (the later row is wrong, the unit waits)',
      () => [row(), row({ name: '李强', idNumber: ID_B, areaHundredths: 9_000 })],
      ['2:room:ROLL_UNIT_HAS_INVALID_ROW', '3:area:ROLL_UNIT_DISAGREES'],
    ],
    ['rows of one unit with different sources', () => [row(), row({ name: '李强', idNumber: ID_B, areaSource: 'SURVEY' })], ['2:room:ROLL_UNIT_HAS_INVALID_ROW', '3:areaSource:ROLL_UNIT_DISAGREES']],
    ['a unit both developer-held and owned', () => [row(), developer()], ['2:room:ROLL_UNIT_HAS_INVALID_ROW', '3:developerHeld:ROLL_UNIT_DISAGREES']],
    ['one ID number under two names', () => [row(), row({ room: '102', name: '王方' })], ['3:name:ROLL_ID_NAME_MISMATCH']],
    ['one owner with two phones', () => [row(), row({ room: '102', phone: '13900000000' })], ['3:phone:ROLL_ID_PHONE_MISMATCH']],
    ['one number a person on one row and an organisation on another', () => [company(), company({ room: '102', ownerKind: OwnerKind.PERSON })], ['3:ownerKind:ROLL_ID_KIND_MISMATCH']],
    [
      'the same unit and owner twice with other details (a contradiction: the unit waits)',
      () => [row(), row({ designatedVoter: true })],
      ['2:room:ROLL_UNIT_HAS_INVALID_ROW', '3:idNumber:ROLL_ROW_REPEATED'],
    ],
    [
      'a co-owner row of a unit whose other row has a bad cell',
      () => [row({ valid: false }), row({ name: '李强', idNumber: ID_B })],
      ['3:room:ROLL_UNIT_HAS_INVALID_ROW'],
    ],
    [
      'the same co-owners designating different voters on two units (one person, docs/domain-rules.md#voting-persons)',
      () => [
        row({ designatedVoter: true }),
        row({ name: '李强', idNumber: ID_B }),
        row({ room: '102' }),
        row({ room: '102', name: '李强', idNumber: ID_B, designatedVoter: true }),
      ],
      ['2:designatedVoter:ROLL_VOTERS_DISAGREE', '3:designatedVoter:ROLL_VOTERS_DISAGREE', '4:designatedVoter:ROLL_VOTERS_DISAGREE', '5:designatedVoter:ROLL_VOTERS_DISAGREE'],
    ],
  ])('%s', (_why, rows, expected) => {
    expect(rulesOf(checkOwnerRoll(rows(), EMPTY)).sort()).toEqual(expected.sort());
  });

  it('names the rows, never the ID number, in its messages', () => {
    const check = checkOwnerRoll(
      [row({ designatedVoter: true }), row({ name: '李强', idNumber: ID_B }), row({ room: '102' }), row({ room: '102', name: '李强', idNumber: ID_B, designatedVoter: true })],
      EMPTY,
    );
    const text = JSON.stringify(check.problems);
    expect(text).toContain('row 2');
    expect(text).toContain('1幢1单元101, 1幢1单元102');
    expect(text).not.toContain(ID_A);
    expect(text).not.toContain(ID_B);
  });

  it('checks the roll as it would stand with the stored units the file leaves alone', () => {
    // stored: owners A and B co-own 1幢1单元201 with A designated; the file gives them 101 with B designated
    const stored: StoredRoll = {
      units: [{ id: 7, building: '1幢', unitNo: '1单元', room: '201', areaHundredths: 9_000, areaSource: 'REGISTER', developerHeld: false }],
      owners: [
        { id: 1, kind: OwnerKind.PERSON, name: '王芳', idNumber: ID_A, phone: null },
        { id: 2, kind: OwnerKind.PERSON, name: '李强', idNumber: ID_B, phone: null },
      ],
      ownerships: [
        { unitId: 7, ownerId: 1, designatedVoter: true },
        { unitId: 7, ownerId: 2, designatedVoter: false },
      ],
    };
    const check = checkOwnerRoll([row(), row({ name: '李强', idNumber: ID_B, designatedVoter: true })], stored);
    expect(rulesOf(check)).toEqual(['2:designatedVoter:ROLL_VOTERS_DISAGREE', '3:designatedVoter:ROLL_VOTERS_DISAGREE']);
    expect(check.problems[0].message).toContain('1幢1单元201');
    // replacing 201 in the same file settles it
    const settled = checkOwnerRoll([row(), row({ name: '李强', idNumber: ID_B, designatedVoter: true }), row({ room: '201', areaHundredths: 9_000 }), row({ room: '201', areaHundredths: 9_000, name: '李强', idNumber: ID_B, designatedVoter: true })], stored);
    expect(settled.problems).toEqual([]);
  });
});

describe('planRollWrites', () => {
  const stored: StoredRoll = {
    units: [
      { id: 10, building: '1幢', unitNo: '1单元', room: '101', areaHundredths: 8_912, areaSource: 'REGISTER', developerHeld: false },
      { id: 11, building: '1幢', unitNo: '1单元', room: '102', areaHundredths: 9_500, areaSource: 'SURVEY', developerHeld: false },
    ],
    owners: [
      { id: 1, kind: OwnerKind.PERSON, name: '王芳', idNumber: ID_A, phone: '13857212345' },
      { id: 2, kind: OwnerKind.PERSON, name: '李强', idNumber: ID_B, phone: null },
    ],
    ownerships: [
      { unitId: 10, ownerId: 1, designatedVoter: false },
      { unitId: 11, ownerId: 2, designatedVoter: true },
    ],
  };

  it('writes nothing for the rows as stored (a re-import)', () => {
    const plan = planRollWrites(stored, [row(), row({ room: '102', areaHundredths: 9_500, areaSource: 'SURVEY', name: '李强', idNumber: ID_B, phone: null, designatedVoter: true })]);
    expect([plan.newUnits, plan.changedUnits, plan.newOwners, plan.changedOwners, plan.removedOwnerships, plan.designationChanges, plan.newOwnerships]).toEqual([[], [], [], [], [], [], []]);
    expect([...plan.outcome.values()].map((o) => o.outcome)).toEqual(['SAME', 'SAME']);
  });

  it('updates a changed area and phone, keeps a stored phone the file leaves blank', () => {
    const plan = planRollWrites(stored, [row({ areaHundredths: 9_000, phone: '13900000001' }), row({ room: '102', areaHundredths: 9_500, areaSource: 'SURVEY', name: '李强', idNumber: ID_B, phone: null, designatedVoter: true })]);
    expect(plan.changedUnits.map((u) => [u.id, u.row.areaHundredths])).toEqual([[10, 9_000]]);
    expect(plan.changedOwners.map((o) => [o.id, o.row.phone])).toEqual([[1, '13900000001']]);
    expect(plan.outcome.get(2)).toEqual({ outcome: 'CHANGED', changes: ['area', 'phone'], unitId: 10 });
    expect(plan.outcome.get(3)?.outcome).toBe('SAME');
  });

  it('replaces the owners of a sold unit and adds a new co-owner with the designation', () => {
    const plan = planRollWrites(stored, [row({ name: '赵敏', idNumber: ID_C, designatedVoter: true }), row({ name: '李强', idNumber: ID_B, phone: null })]);
    expect(plan.newOwners.map((o) => o.idNumber)).toEqual([ID_C]);
    expect(plan.removedOwnerships).toEqual([{ unitId: 10, ownerId: 1, designatedVoter: false }]);
    expect(plan.newOwnerships).toEqual([
      { address: '["1幢","1单元","101"]', idNumber: ID_C, designatedVoter: true },
      { address: '["1幢","1单元","101"]', idNumber: ID_B, designatedVoter: false },
    ]);
    expect([...plan.outcome.values()].map((o) => o.outcome)).toEqual(['NEW', 'NEW']);
  });

  it('hands a unit back to the developer: the flag changes and its owners go', () => {
    const plan = planRollWrites(stored, [developer({ room: '102', areaHundredths: 9_500, areaSource: 'SURVEY' })]);
    expect(plan.changedUnits.map((u) => [u.id, u.row.developerHeld])).toEqual([[11, true]]);
    expect(plan.removedOwnerships).toEqual([{ unitId: 11, ownerId: 2, designatedVoter: true }]);
    expect(plan.outcome.get(2)).toEqual({ outcome: 'CHANGED', changes: ['developerHeld'], unitId: 11 });
  });

  it('adds a company as a new owner and corrects a stored person to an organisation', () => {
    const plan = planRollWrites(stored, [company({ room: '103' }), row({ room: '102', areaHundredths: 9_500, areaSource: 'SURVEY', ownerKind: OwnerKind.ORGANISATION, name: '李强', idNumber: ID_B, phone: null, designatedVoter: true })]);
    expect(plan.newOwners.map((o) => [o.idNumber, o.ownerKind])).toEqual([[CODE_SHOP, OwnerKind.ORGANISATION]]);
    expect(plan.changedOwners.map((o) => [o.id, o.row.ownerKind])).toEqual([[2, OwnerKind.ORGANISATION]]);
    expect(plan.outcome.get(3)).toEqual({ outcome: 'CHANGED', changes: ['ownerKind'], unitId: 11 });
  });

  it('moves the designation between stored co-owners', () => {
    const twoOwners: StoredRoll = { ...stored, ownerships: [...stored.ownerships, { unitId: 10, ownerId: 2, designatedVoter: true }] };
    const plan = planRollWrites(twoOwners, [row({ designatedVoter: true }), row({ name: '李强', idNumber: ID_B, phone: null })]);
    expect(plan.designationChanges).toEqual([
      { unitId: 10, ownerId: 1, designatedVoter: true },
      { unitId: 10, ownerId: 2, designatedVoter: false },
    ]);
    expect(plan.outcome.get(2)?.changes).toEqual(['designatedVoter']);
  });
});

import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { bareEstateIds, LIST_ELECTIONS, OWNER_ROLL, REMOVE_UNIT, ROLL_UNITS, VOTING_PERSONS } from './election-operations';
import { outcomeOf, startTestApp, TestApp } from './harness';
import { AUDIT_EVENTS, RUN_IMPORT } from './operations';

/**
 * The units of an estate's live roll: one unit however its address is written (docs/domain-rules.md#unit-address),
 * and a unit recorded by mistake taken off the roll (docs/roles-and-workflows.md#unit-removal).
 */
let app: TestApp;
let estates: string[];
beforeAll(async () => {
  app = await startTestApp();
  estates = await bareEstateIds(app, 4);
});
afterAll(() => app?.close());

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];

function idNumber(sequence: number): string {
  const body = `33050219800301${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}
/** As a Chinese input method types it: every ASCII character full-width. */
const fullWidth = (text: string) => [...text].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

function rollFile(rows: string[][]) {
  const text = `\uFEFF${[HEADERS, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  return { name: 'roll.csv', contentBase64: Buffer.from(text).toString('base64') };
}
const owned = (building: string, unitNo: string, room: string, area: string, name: string, id: string, phone = ''): string[] => [building, unitNo, room, area, '不动产登记', '否', name, id, phone, '否'];

async function importRoll(estateId: string, rows: string[][]) {
  return (await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: rollFile(rows), mode: 'ALL_OR_NOTHING', estateId })).runImport;
}
async function unitsOf(estateId: string) {
  return (await app.as('officer', ROLL_UNITS, { options: { filter: { estateId }, take: 200 } })).units.items;
}
async function rollOf(estateId: string) {
  return (await app.as('officer', OWNER_ROLL, { estateId })).ownerRoll;
}
async function removal(username: string, id: string, version: number, reason = '不动产登记中无此房屋，误录') {
  return app.gql(REMOVE_UNIT, { id, version, input: { reason } }, await app.tokenFor(username));
}

describe('one unit however its address is written', () => {
  it('a re-import writing the address full-width or in lower case updates the same unit: unit count and area unchanged', async () => {
    const estate = estates[0];
    const first = await importRoll(estate, [owned('1幢', '1单元', '101', '50.00', '王芳', idNumber(41)), owned('A幢', '', '102', '50.00', '李强', idNumber(42))]);
    expect(first).toMatchObject({ committed: true, created: 2 });
    const before = await unitsOf(estate);
    expect(await rollOf(estate)).toMatchObject({ units: 2, headcount: 2, totalArea: '100.00' });

    const again = await importRoll(estate, [owned('１幢', '１单元', '１０１', '50.00', '王芳', idNumber(41)), owned('a幢', '', '102', '50.00', '李强', idNumber(42))]);
    expect(again).toMatchObject({ committed: true, created: 0, updated: 0, duplicates: 2 });
    expect(await rollOf(estate)).toMatchObject({ units: 2, headcount: 2, totalArea: '100.00' });

    // a changed area written another way is an update of that unit, not a second unit
    const changed = await importRoll(estate, [owned(' ａ幢 ', '', '１０２', '60.00', '李强', idNumber(42))]);
    expect(changed).toMatchObject({ committed: true, created: 0, updated: 1 });
    expect(changed.rows[0].recordId).toBe(before.find((u) => u.building === 'A幢')!.id);
    expect(await rollOf(estate)).toMatchObject({ units: 2, totalArea: '110.00' });
  });

  it('stores a new unit’s address as it is matched: half-width, upper case, without blanks', async () => {
    const estate = estates[1];
    await importRoll(estate, [owned('ｂ 幢', '２单元', '３０１', '70.00', '赵敏', idNumber(43))]);
    expect((await unitsOf(estate)).map((u) => [u.building, u.unitNo, u.room])).toEqual([['B幢', '2单元', '301']]);
    const { units } = await app.as('officer', ROLL_UNITS, { options: { filter: { estateId: estate, building: 'ｂ幢' } } });
    expect(units.totalItems).toBe(1);
  });

  it('accepts an ID number typed full-width, stores it half-width with an upper-case X, and knows it again as the same owner', async () => {
    const estate = estates[1];
    const xId = (() => {
      for (let n = 100; ; n++) if (idNumber(n).endsWith('X')) return idNumber(n);
    })();
    const done = await importRoll(estate, [owned('5幢', '1单元', '101', '80.00', '陈刚', fullWidth(xId.toLowerCase()))]);
    expect(done).toMatchObject({ committed: true, invalid: 0, created: 1 });
    const [{ id_number }] = await app.ds.query(`SELECT id_number FROM owner WHERE estate_id = $1 AND name = '陈刚'`, [estate]);
    expect(id_number).toBe(xId);
    // the same person, written half-width on another unit: one owner, one voting person
    await importRoll(estate, [owned('5幢', '1单元', '102', '80.00', '陈刚', xId)]);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM owner WHERE estate_id = $1 AND name = '陈刚'`, [estate]);
    expect(n).toBe(1);
    expect(await rollOf(estate)).toMatchObject({ units: 3, headcount: 2 });
  });
});

describe('successful unit removal', () => {
  it('the officer takes a phantom unit off the live roll with its ownerships; the owner stays on record; the audit log keeps why', async () => {
    const estate = estates[2];
    await importRoll(estate, [
      owned('1幢', '1单元', '101', '90.00', '王芳', idNumber(51)),
      owned('1幢', '1单元', '1101', '90.00', '王芳', idNumber(51)), // typed 1101 for 101: no such unit
      owned('1幢', '1单元', '102', '80.00', '李强', idNumber(52)),
    ]);
    expect(await rollOf(estate)).toMatchObject({ units: 3, headcount: 2, totalArea: '260.00' });
    const phantom = (await unitsOf(estate)).find((u) => u.room === '1101')!;

    const result = await removal('officer', phantom.id, phantom.version);
    expect(outcomeOf(result)).toBe('OK');
    expect(result.data?.removeUnit).toBe(true);
    expect(await rollOf(estate)).toMatchObject({ units: 2, headcount: 2, totalArea: '170.00' });
    expect(await app.ds.query(`SELECT 1 FROM ownership WHERE unit_id = $1`, [phantom.id])).toEqual([]);
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM owner WHERE estate_id = $1`, [estate]);
    expect(n).toBe(2);

    const { auditEvents } = await app.as('manager', AUDIT_EVENTS, { options: { filter: { entityType: 'Unit', entityId: phantom.id }, take: 10 } });
    const removed = auditEvents.items.find((e) => e.action === 'unit.remove');
    expect(removed).toMatchObject({
      actorName: expect.any(String),
      before: { estateId: Number(estate), building: '1幢', unitNo: '1单元', room: '1101', area: '90.00', owners: [{ ownerId: Number(phantom.ownerships[0].ownerId), designatedVoter: false }] },
      after: { reason: '不动产登记中无此房屋，误录' },
    });
    expect(JSON.stringify(removed)).not.toContain(idNumber(51));
  });

  it('a unit removed while a vote is open leaves that vote’s fixed roll as it was; the live roll changes', async () => {
    const { elections } = await app.as('officer', LIST_ELECTIONS, { options: { filter: { phase: 'VOTING' } } });
    const voting = elections.items[0];
    const [record] = await app.ds.query(`SELECT id, headcount, area::text FROM vote_record WHERE election_id = $1`, [voting.id]);
    expect(record).toBeDefined();
    const fixedUnits = async () => (await app.ds.query(`SELECT count(*)::int AS n FROM vote_roll_unit WHERE vote_record_id = $1`, [record.id]))[0].n;
    const [unitsBefore, personsBefore, liveBefore] = [
      await fixedUnits(),
      (await app.as('officer', VOTING_PERSONS, { electionId: voting.id, take: 1 })).votingPersons.totalItems,
      await rollOf(voting.estateId),
    ];
    const unit = (await app.as('officer', ROLL_UNITS, { options: { filter: { estateId: voting.estateId, developerHeld: false }, take: 1 } })).units.items[0];

    expect(outcomeOf(await removal('officer', unit.id, unit.version))).toBe('OK');

    expect(await rollOf(voting.estateId)).toMatchObject({ units: liveBefore.units - 1 });
    expect(await fixedUnits()).toBe(unitsBefore);
    expect(await app.ds.query(`SELECT id, headcount, area::text FROM vote_record WHERE election_id = $1`, [voting.id])).toEqual([record]);
    expect((await app.as('officer', VOTING_PERSONS, { electionId: voting.id, take: 1 })).votingPersons.totalItems).toBe(personsBefore);
    expect(await app.ds.query(`SELECT 1 FROM vote_roll_unit WHERE vote_record_id = $1 AND unit_id = $2`, [record.id, unit.id])).toHaveLength(1);
  });
});

describe('failing unit removal', () => {
  let unit: { id: string; version: number };
  beforeAll(async () => {
    await importRoll(estates[3], [owned('2幢', '1单元', '101', '88.00', '孙丽', idNumber(61)), owned('2幢', '1单元', '102', '88.00', '周杰', idNumber(62))]);
    unit = (await unitsOf(estates[3])).find((u) => u.room === '101')!;
  });
  const stillThere = async () => expect(await app.ds.query(`SELECT 1 FROM unit WHERE id = $1`, [unit.id])).toHaveLength(1);

  it.each([
    ['manager', 'FORBIDDEN/ROLE'],
    ['registrar', 'FORBIDDEN/ROLE'],
    ['clerk', 'FORBIDDEN/ROLE'],
    ['officer2', 'FORBIDDEN/JURISDICTION'],
  ])('%s is refused (%s) and the unit stays', async (username, outcome) => {
    expect(outcomeOf(await removal(username, unit.id, unit.version))).toBe(outcome);
    await stillThere();
  });

  it('a stale version is CONFLICT: an import that changed the unit since makes it a new version', async () => {
    expect(outcomeOf(await removal('officer', unit.id, unit.version + 1))).toBe('CONFLICT');
    await importRoll(estates[3], [owned('2幢', '1单元', '101', '89.00', '孙丽', idNumber(61))]);
    const [{ version }] = await app.ds.query(`SELECT version FROM unit WHERE id = $1`, [unit.id]);
    expect(version).toBe(unit.version + 1);
    expect(outcomeOf(await removal('officer', unit.id, unit.version))).toBe('CONFLICT');
    await stillThere();
    unit = { ...unit, version };
  });

  it('a removal without a reason is BAD_USER_INPUT; a unit that does not exist is NOT_FOUND', async () => {
    expect(outcomeOf(await removal('officer', unit.id, unit.version, ' '))).toBe('BAD_USER_INPUT/LENGTH');
    expect(outcomeOf(await removal('officer', '999999', 1))).toBe('NOT_FOUND');
    await stillThere();
  });

  it('is refused while a vote of the estate counts on the live roll (opened before rolls were fixed: UNIT_ROLL_NOT_FIXED)', async () => {
    // a vote opened before vote records existed, as an upgraded database has it: VOTING with no fixed roll
    const [election] = await app.ds.query(
      `SELECT el.id, el.phase FROM election el JOIN estate e ON e.id = el.estate_id JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE el.phase = 'NOMINATION' AND s.name = ANY($1) AND EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) ORDER BY el.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const [target] = await app.ds.query(`SELECT u.id::text, u.version, u.estate_id FROM unit u JOIN election e ON e.estate_id = u.estate_id WHERE e.id = $1 ORDER BY u.id LIMIT 1`, [election.id]);
    await app.ds.query(`UPDATE election SET phase = 'VOTING' WHERE id = $1`, [election.id]);
    try {
      const result = await removal('officer', target.id, target.version);
      expect(outcomeOf(result)).toBe('BAD_USER_INPUT/UNIT_ROLL_NOT_FIXED');
      expect(result.errors![0].extensions!.fieldErrors[0].message).toContain(`election ${election.id}`);
      expect(await app.ds.query(`SELECT 1 FROM unit WHERE id = $1`, [target.id])).toHaveLength(1);
    } finally {
      await app.ds.query(`UPDATE election SET phase = $2 WHERE id = $1`, [election.id, election.phase]);
    }
  });
});

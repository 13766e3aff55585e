import { DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import { addDays, addYears, todayInChina } from '../src/shared/iso-date';
import { CANDIDATE_REGISTER, CREATE_ELECTION, GET_CANDIDATE, MOVE_ELECTION, NOMINATE, RECORD_CHECK, RECORD_CHECKS, bareEstateId } from './election-operations';
import { outcomeOf, startTestApp, TestApp } from './harness';
import { RUN_IMPORT } from './operations';
import type { CheckResult, ElectionAction, ElectionFieldsFragment, EligibilityCheckItemInput, EligibilityChecksInput } from './generated/graphql';

/**
 * Several checks of one candidate's review at once (docs/roles-and-workflows.md#eligibility-review): the reviewer,
 * the day and the reviewing body given once; all recorded or none, by the same rules as one check.
 */
let app: TestApp;
let estateId: string;
let election: ElectionFieldsFragment;
const today = todayInChina();
const ids: Record<'adult' | 'minor' | 'other', string> = { adult: '', minor: '', other: '' };

function idNumber(sequence: number, birth: string): string {
  const body = `330502${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}
const OWNERS = { adult: ['赵审查', idNumber(41, '1975-05-05')], minor: ['钱审查', idNumber(42, addYears(today, -15))], other: ['孙审查', idNumber(43, '1988-08-08')] } as const;

function rollFile() {
  const headers = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
  const rows = Object.values(OWNERS).map(([name, id], i) => ['2幢', '1单元', `20${i + 1}`, '88.00', '不动产登记', '否', name, id, '', '否']);
  const csv = `\uFEFF${[headers, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  return { name: 'roll.csv', contentBase64: Buffer.from(csv).toString('base64') };
}

async function move(action: ElectionAction) {
  election = (await app.as('officer', MOVE_ELECTION, { id: election.id, version: election.version, action })).moveElection;
}

async function candidate(id: string) {
  return (await app.as('officer', GET_CANDIDATE, { id })).candidate;
}

const bodiesOf = (itemKey: string) => DEFAULT_CHECKLIST_V1.items.find((i) => i.key === itemKey)!.suggestedReviewers;
const all = (result: CheckResult = 'PASS'): EligibilityCheckItemInput[] => DEFAULT_CHECKLIST_V1.items.map((i) => ({ itemKey: i.key, result }));

async function recordChecks(as: string, candidateId: string, input: EligibilityChecksInput) {
  const { version } = await candidate(candidateId);
  return app.gql(RECORD_CHECKS, { candidateId, version, input }, await app.tokenFor(as));
}

/** What a refusal must leave as it was: the candidates, their checks, the audit log. */
async function snapshot() {
  const [row] = await app.ds.query(
    `SELECT (SELECT json_agg(json_build_object('id', c.id, 'version', c.version, 'decision', c.decision) ORDER BY c.id) FROM candidate c WHERE c.election_id = $1) AS candidates,
            (SELECT count(*)::int FROM eligibility_check k JOIN candidate c ON c.id = k.candidate_id WHERE c.election_id = $1) AS checks,
            (SELECT count(*)::int FROM audit_event) AS audit`,
    [election.id],
  );
  return row;
}

beforeAll(async () => {
  app = await startTestApp();
  estateId = await bareEstateId(app);
  const { runImport } = await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: rollFile(), mode: 'ALL_OR_NOTHING', estateId });
  expect(runImport.committed).toBe(true);
  election = (await app.as('officer', CREATE_ELECTION, { input: { estateId, kind: 'FIRST', title: '批量审查测试', seats: 5, phases: [] } })).createElection;
  await move('OPEN_NOMINATION');
  for (const who of ['adult', 'minor', 'other'] as const) {
    const [{ id: ownerId }] = await app.ds.query(`SELECT id::text AS id FROM owner WHERE estate_id = $1 AND id_number = $2`, [estateId, OWNERS[who][1]]);
    const nominated = await app.as('officer', NOMINATE, { electionId: election.id, input: { ownerId, partyMember: false, nominatedBy: '业主联名推荐', nominatedOn: today } });
    ids[who] = nominated.nominateCandidate.id;
  }
  await move('CLOSE_NOMINATION');
  expect(election.phase).toBe('ELIGIBILITY_REVIEW');
});
afterAll(() => app?.close());

describe('recording the remaining items of a candidate at once', () => {
  it('shows what the roll says about the items it can answer, never the age', async () => {
    const adult = (await app.as('officer', CANDIDATE_REGISTER, { id: ids.adult })).candidate.registerFindings;
    expect(adult).toEqual([{ itemKey: 'OWNER_IN_ESTATE', says: 'PASS', unitsInEstate: 1 }, { itemKey: 'AGED_18_OR_OVER', says: 'PASS', unitsInEstate: null }]);
    const minor = await app.gql(CANDIDATE_REGISTER, { id: ids.minor }, await app.tokenFor('officer'));
    expect(minor.data.candidate.registerFindings[1]).toEqual({ itemKey: 'AGED_18_OR_OVER', says: 'FAIL', unitsInEstate: null });
    expect(JSON.stringify(minor)).not.toMatch(/15|birth/);
  });

  it('reads the roll for every candidate of a list in one statement, not one each', async () => {
    const [busiest] = await app.ds.query(
      `SELECT c.election_id::text AS id, count(*)::int AS n FROM candidate c JOIN election e ON e.id = c.election_id
         JOIN estate es ON es.id = e.estate_id JOIN community cm ON cm.id = es.community_id JOIN subdistrict s ON s.id = cm.subdistrict_id
        WHERE s.name = ANY($1) GROUP BY c.election_id ORDER BY count(*) DESC, c.election_id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    expect(busiest.n).toBeGreaterThan(2);
    const token = await app.tokenFor('officer');
    const read = (fields: string) => app.gql(`query($id: ID!) { election(id: $id) { candidates { ${fields} } } }`, { id: busiest.id }, token);
    const plain = await read('id');
    const withRoll = await read('id registerFindings { itemKey says }');
    expect(withRoll.errors).toBeUndefined();
    expect(withRoll.data.election.candidates).toHaveLength(busiest.n);
    // the checklist versions and the roll's facts: two statements whatever the number of candidates
    expect(withRoll.sqlStatements - plain.sqlStatements).toBeLessThanOrEqual(2);
  });

  it('records every remaining item in one go, the reviewer and day given once; the decision follows', async () => {
    // one item recorded alone first, as a correction would be
    const { version } = await candidate(ids.adult);
    const single = { itemKey: 'SIGNED_THREE_PLEDGES', result: 'PASS' as const, reviewingBody: 'ELECTION_ORGANISER' as const, reviewer: '李审查', checkedOn: today };
    expect((await app.gql(RECORD_CHECK, { candidateId: ids.adult, version, input: single }, await app.tokenFor('officer'))).errors).toBeUndefined();
    const auditBefore = (await snapshot()).audit;

    // the residents' committee's reviewer for its items; another body's item names its own body and reviewer
    const remaining = all()
      .filter((i) => i.itemKey !== 'SIGNED_THREE_PLEDGES')
      .map((i) => (bodiesOf(i.itemKey).includes('RESIDENTS_COMMITTEE') ? i : { ...i, reviewingBody: bodiesOf(i.itemKey)[0], reviewer: '王核查' }));
    remaining[remaining.findIndex((i) => i.itemKey === 'ORGANISED_CRIME')] = { itemKey: 'ORGANISED_CRIME', result: 'PASS', reviewingBody: 'POLICE_STATION', reviewer: '陈警官', evidenceNote: '派出所出具无犯罪记录证明' };
    const result = await recordChecks('officer', ids.adult, { reviewer: ' 李审查 ', checkedOn: today, reviewingBody: 'RESIDENTS_COMMITTEE', items: remaining });
    expect(result.errors).toBeUndefined();
    const recorded = result.data.recordEligibilityChecks;
    expect(recorded.decision).toBe('ELIGIBLE');
    expect(recorded.checks).toHaveLength(DEFAULT_CHECKLIST_V1.items.length);
    const byKey = new Map(recorded.checks.map((c) => [c.itemKey, c]));
    expect(byKey.get('FULL_CIVIL_CAPACITY')).toMatchObject({ result: 'PASS', reviewingBody: 'RESIDENTS_COMMITTEE', reviewer: '李审查', checkedOn: today, evidenceNote: null });
    expect(byKey.get('ORGANISED_CRIME')).toMatchObject({ reviewingBody: 'POLICE_STATION', reviewer: '陈警官', evidenceNote: '派出所出具无犯罪记录证明' });
    expect(byKey.get('SIGNED_THREE_PLEDGES')).toMatchObject({ reviewingBody: 'ELECTION_ORGANISER' });
    // one audit event names every check the batch wrote
    expect((await snapshot()).audit - auditBefore).toBe(1);
    const [event] = await app.ds.query(`SELECT action, after FROM audit_event ORDER BY id DESC LIMIT 1`);
    expect(event.action).toBe('candidate.checks');
    expect(event.after.checks).toHaveLength(remaining.length);
  });

  it('takes a batch with a failure, each item’s body defaulting to the one the checklist suggests: the decision follows it', async () => {
    const items = all().map((i) => (i.itemKey === 'WORKS_FOR_ESTATE_FIRM' ? { ...i, result: 'FAIL' as const, evidenceNote: '物业公司在职保安' } : i));
    const result = await recordChecks('officer', ids.other, { reviewer: '李审查', checkedOn: today, items });
    expect(result.errors).toBeUndefined();
    expect(result.data.recordEligibilityChecks.decision).toBe('INELIGIBLE');
    expect((result.data.recordEligibilityChecks.decisionExplanation as Array<Record<string, unknown>>)[0]).toMatchObject({ itemKey: 'WORKS_FOR_ESTATE_FIRM', reason: 'DISQUALIFYING_FAILED' });
    expect(result.data.recordEligibilityChecks.checks.find((c) => c.itemKey === 'WORKS_FOR_ESTATE_FIRM')!.reviewingBody).toBe('PROPERTY_FIRM');
  });

  it('refuses the whole batch when one PASS contradicts the roll, naming every bad item; nothing is stored', async () => {
    const before = await snapshot();
    const items: EligibilityCheckItemInput[] = [...all(), { itemKey: 'NO_SUCH_ITEM', result: 'PASS' }, { itemKey: 'ORGANISED_CRIME', result: 'PASS', overrideReason: '经研究' }];
    const aged = items.findIndex((i) => i.itemKey === 'AGED_18_OR_OVER');
    const refused = await recordChecks('officer', ids.minor, { reviewer: '李审查', checkedOn: today, items });
    expect(outcomeOf(refused)).toBe('BAD_USER_INPUT/REGISTER_CONTRADICTS');
    expect(refused.errors![0].extensions!.fieldErrors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
      [`items[${aged}].result`, 'REGISTER_CONTRADICTS'],
      [`items[${items.length - 2}].itemKey`, 'NOT_ON_CHECKLIST'],
      [`items[${items.length - 1}].itemKey`, 'CHECK_ITEM_TWICE'],
      [`items[${items.length - 1}].overrideReason`, 'OVERRIDE_NOT_ALLOWED'],
    ]);
    expect(JSON.stringify(refused)).not.toContain(addYears(today, -15));
    expect(await snapshot()).toEqual(before);
    // the same batch with the register's answer is taken
    const taken = await recordChecks('officer', ids.minor, { reviewer: '李审查', checkedOn: today, items: all().map((i) => (i.itemKey === 'AGED_18_OR_OVER' ? { ...i, result: 'FAIL' as const } : i)) });
    expect(taken.errors).toBeUndefined();
    expect(taken.data.recordEligibilityChecks.decision).toBe('NOT_YET_ELIGIBLE');
  });

  it('refuses a batch whose body is carried onto an item another body answers (the police check), or whose item names no reviewer; nothing is stored', async () => {
    const before = await snapshot();
    const items: EligibilityCheckItemInput[] = [
      { itemKey: 'SIGNED_THREE_PLEDGES', result: 'PASS' },
      { itemKey: 'CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', result: 'PASS' },
      { itemKey: 'ORGANISED_CRIME', result: 'PASS', reviewingBody: 'RESIDENTS_COMMITTEE', reviewer: '陈警官' },
    ];
    const refused = await recordChecks('officer', ids.minor, { reviewer: '李审查', checkedOn: today, reviewingBody: 'ELECTION_ORGANISER', items });
    expect(outcomeOf(refused)).toBe('BAD_USER_INPUT/REVIEWING_BODY_NOT_FOR_ITEM');
    expect(refused.errors![0].extensions!.fieldErrors.map((e: { field: string; rule: string }) => [e.field, e.rule])).toEqual([
      ['items[1].reviewingBody', 'REVIEWING_BODY_NOT_FOR_ITEM'],
      ['items[2].reviewingBody', 'REVIEWING_BODY_NOT_FOR_ITEM'],
    ]);
    // without a batch reviewer, an item naming none of its own is refused on its reviewer
    const unnamed = await recordChecks('officer', ids.minor, { checkedOn: today, items: [{ itemKey: 'ORGANISED_CRIME', result: 'PASS', reviewingBody: 'POLICE_STATION' }] });
    expect(outcomeOf(unnamed)).toBe('BAD_USER_INPUT/REQUIRED');
    expect(unnamed.errors![0].extensions!.fieldErrors[0].field).toBe('items[0].reviewer');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a batch dated before the nomination or in the future, on checkedOn', async () => {
    const before = await snapshot();
    for (const [checkedOn, rule] of [[addDays(today, -1), 'BEFORE_NOMINATION'], [addDays(today, 1), 'NOT_FUTURE']]) {
      const refused = await recordChecks('officer', ids.minor, { reviewer: '李审查', checkedOn, items: [{ itemKey: 'ORGANISED_CRIME', result: 'PENDING' }] });
      expect(outcomeOf(refused)).toBe(`BAD_USER_INPUT/${rule}`);
      expect(refused.errors![0].extensions!.fieldErrors[0].field).toBe('checkedOn');
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['another jurisdiction’s officer', 'officer2', 'FORBIDDEN/JURISDICTION'],
    ['a manager', 'manager', 'FORBIDDEN/ROLE'],
  ])('refuses %s, storing nothing', async (_label, who, outcome) => {
    const token = await app.tokenFor(who); // signing in is audited: before the snapshot
    const { version } = await candidate(ids.minor);
    const before = await snapshot();
    const refused = await app.gql(RECORD_CHECKS, { candidateId: ids.minor, version, input: { reviewer: '李审查', checkedOn: today, items: all('PENDING') } }, token);
    expect(outcomeOf(refused)).toBe(outcome);
    expect(await snapshot()).toEqual(before);
  });
});

import { DecidingCheck, DEFAULT_CHECKLIST_V1 } from '../src/eligibility/checklist';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { addDays, addYears, todayInChina } from '../src/shared/iso-date';
import { CREATE_ELECTION, FILE_OBJECTION, GET_CANDIDATE, MOVE_ELECTION, NOMINATE, RECORD_CHECK, bareEstateId } from './election-operations';
import { outcomeOf, startTestApp, TestApp } from './harness';
import { RUN_IMPORT } from './operations';
import type { CheckResult, ElectionAction, ElectionFieldsFragment, EligibilityCheckInput, ElectionKind } from './generated/graphql';

/**
 * A candidate's review may not contradict the registry's own roll, and its dates follow the nomination
 * (docs/domain-rules.md#eligibility): on an estate of the demo with no roll yet, given a roll by import.
 */
let app: TestApp;
let estateId: string;
const today = todayInChina();
const nominatedOn = today; // nomination opens today, and a nomination is not dated before it opened

/** A valid GB 11643-1999 number of someone born on `birth`. */
function idNumber(sequence: number, birth: string): string {
  const body = `330502${birth.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}

const ADULT = '1980-03-01';
const MINOR_BIRTH = addYears(today, -14); // 14 today
const OWNERS = {
  jia: { name: '甲业主', id: idNumber(21, ADULT) },
  yi: { name: '乙业主', id: idNumber(22, ADULT) },
  bing: { name: '丙业主', id: idNumber(23, ADULT) },
  ding: { name: '丁业主', id: idNumber(24, ADULT) },
  wu: { name: '戊业主', id: idNumber(25, ADULT) },
  ji: { name: '己业主', id: idNumber(26, ADULT) },
  geng: { name: '庚业主', id: idNumber(27, MINOR_BIRTH) },
  xin: { name: '辛业主', id: idNumber(28, ADULT) },
  ren: { name: '壬业主', id: idNumber(29, ADULT) },
  gui: { name: '癸业主', id: idNumber(30, ADULT) },
};
type Who = keyof typeof OWNERS;

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
/** Room → owner: the roll as one import file (the whole roll each time; a unit given to another owner loses its old one). */
function rollFile(holders: Record<string, Who>) {
  const rows = Object.entries(holders).map(([room, who]) => ['1幢', '1单元', room, '90.00', '不动产登记', '否', OWNERS[who].name, OWNERS[who].id, '', '否']);
  const csv = `\uFEFF${[HEADERS, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
  return { name: 'roll.csv', contentBase64: Buffer.from(csv).toString('base64') };
}
const ROLL: Record<string, Who> = {
  '101': 'jia', '102': 'yi', '103': 'bing', '104': 'ding', '105': 'wu', '106': 'ji', '107': 'geng', '108': 'xin', '109': 'ren', '110': 'gui',
};

async function importRoll(holders: Record<string, Who>) {
  const { runImport } = await app.as('officer', RUN_IMPORT, { kind: 'OWNER_ROLL', file: rollFile(holders), mode: 'ALL_OR_NOTHING', estateId });
  expect(runImport.committed).toBe(true);
}

const ownerIds = new Map<Who, string>();
async function ownerId(who: Who): Promise<string> {
  if (!ownerIds.has(who)) {
    const [row] = await app.ds.query(`SELECT id::text AS id FROM owner WHERE estate_id = $1 AND id_number = $2`, [estateId, OWNERS[who].id]);
    ownerIds.set(who, row.id);
  }
  return ownerIds.get(who)!;
}

async function createElection(kind: ElectionKind, seats: number): Promise<ElectionFieldsFragment> {
  const { createElection } = await app.as('officer', CREATE_ELECTION, { input: { estateId, kind, title: `资格审查测试 ${kind}`, seats, phases: [] } });
  return createElection;
}

async function move(election: ElectionFieldsFragment, action: ElectionAction): Promise<ElectionFieldsFragment> {
  const { moveElection } = await app.as('officer', MOVE_ELECTION, { id: election.id, version: election.version, action, ...(action === 'CANCEL' ? { cancelReason: 'TOO_FEW_ELIGIBLE_CANDIDATES' as const } : {}) });
  return moveElection;
}

async function nominate(electionId: string, owner: string, on = nominatedOn) {
  return app.gql(NOMINATE, { electionId, input: { ownerId: owner, partyMember: false, nominatedBy: '业主联名推荐', nominatedOn: on } }, await app.tokenFor('officer'));
}

async function candidate(id: string) {
  return (await app.as('officer', GET_CANDIDATE, { id })).candidate;
}

async function check(candidateId: string, itemKey: string, result: CheckResult, extra: Partial<EligibilityCheckInput> = {}) {
  const { version } = await candidate(candidateId);
  const reviewingBody = DEFAULT_CHECKLIST_V1.items.find((i) => i.key === itemKey)!.suggestedReviewers[0];
  return app.gql(RECORD_CHECK, { candidateId, version, input: { itemKey, result, reviewingBody, reviewer: '王核查', checkedOn: today, ...extra } }, await app.tokenFor('officer'));
}

async function passAll(candidateId: string) {
  for (const item of DEFAULT_CHECKLIST_V1.items) expect((await check(candidateId, item.key, 'PASS')).errors).toBeUndefined();
}

/** What a refusal must leave as it was: the election's candidates, their checks and objections, the audit log. */
async function snapshot(electionId: string) {
  const [row] = await app.ds.query(
    `SELECT (SELECT json_agg(json_build_object('id', c.id, 'version', c.version, 'decision', c.decision) ORDER BY c.id) FROM candidate c WHERE c.election_id = $1) AS candidates,
            (SELECT json_agg(json_build_object('c', k.candidate_id, 'item', k.item_key, 'result', k.result, 'on', k.checked_on) ORDER BY k.candidate_id, k.item_key)
               FROM eligibility_check k JOIN candidate c ON c.id = k.candidate_id WHERE c.election_id = $1) AS checks,
            (SELECT count(*)::int FROM objection o JOIN candidate c ON c.id = o.candidate_id WHERE c.election_id = $1) AS objections,
            (SELECT phase FROM election WHERE id = $1) AS phase,
            (SELECT count(*)::int FROM audit_event) AS audit`,
    [electionId],
  );
  return row;
}

/** A refusal: BAD_USER_INPUT on `field` with `rule`, and nothing written. */
async function expectRefused(electionId: string, attempt: () => Promise<{ errors?: Array<{ message: string; extensions: Record<string, any> }> }>, field: string, rule: string) {
  const before = await snapshot(electionId);
  const result = await attempt();
  expect(outcomeOf(result)).toBe(`BAD_USER_INPUT/${rule}`);
  expect(result.errors![0].extensions.fieldErrors[0].field).toBe(field);
  expect(await snapshot(electionId)).toEqual(before);
  return result.errors![0];
}

beforeAll(async () => {
  app = await startTestApp();
  estateId = await bareEstateId(app);
  await importRoll(ROLL);
  // 丁's only unit is re-imported to 戊: 丁 stays an owner row with no unit
  await importRoll({ ...ROLL, '104': 'wu' });
  expect(await app.ds.query(`SELECT 1 FROM ownership WHERE owner_id = $1`, [await ownerId('ding')])).toEqual([]);
});
afterAll(() => app?.close());

describe('a first election: the review against the roll', () => {
  let election: ElectionFieldsFragment;
  const ids: Partial<Record<Who, string>> = {};

  it('refuses to nominate an owner who holds no unit of the estate, and takes the owners who do', async () => {
    election = await move(await createElection('FIRST', 5), 'OPEN_NOMINATION');
    const refused = await expectRefused(election.id, () => nominate(election.id, ownerIds.get('ding')!), 'ownerId', 'NOT_ON_ROLL');
    expect(refused.message).toMatch(/holds no unit of this estate/);
    // a nomination dated before nomination opened would let every later date of the review be backdated with it
    await expectRefused(election.id, async () => nominate(election.id, await ownerId('ji'), '1990-01-01'), 'nominatedOn', 'BEFORE_NOMINATION_OPENED');
    for (const who of ['ji', 'geng', 'xin', 'ren', 'gui', 'jia'] as const) {
      const result = await nominate(election.id, await ownerId(who));
      expect(result.errors).toBeUndefined();
      ids[who] = result.data.nominateCandidate.id;
    }
    election = await move(election, 'CLOSE_NOMINATION');
    expect(election.phase).toBe('ELIGIBILITY_REVIEW');
  });

  it('refuses a PASS of "aged 18 or over" for an owner whose ID number makes them 14, and takes the FAIL', async () => {
    const refused = await expectRefused(election.id, () => check(ids.geng!, 'AGED_18_OR_OVER', 'PASS'), 'result', 'REGISTER_CONTRADICTS');
    expect(refused.extensions.fieldErrors[0].message).toBe(`AGED_18_OR_OVER: by the ID number on the roll the candidate was under 18 on ${today}`);
    expect(JSON.stringify(refused)).not.toContain(MINOR_BIRTH);
    const failed = await check(ids.geng!, 'AGED_18_OR_OVER', 'FAIL');
    expect(failed.errors).toBeUndefined();
    expect(failed.data.recordEligibilityCheck.decision).toBe('NOT_YET_ELIGIBLE');
    // an adult's PASS stands
    expect((await check(ids.xin!, 'AGED_18_OR_OVER', 'PASS')).errors).toBeUndefined();
  });

  it.each([
    ['a check dated 1990', '1990-01-01'],
    ['a check dated the day before the nomination', addDays(nominatedOn, -1)],
  ])('refuses %s (BEFORE_NOMINATION) and takes one dated on the nomination day', async (_label, checkedOn) => {
    await expectRefused(election.id, () => check(ids.ji!, 'SIGNED_THREE_PLEDGES', 'PASS', { checkedOn }), 'checkedOn', 'BEFORE_NOMINATION');
    expect((await check(ids.ji!, 'SIGNED_THREE_PLEDGES', 'PASS', { checkedOn: nominatedOn })).errors).toBeUndefined();
  });

  it('still refuses a check dated in the future', async () => {
    await expectRefused(election.id, () => check(ids.ji!, 'SIGNED_THREE_PLEDGES', 'PASS', { checkedOn: addDays(today, 1) }), 'checkedOn', 'NOT_FUTURE');
  });

  it.each([
    ['dated 2030', '2030-01-01', 'NOT_FUTURE'],
    ['dated tomorrow', addDays(today, 1), 'NOT_FUTURE'],
    ['dated before the nomination', addDays(nominatedOn, -1), 'BEFORE_NOMINATION'],
  ])('refuses an objection %s (%s)', async (_label, filedOn, rule) => {
    const input = { filedOn, filedBy: '3幢业主', reason: '该候选人长期出租房屋，不在小区居住' };
    await expectRefused(election.id, async () => app.gql(FILE_OBJECTION, { candidateId: ids.ji!, input }, await app.tokenFor('officer')), 'filedOn', rule);
  });

  it('refuses a PASS of "owns a unit in the estate" once the roll shows none; the PASS given before no longer counts', async () => {
    await passAll(ids.ji!);
    expect((await candidate(ids.ji!)).decision).toBe('ELIGIBLE');
    // 己's unit is re-imported to 辛
    await importRoll({ ...ROLL, '104': 'wu', '106': 'xin' });
    const refused = await expectRefused(election.id, () => check(ids.ji!, 'OWNER_IN_ESTATE', 'PASS'), 'result', 'REGISTER_CONTRADICTS');
    expect(refused.extensions.fieldErrors[0].message).toMatch(/OWNER_IN_ESTATE: the owner roll shows no unit of this estate/);
    // the next decision of the review (here: another check) no longer counts the old PASS
    const rechecked = await check(ids.ji!, 'SIGNED_THREE_PLEDGES', 'PASS');
    expect(rechecked.data.recordEligibilityCheck.decision).toBe('NOT_YET_ELIGIBLE');
    expect((rechecked.data.recordEligibilityCheck.decisionExplanation as DecidingCheck[])[0]).toMatchObject({ itemKey: 'OWNER_IN_ESTATE', result: 'PASS', reason: 'REGISTER_CONTRADICTS' });
    // the FAIL the register supports is taken
    const failed = await check(ids.ji!, 'OWNER_IN_ESTATE', 'FAIL');
    expect(failed.data.recordEligibilityCheck.decision).toBe('NOT_YET_ELIGIBLE');
    expect((failed.data.recordEligibilityCheck.decisionExplanation as DecidingCheck[])[0]).toMatchObject({ itemKey: 'OWNER_IN_ESTATE', reason: 'MUST_NOT_MET' });
  });

  it('is cancelled, leaving the estate free for a by-election', async () => {
    election = await move(election, 'CANCEL');
    expect(election.phase).toBe('CANCELLED');
  });
});

describe('a by-election', () => {
  const REGISTER = `mutation Register($input: CommitteeInput!) { registerCommittee(input: $input) { id members { ownerId } } }`;
  let election: ElectionFieldsFragment;

  it('refuses to nominate an owner who sits on the current committee, and takes others', async () => {
    const sitting: Array<[Who, string]> = [['jia', 'CHAIR'], ['yi', 'VICE_CHAIR'], ['bing', 'MEMBER'], ['ren', 'MEMBER'], ['gui', 'MEMBER']];
    const members = await Promise.all(sitting.map(async ([who, position]) => ({ ownerId: await ownerId(who), name: OWNERS[who].name, position })));
    await app.as('officer', REGISTER, { input: { estateId, termNumber: 1, electedOn: addDays(today, -30), termYears: 5, members } });
    election = await move(await createElection('BY_ELECTION', 2), 'OPEN_NOMINATION');
    for (const who of ['jia', 'bing'] as const) {
      const refused = await expectRefused(election.id, async () => nominate(election.id, await ownerId(who)), 'ownerId', 'ALREADY_ON_COMMITTEE');
      expect(refused.message).toMatch(/already sits on the estate’s committee/);
    }
    // the roll rule holds in a by-election too
    await expectRefused(election.id, () => nominate(election.id, ownerIds.get('ding')!), 'ownerId', 'NOT_ON_ROLL');
    for (const who of ['wu', 'xin'] as const) expect((await nominate(election.id, await ownerId(who))).errors).toBeUndefined();
  });
});

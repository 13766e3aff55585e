import { citizenIdCheckCharacter, fullYearsOn, statedBirthDate } from '../owners/citizen-id';
import type { CheckResult } from './checklist';
import { nominationDateProblem, nominationProblems, RegisterFacts, registerContradiction, registerContradictions, reviewDateProblem } from './register-rules';

/** A valid 18-character number of someone born on `birth` (YYYYMMDD). */
const id18 = (birth: string, sequence = '001') => {
  const body = `330502${birth}${sequence}`;
  return body + citizenIdCheckCharacter(body);
};
const MINOR = id18('20120601'); // 14 on 2026-12-01
const ADULT = id18('19800301');
const ON_BIRTHDAY = id18('20081201'); // 18 on 2026-12-01 itself
const LEAP_BORN = id18('20080229');
const OLD_15 = '330502120601007'; // 15 digits: born 1912-06-01
const BAD_CHECK = ADULT.slice(0, 17) + (ADULT[17] === '0' ? '1' : '0');

describe('the birth date an ID number on the roll states', () => {
  it.each([
    [ADULT, '1980-03-01'],
    [MINOR.toLowerCase(), '2012-06-01'],
    [` ${MINOR} `, '2012-06-01'],
    [OLD_15, '1912-06-01'], // 15-digit numbers carry YYMMDD, all in the 1900s
    ['330502990229007', null], // 1999-02-29 does not exist
    [BAD_CHECK, null], // a wrong check character: nothing to rely on
    ['', null],
    [null, null],
    ['33050219800301', null], // too short
  ])('%j → %s', (id, birth) => {
    expect(statedBirthDate(id)).toBe(birth);
  });

  it.each([
    ['2008-12-01', '2026-11-30', 17],
    ['2008-12-01', '2026-12-01', 18], // the birthday itself
    ['2008-02-29', '2026-02-28', 17], // born on 29 February: a year older on 1 March in a common year
    ['2008-02-29', '2026-03-01', 18],
    ['2012-06-01', '2011-06-01', -1],
  ])('born %s, on %s: %i full years', (birth, date, years) => {
    expect(fullYearsOn(birth, date)).toBe(years);
  });
});

describe('a recorded check against the register', () => {
  const holder = (idNumber: string | null) => ({ unitsInEstate: 1, organisation: false, idNumber });
  const nonHolder = (idNumber: string | null) => ({ unitsInEstate: 0, organisation: false, idNumber });
  const organisation = { unitsInEstate: 2, organisation: true, idNumber: null };
  it.each<[string, string, CheckResult, string, RegisterFacts, string | null]>([
    ['owns a unit: PASS stands', 'OWNER_IN_ESTATE', 'PASS', '2026-12-01', holder(ADULT), null],
    ['owns none: PASS is contradicted', 'OWNER_IN_ESTATE', 'PASS', '2026-12-01', nonHolder(ADULT), 'REGISTER_CONTRADICTS'],
    ['owns none: FAIL agrees', 'OWNER_IN_ESTATE', 'FAIL', '2026-12-01', nonHolder(ADULT), null],
    ['owns none: PENDING says nothing', 'OWNER_IN_ESTATE', 'PENDING', '2026-12-01', nonHolder(ADULT), null],
    ['an adult: PASS stands', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', holder(ADULT), null],
    ['aged 14: PASS is contradicted', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', holder(MINOR), 'REGISTER_CONTRADICTS'],
    ['aged 14: FAIL agrees', 'AGED_18_OR_OVER', 'FAIL', '2026-12-01', holder(MINOR), null],
    ['18 on the check’s day', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', holder(ON_BIRTHDAY), null],
    ['17 the day before', 'AGED_18_OR_OVER', 'PASS', '2026-11-30', holder(ON_BIRTHDAY), 'REGISTER_CONTRADICTS'],
    ['born 29 February, 28 February of a common year', 'AGED_18_OR_OVER', 'PASS', '2026-02-28', holder(LEAP_BORN), 'REGISTER_CONTRADICTS'],
    ['born 29 February, 1 March of a common year', 'AGED_18_OR_OVER', 'PASS', '2026-03-01', holder(LEAP_BORN), null],
    ['an old 15-digit number of someone born 1912', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', holder(OLD_15), null],
    ['no ID number: the register says nothing', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', holder(null), null],
    ['an unreadable ID number says nothing', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', holder(BAD_CHECK), null],
    ['another item, a minor who owns nothing', 'SIGNED_THREE_PLEDGES', 'PASS', '2026-12-01', nonHolder(MINOR), null],
    ['an organisation: aged 18+ passed is contradicted', 'AGED_18_OR_OVER', 'PASS', '2026-12-01', organisation, 'REGISTER_CONTRADICTS'],
    ['an organisation: aged 18+ failed agrees', 'AGED_18_OR_OVER', 'FAIL', '2026-12-01', organisation, null],
    ['an organisation holding units: owns a unit stands', 'OWNER_IN_ESTATE', 'PASS', '2026-12-01', organisation, null],
  ])('%s', (_label, itemKey, result, checkedOn, facts, rule) => {
    expect(registerContradiction({ itemKey, result, checkedOn }, facts)?.rule ?? null).toBe(rule);
  });

  it('names what the register says', () => {
    expect(registerContradiction({ itemKey: 'AGED_18_OR_OVER', result: 'PASS', checkedOn: '2026-12-01' }, holder(MINOR))).toEqual({
      rule: 'REGISTER_CONTRADICTS',
      subject: 'AGED_18_OR_OVER',
      message: 'by the ID number on the roll the candidate was under 18 on 2026-12-01',
      args: { checkedOn: '2026-12-01' },
    });
    expect(registerContradiction({ itemKey: 'OWNER_IN_ESTATE', result: 'PASS', checkedOn: '2026-12-01' }, nonHolder(ADULT))?.message).toMatch(/no unit of this estate/);
  });

  it('lists every contradicted check of a review', () => {
    const checks = [
      { itemKey: 'OWNER_IN_ESTATE', result: 'PASS' as const, checkedOn: '2026-12-01' },
      { itemKey: 'AGED_18_OR_OVER', result: 'PASS' as const, checkedOn: '2026-12-01' },
      { itemKey: 'SIGNED_THREE_PLEDGES', result: 'PASS' as const, checkedOn: '2026-12-01' },
    ];
    expect(registerContradictions(checks, nonHolder(MINOR)).map((p) => p.subject)).toEqual(['OWNER_IN_ESTATE', 'AGED_18_OR_OVER']);
    expect(registerContradictions(checks, holder(ADULT))).toEqual([]);
    expect(registerContradictions([], nonHolder(MINOR))).toEqual([]);
  });
});

describe('nominating an owner', () => {
  const facts = { ownerOfEstate: true, organisation: false, unitsInEstate: 1, byElection: false, sitsOnCommittee: false };
  it.each([
    ['an owner holding a unit', facts, []],
    ['an owner of several units', { ...facts, unitsInEstate: 3 }, []],
    ['an owner of another estate (or nobody)', { ...facts, ownerOfEstate: false, unitsInEstate: 0 }, ['NOT_ON_ROLL']],
    ['an owner whose last unit went to someone else', { ...facts, unitsInEstate: 0 }, ['NOT_ON_ROLL']],
    ['a sitting member in a by-election', { ...facts, byElection: true, sitsOnCommittee: true }, ['ALREADY_ON_COMMITTEE']],
    ['a sitting member who no longer holds a unit, in a by-election', { ...facts, unitsInEstate: 0, byElection: true, sitsOnCommittee: true }, ['NOT_ON_ROLL', 'ALREADY_ON_COMMITTEE']],
    ['an owner not on the committee, in a by-election', { ...facts, byElection: true }, []],
    ['a sitting member in a re-election or first election', { ...facts, sitsOnCommittee: true }, []], // members may be re-elected
    ['an organisation holding units (单位业主)', { ...facts, organisation: true, unitsInEstate: 4 }, ['NOT_A_PERSON']],
    ['an organisation that no longer holds a unit', { ...facts, organisation: true, unitsInEstate: 0 }, ['NOT_ON_ROLL', 'NOT_A_PERSON']],
  ])('%s → %j', (_label, given, rules) => {
    expect(nominationProblems(given).map((p) => p.rule)).toEqual(rules);
  });
});

describe('a day in the review', () => {
  it.each([
    ['2026-12-03', '2026-12-01', '2026-12-04', null],
    ['2026-12-01', '2026-12-01', '2026-12-04', null], // the nomination's own day
    ['2026-12-04', '2026-12-01', '2026-12-04', null], // today
    ['2026-11-30', '2026-12-01', '2026-12-04', 'BEFORE_NOMINATION'],
    ['1990-01-01', '2026-12-01', '2026-12-04', 'BEFORE_NOMINATION'],
    ['2026-12-05', '2026-12-01', '2026-12-04', 'NOT_FUTURE'],
    ['2030-01-01', '2026-12-01', '2026-12-04', 'NOT_FUTURE'],
  ])('dated %s, nominated %s, today %s → %s', (date, nominatedOn, today, rule) => {
    expect(reviewDateProblem(date, nominatedOn, today)?.rule ?? null).toBe(rule);
  });
});

describe('the day of a nomination', () => {
  it.each([
    ['2026-12-02', '2026-12-01', '2026-12-04', null],
    ['2026-12-01', '2026-12-01', '2026-12-04', null], // the day nomination opened
    ['2026-11-30', '2026-12-01', '2026-12-04', 'BEFORE_NOMINATION_OPENED'],
    ['1990-01-01', '2026-12-01', '2026-12-04', 'BEFORE_NOMINATION_OPENED'],
    ['1990-01-01', null, '2026-12-04', null], // an election from before phases were recorded: nothing to compare with
    ['2026-12-05', '2026-12-01', '2026-12-04', 'NOT_FUTURE'],
  ])('nominated %s, nomination opened %s, today %s → %s', (nominatedOn, openedOn, today, rule) => {
    expect(nominationDateProblem(nominatedOn, openedOn, today)?.rule ?? null).toBe(rule);
  });
});

import { addDays, addYears, isLeapYear, IsoDate } from '../shared/iso-date';
import { RuleProblem } from '../shared/rule-violation';

// The committee's size, positions, members and term (docs/domain-rules.md#committee): pure rules without the holiday
// calendar, so the console checks a form by them as it is typed (elections/seatRule.ts)

/** The homeowners' committee (业主委员会) — docs/domain-rules.md#committee. */
export enum CommitteePosition {
  CHAIR = 'CHAIR', // 主任
  VICE_CHAIR = 'VICE_CHAIR', // 副主任
  MEMBER = 'MEMBER', // 委员
}

/** Numbers from the guidance rules and local practice, as data: Hangzhou's small-estate rule is M, not H. */
export interface CommitteeRules {
  size: { min: number; max: number; smallEstateMin: number; smallEstateMaxHouseholds: number };
  viceChairs: { min: number; max: number };
  termYears: { min: number; max: number };
  firstMeetingDays: number;
  filingDays: number;
}

export const DEFAULT_COMMITTEE_RULES: CommitteeRules = {
  // 建房〔2009〕274号: 5–11, odd; 3 where the estate has ≤ 100 households (Hangzhou practice)
  size: { min: 5, max: 11, smallEstateMin: 3, smallEstateMaxHouseholds: 100 },
  // the first meeting chooses "主任和副主任", so one deputy at least; at most 2, and never more vice-chairs than
  // ordinary members, so officers cannot outvote the members they lead
  viceChairs: { min: 1, max: 2 },
  termYears: { min: 3, max: 5 }, // 浙江省物业管理条例
  firstMeetingDays: 7,
  filingDays: 30,
};

/** null when a committee of `size` members is allowed for an estate of `households`. */
export function checkCommitteeSize(size: number, households: number, rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): RuleProblem | null {
  const { min, max, smallEstateMin, smallEstateMaxHouseholds } = rules.size;
  if (!Number.isSafeInteger(households) || households < 0) {
    return { rule: 'COMMITTEE_HOUSEHOLDS_INVALID', message: `households must be a non-negative whole number, got ${households}`, args: { households: String(households) } };
  }
  const smallEstate = households <= smallEstateMaxHouseholds;
  const lowest = smallEstate ? smallEstateMin : min;
  if (!Number.isSafeInteger(size) || size % 2 === 0 || size < lowest || size > max) {
    const small = smallEstate ? ` (${smallEstateMin} allowed: ${households} households ≤ ${smallEstateMaxHouseholds})` : '';
    return { rule: 'COMMITTEE_SIZE', message: `a committee has an odd number of members from ${lowest} to ${max}${small}, got ${size}`, args: { min: lowest, max, size } };
  }
  return null;
}

/** Every problem with the positions of one committee (one position per member). */
export function checkPositions(positions: readonly CommitteePosition[], rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): RuleProblem[] {
  const count = (p: CommitteePosition) => positions.filter((x) => x === p).length;
  const chairs = count(CommitteePosition.CHAIR);
  const vices = count(CommitteePosition.VICE_CHAIR);
  const members = count(CommitteePosition.MEMBER);
  const problems: RuleProblem[] = [];
  if (chairs !== 1) {
    problems.push({ rule: 'COMMITTEE_CHAIR_COUNT', message: `a committee has exactly one chair (主任), got ${chairs}`, args: { count: chairs } });
  }
  if (vices < rules.viceChairs.min || vices > rules.viceChairs.max) {
    problems.push({ rule: 'COMMITTEE_VICE_CHAIR_COUNT', message: `a committee has ${rules.viceChairs.min} to ${rules.viceChairs.max} vice-chairs (副主任), got ${vices}`, args: { min: rules.viceChairs.min, max: rules.viceChairs.max, count: vices } });
  } else if (vices > members) {
    problems.push({ rule: 'COMMITTEE_VICE_CHAIRS_OUTNUMBER_MEMBERS', message: `${vices} vice-chairs but only ${members} ordinary members (委员)`, args: { viceChairs: vices, members } });
  }
  return problems;
}

/** A member as the rules see them: the owner on the estate's roll, or a name where the roll is not kept here. */
export interface MemberIdentity {
  ownerId: number | null;
  name: string;
}

/** One person: the owner where given, else the name as written (namesakes without an owner cannot be told apart). */
export const memberKey = (m: MemberIdentity): string => (m.ownerId !== null ? `owner:${m.ownerId}` : `name:${m.name.normalize('NFKC').trim()}`);

/** The same person named twice (by owner, or by name where no owner is given) would pass the size rule with fewer persons. */
export function checkDistinctMembers(members: readonly MemberIdentity[]): RuleProblem | null {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const m of members) {
    const key = memberKey(m);
    if (seen.has(key)) twice.add(m.name);
    seen.add(key);
  }
  if (twice.size === 0) return null;
  return { rule: 'COMMITTEE_MEMBER_TWICE', message: `each member is named once, one position each: ${[...twice].join(', ')} named twice`, args: { names: [...twice].map(String) } };
}

/**
 * A new composition of a sitting committee keeps or drops its members and sets their positions; a person joins only
 * by the owners' vote (Civil Code Art. 278(3), docs/domain-rules.md#committee-members): a by-election.
 */
export function checkNoNewMembers(sitting: readonly MemberIdentity[], proposed: readonly MemberIdentity[]): RuleProblem | null {
  const sittingKeys = new Set(sitting.map(memberKey));
  const newcomers = proposed.filter((m) => !sittingKeys.has(memberKey(m)));
  if (newcomers.length === 0) return null;
  return {
    rule: 'COMMITTEE_MEMBER_NOT_ELECTED',
    message: `${newcomers.map((m) => m.name).join(', ')} not on the committee: a new member is elected by the owners (a by-election)`,
  };
}

/** null when a term of `years` is allowed. */
export function checkTermYears(years: number, rules: CommitteeRules = DEFAULT_COMMITTEE_RULES): RuleProblem | null {
  const { min, max } = rules.termYears;
  if (!Number.isSafeInteger(years) || years < min || years > max) {
    return { rule: 'COMMITTEE_TERM_YEARS', message: `a term is ${min} to ${max} whole years, got ${years}`, args: { min, max, years: String(years) } };
  }
  return null;
}

/**
 * The last day of a term of `years` whole years from the election: the day before its anniversary. Elected on
 * 29 February, the anniversary in a common year is 1 March, as an age is counted, so the term is never a day short.
 */
export function termEndOf(electedOn: IsoDate, years: number): IsoDate {
  const year = Number(electedOn.slice(0, 4)) + years;
  const anniversary = electedOn.slice(5) === '02-29' && !isLeapYear(year) ? `${String(year).padStart(4, '0')}-03-01` : addYears(electedOn, years);
  return addDays(anniversary, -1);
}

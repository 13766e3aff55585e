import { fullYearsOn, statedBirthDate } from '../owners/citizen-id';
import type { IsoDate } from '../shared/iso-date';
import type { RuleProblem } from '../shared/rule-violation';
import type { CheckResult } from './checklist';

/**
 * What the registry itself says about a candidate, against what the review records (docs/domain-rules.md#eligibility).
 * The service gathers the facts; these functions only compare them.
 */

/** The checklist items the register can answer, by their stable keys (a checklist version that keeps the key keeps the meaning). */
export const OWNER_IN_ESTATE = 'OWNER_IN_ESTATE';
export const AGED_18_OR_OVER = 'AGED_18_OR_OVER';
const ADULT_AGE = 18;

/** The candidate's owner as the live roll shows them today. */
export interface RegisterFacts {
  /** units of the election's estate the owner holds (ownerships on the live roll) */
  unitsInEstate: number;
  /** the roll lists the owner as an organisation (单位业主), not a person (docs/domain-rules.md#organisation-owners) */
  organisation: boolean;
  /** a person's ID number on the roll; it may be missing or an old 15-digit one (null for an organisation) */
  idNumber: string | null;
}

export interface RecordedCheck {
  itemKey: string;
  result: CheckResult;
  checkedOn: IsoDate;
}

/** A PASS the register contradicts (REGISTER_CONTRADICTS), or null; a FAIL or PENDING never contradicts it. */
export function registerContradiction(check: RecordedCheck, facts: RegisterFacts): RuleProblem | null {
  if (check.result !== 'PASS') return null;
  if (check.itemKey === OWNER_IN_ESTATE && facts.unitsInEstate === 0) {
    return { rule: 'REGISTER_CONTRADICTS', subject: check.itemKey, message: 'the owner roll shows no unit of this estate held by the candidate today' };
  }
  if (check.itemKey === AGED_18_OR_OVER && facts.organisation) {
    return { rule: 'REGISTER_CONTRADICTS', subject: check.itemKey, message: 'the owner roll lists the candidate as an organisation, not a person' };
  }
  if (check.itemKey === AGED_18_OR_OVER) {
    const birth = statedBirthDate(facts.idNumber);
    if (birth === null) return null;
    const age = fullYearsOn(birth, check.checkedOn);
    if (age < ADULT_AGE) {
      // neither the birth date nor the age: both give back the digits the ID number's mask hides from most readers
      const said = age < 0 ? 'not yet born' : 'under 18';
      return { rule: 'REGISTER_CONTRADICTS', subject: check.itemKey, message: `by the ID number on the roll the candidate was ${said} on ${check.checkedOn}`, args: { checkedOn: check.checkedOn } };
    }
  }
  return null;
}

/** Every recorded check the register now contradicts: such a PASS does not count towards the decision. */
export function registerContradictions(checks: readonly RecordedCheck[], facts: RegisterFacts): RuleProblem[] {
  return checks.map((c) => registerContradiction(c, facts)).filter((p): p is RuleProblem => p !== null);
}

/** What nomination needs to know about the owner and the election. */
export interface NominationFacts {
  /** the owner exists and is on this estate's roll */
  ownerOfEstate: boolean;
  /** the roll lists the owner as an organisation */
  organisation: boolean;
  unitsInEstate: number;
  byElection: boolean;
  /** an active member (no end date) of the estate's current committee */
  sitsOnCommittee: boolean;
}

/** Problems with nominating this owner, all reported on ownerId. */
export function nominationProblems(facts: NominationFacts): RuleProblem[] {
  const problems: RuleProblem[] = [];
  // a candidate is an owner of a unit in the estate, on the roll as it stands (docs/domain-rules.md#eligibility-checklist)
  if (!facts.ownerOfEstate) problems.push({ rule: 'NOT_ON_ROLL', message: 'candidates are owners of this estate' });
  else if (facts.unitsInEstate === 0) problems.push({ rule: 'NOT_ON_ROLL', message: 'holds no unit of this estate on the owner roll today; candidates are owners of a unit in the estate' });
  // members are natural persons of full civil capacity, aged 18+ (docs/domain-rules.md#organisation-owners): an organisation votes, it does not stand
  if (facts.ownerOfEstate && facts.organisation) problems.push({ rule: 'NOT_A_PERSON', message: 'the roll lists this owner as an organisation; candidates are owners who are natural persons' });
  // a by-election fills vacancies: a sitting member would be counted twice (docs/domain-rules.md#committee-size)
  if (facts.byElection && facts.sitsOnCommittee) problems.push({ rule: 'ALREADY_ON_COMMITTEE', message: 'already sits on the estate’s committee; a by-election fills its vacancies with other owners' });
  return problems;
}

/** The nomination's day: not in the future, not before nomination opened (else every later date could be backdated with it). */
export function nominationDateProblem(nominatedOn: IsoDate, nominationOpenedOn: IsoDate | null, today: IsoDate): RuleProblem | null {
  if (nominatedOn > today) return { rule: 'NOT_FUTURE', message: 'must not be in the future' };
  if (nominationOpenedOn !== null && nominatedOn < nominationOpenedOn) {
    return { rule: 'BEFORE_NOMINATION_OPENED', message: `must not be before nomination opened (${nominationOpenedOn})`, args: { openedOn: nominationOpenedOn } };
  }
  return null;
}

/** A day in a candidate's review (a check, an objection): not in the future, not before the nomination. */
export function reviewDateProblem(date: IsoDate, nominatedOn: IsoDate, today: IsoDate): RuleProblem | null {
  if (date > today) return { rule: 'NOT_FUTURE', message: 'must not be in the future' };
  if (date < nominatedOn) return { rule: 'BEFORE_NOMINATION', message: `must not be before the candidate’s nomination (${nominatedOn})`, args: { nominatedOn } };
  return null;
}

/** What the register answers for an item it can answer: PASS or FAIL, or PENDING when it cannot tell (no readable ID number). */
export interface RegisterFinding {
  itemKey: string;
  says: CheckResult;
  /** units of the estate the owner holds, for OWNER_IN_ESTATE */
  unitsInEstate?: number;
}

/**
 * The register's own answers to the items it can answer, as of `on`, so a reviewer sees them before recording
 * (never the birth date or the age: the ID number's mask hides those digits from most readers).
 */
export function registerFindings(itemKeys: readonly string[], facts: RegisterFacts, on: IsoDate): RegisterFinding[] {
  const findings: RegisterFinding[] = [];
  if (itemKeys.includes(OWNER_IN_ESTATE)) {
    const says = registerContradiction({ itemKey: OWNER_IN_ESTATE, result: 'PASS', checkedOn: on }, facts) ? 'FAIL' : 'PASS';
    findings.push({ itemKey: OWNER_IN_ESTATE, says, unitsInEstate: facts.unitsInEstate });
  }
  if (itemKeys.includes(AGED_18_OR_OVER)) {
    const known = facts.organisation || statedBirthDate(facts.idNumber) !== null;
    const says = !known ? 'PENDING' : registerContradiction({ itemKey: AGED_18_OR_OVER, result: 'PASS', checkedOn: on }, facts) ? 'FAIL' : 'PASS';
    findings.push({ itemKey: AGED_18_OR_OVER, says });
  }
  return findings;
}

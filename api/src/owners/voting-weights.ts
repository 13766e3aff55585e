import { RuleProblem, throwIfAny } from '../shared/rule-violation';

/**
 * Who counts, and with how much area — SPC interpretation 法释〔2009〕7号 Arts. 8–9 (docs/domain-rules.md#counting).
 * One unit = one person, except: all developer-held units are one person; the same owners holding several
 * units are one person. Every unit's full area counts.
 */

/** The person all developer-held units count as (unsold, or sold but not handed over). */
export const DEVELOPER_PERSON_KEY = 'DEVELOPER';

export interface RollUnit {
  unitId: string;
  /** Exclusive area in m² × 100 (register, else survey, else contract area). */
  areaHundredths: number;
  /** Owner keys; ignored for developer-held units, which the developer votes until handover. */
  owners: readonly string[];
  /** The co-owner the others authorised to vote (local practice); must be one of `owners`. */
  designatedVoter?: string;
  developerHeld: boolean;
}

export interface VotingPerson {
  personKey: string;
  unitIds: string[];
  areaHundredths: number;
}

/** Headcount and exclusive floor area (m² × 100, an integer) of a group of voting persons. */
export interface Totals {
  headcount: number;
  areaHundredths: number;
}

export interface VotingRoll {
  /** Sorted by person key, so the same register always gives the same roll. */
  persons: VotingPerson[];
  totals: Totals;
  /** Co-owned units whose owners designated nobody: counted through the default voter, worth a warning. */
  undesignatedUnitIds: string[];
}

/** Owners listed in any order are the same buyer (同一买受人). */
function ownerSetKey(owners: readonly string[]): string {
  return JSON.stringify([...new Set(owners)].sort());
}

function validateUnit(unit: RollUnit, seenUnitIds: Set<string>): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const subject = unit.unitId;
  const add = (rule: string, message: string) => problems.push({ rule, message, subject });
  if (!unit.unitId) add('ROLL_UNIT_ID_MISSING', 'a unit needs an id');
  else if (seenUnitIds.has(unit.unitId)) add('ROLL_DUPLICATE_UNIT', 'the unit is listed twice');
  seenUnitIds.add(unit.unitId);
  if (!Number.isSafeInteger(unit.areaHundredths) || unit.areaHundredths < 0) {
    add('ROLL_AREA_INVALID', `area must be a non-negative whole number of hundredths of m², got ${unit.areaHundredths}`);
  }
  if (unit.developerHeld) {
    if (unit.designatedVoter !== undefined) add('ROLL_DEVELOPER_UNIT_VOTER', 'a developer-held unit is voted by the developer; remove the designated voter');
    return problems;
  }
  if (unit.owners.length === 0) add('ROLL_NO_OWNER', 'a unit not held by the developer needs at least one owner');
  if (unit.owners.some((owner) => !owner)) add('ROLL_OWNER_KEY_EMPTY', 'an owner key is empty');
  if (new Set(unit.owners).size !== unit.owners.length) add('ROLL_OWNER_LISTED_TWICE', 'an owner is listed twice on the unit');
  if (unit.owners.includes(DEVELOPER_PERSON_KEY)) add('ROLL_RESERVED_KEY', `'${DEVELOPER_PERSON_KEY}' is reserved for developer-held units; mark the unit developerHeld instead`);
  if (unit.designatedVoter !== undefined && !unit.owners.includes(unit.designatedVoter)) {
    add('ROLL_VOTER_NOT_OWNER', `designated voter '${unit.designatedVoter}' is not an owner of the unit`);
  }
  return problems;
}

/**
 * The voting persons of an estate. Units with the same owner set are one buyer (SPC Art. 9) and share one voter:
 * a designation on one of them covers the others, and two different designations are an error. A person is a
 * voter, so someone designated for a co-owned unit who also owns another unit alone counts once, with both areas
 * (the co-owners chose so). A co-owned unit whose owners designated nobody votes through a co-owner who votes for
 * no other buyer, so that two buyers stay two persons however the register is ordered; only when every co-owner
 * votes for another buyer does it join one of them (docs/domain-rules.md#co-owners).
 */
export function buildVotingRoll(units: readonly RollUnit[]): VotingRoll {
  const seenUnitIds = new Set<string>();
  const problems = units.flatMap((unit) => validateUnit(unit, seenUnitIds));
  throwIfAny(problems);

  const buyers = new Map<string, RollUnit[]>();
  for (const unit of units.filter((u) => !u.developerHeld)) {
    const key = ownerSetKey(unit.owners);
    buyers.set(key, [...(buyers.get(key) ?? []), unit]);
  }

  // the buyers whose voter is settled (one owner, or a designation) first; then the undesignated co-owned ones,
  // in the order of their owner sets (code-unit order), each through the first co-owner not yet voting for another
  const voterOfBuyer = new Map<string, string>();
  const undesignated: string[] = [];
  for (const [key, buyerUnits] of buyers) {
    const designations = [...new Set(buyerUnits.flatMap((u) => (u.designatedVoter === undefined ? [] : [u.designatedVoter])))];
    if (designations.length > 1) {
      problems.push({
        rule: 'ROLL_VOTERS_DISAGREE',
        subject: buyerUnits.map((u) => u.unitId).join(', '),
        message: `units with the same owners count as one person but designate different voters (${designations.join(', ')}); designate one`,
      });
    } else if (designations.length === 1) voterOfBuyer.set(key, designations[0]);
    else if (buyerUnits[0].owners.length === 1) voterOfBuyer.set(key, buyerUnits[0].owners[0]);
    else undesignated.push(key);
  }
  throwIfAny(problems);
  const voting = new Set(voterOfBuyer.values());
  for (const key of undesignated.sort()) {
    const owners = [...buyers.get(key)![0].owners].sort();
    const voter = owners.find((owner) => !voting.has(owner)) ?? owners[0];
    voterOfBuyer.set(key, voter);
    voting.add(voter);
  }

  const voterOfUnit = new Map<string, string>();
  const undesignatedUnitIds: string[] = [];
  const undesignatedBuyers = new Set(undesignated);
  for (const [key, buyerUnits] of buyers) {
    for (const unit of buyerUnits) {
      voterOfUnit.set(unit.unitId, voterOfBuyer.get(key)!);
      if (undesignatedBuyers.has(key)) undesignatedUnitIds.push(unit.unitId);
    }
  }
  throwIfAny(problems);

  const persons = new Map<string, VotingPerson>();
  let totalArea = 0;
  for (const unit of units) {
    const personKey = unit.developerHeld ? DEVELOPER_PERSON_KEY : voterOfUnit.get(unit.unitId)!;
    const person = persons.get(personKey) ?? { personKey, unitIds: [], areaHundredths: 0 };
    person.unitIds.push(unit.unitId);
    person.areaHundredths += unit.areaHundredths;
    persons.set(personKey, person);
    totalArea += unit.areaHundredths;
  }
  if (!Number.isSafeInteger(totalArea)) throw new RangeError('total area exceeds exact integer range');

  const sorted = [...persons.values()].sort((a, b) => (a.personKey < b.personKey ? -1 : a.personKey > b.personKey ? 1 : 0));
  return { persons: sorted, totals: { headcount: sorted.length, areaHundredths: totalArea }, undesignatedUnitIds };
}

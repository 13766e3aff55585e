import { groupBy } from '../shared/group-by';
import { matchKey } from '../shared/match-key';
import { RuleArgs, RuleProblem, RuleViolationError } from '../shared/rule-violation';
import { OwnerKind } from './owner-kind';
import { buildVotingRoll, RollUnit } from './voting-weights';

/**
 * The rules of importing an estate's owner roll from the property register (docs/roles-and-workflows.md#owner-roll-import), pure:
 * one row is one owner of one unit (co-owners are several rows of one unit; a developer-held unit is one row
 * without owner). A unit the file names replaces that unit as stored — its area, source, developer flag,
 * owners and designated voter — and is written whole or not at all; units the file does not name stay as
 * they are. Whatever would be written must still count by docs/domain-rules.md#counting (buildVotingRoll).
 */

export type AreaSourceCode = 'REGISTER' | 'SURVEY' | 'CONTRACT';

/** A row whose cells parsed; `valid` is false when one of its own cells was refused (the unit then waits). */
export interface RollRow {
  row: number;
  valid: boolean;
  building: string;
  unitNo: string;
  room: string;
  areaHundredths: number;
  areaSource: AreaSourceCode;
  developerHeld: boolean;
  /** blank on a developer-held unit's row */
  name: string;
  /** a person or an organisation (docs/domain-rules.md#organisation-owners); PERSON when the cell is blank */
  ownerKind: OwnerKind;
  /** a person's ID number or an organisation's credit code, normalised (upper case); blank on a developer-held unit's row */
  idNumber: string;
  /** null when the cell is blank: a stored phone is then kept */
  phone: string | null;
  designatedVoter: boolean;
}

export interface StoredUnit {
  id: number;
  building: string;
  unitNo: string;
  room: string;
  areaHundredths: number;
  areaSource: AreaSourceCode;
  developerHeld: boolean;
}

export interface StoredOwner {
  id: number;
  kind: OwnerKind;
  name: string;
  idNumber: string;
  phone: string | null;
}

export interface StoredOwnership {
  unitId: number;
  ownerId: number;
  designatedVoter: boolean;
}

/** The estate's roll as the database holds it. */
export interface StoredRoll {
  units: StoredUnit[];
  owners: StoredOwner[];
  ownerships: StoredOwnership[];
}

/** One problem of one row, reported under the column (`field`) it is about. */
export interface RowProblem {
  row: number;
  field: string;
  rule: string;
  message: string;
  /** the figures the message says (the other rows by number), as a field error's args */
  args?: RuleArgs;
}

export interface RollCheck {
  problems: RowProblem[];
  /** rows that repeat an earlier row exactly: nothing is written for them */
  duplicateOf: Map<number, number>;
  /** problems of the roll that no row of the file causes (the stored roll cannot be counted) */
  rollProblems: RuleProblem[];
}

/** Two units of one estate under one address (as matchKey compares addresses): refused, never merged. */
export const ROLL_UNIT_ADDRESS_TWICE = 'ROLL_UNIT_ADDRESS_TWICE';

type Address = Pick<RollRow, 'building' | 'unitNo' | 'room'>;

/** How a unit is matched with the stored one: by its address within the estate, １幢 and 1幢, a幢 and A幢 alike (matchKey). */
export const addressKey = (unit: Address): string => JSON.stringify([matchKey(unit.building), matchKey(unit.unitNo), matchKey(unit.room)]);
/** The address as people write it, e.g. 3幢1单元1101. */
export const addressLabel = (unit: Address): string => `${unit.building}${unit.unitNo}${unit.room}`;

const sameCells = (a: RollRow, b: RollRow) =>
  a.areaHundredths === b.areaHundredths &&
  a.areaSource === b.areaSource &&
  a.developerHeld === b.developerHeld &&
  a.name === b.name &&
  a.ownerKind === b.ownerKind &&
  a.idNumber === b.idNumber &&
  a.phone === b.phone &&
  a.designatedVoter === b.designatedVoter;

/** The column a problem of buildVotingRoll is about. */
const ROLL_RULE_FIELD: Record<string, string> = {
  ROLL_AREA_INVALID: 'area',
  ROLL_NO_OWNER: 'name',
  ROLL_VOTER_NOT_OWNER: 'designatedVoter',
  ROLL_DEVELOPER_UNIT_VOTER: 'designatedVoter',
  ROLL_VOTERS_DISAGREE: 'designatedVoter',
  ROLL_OWNER_LISTED_TWICE: 'idNumber',
};

/** Rows a message names: a few, then how many more (a unit of thousands of rows would repeat them all in each row's problem). */
const ROWS_NAMED = 5;

/**
 * Every problem of the file's rows: repeated rows, owners on developer-held units, rows of one unit that
 * disagree, two designated voters, one ID number under two names; a unit with any bad row is not written at
 * all (its other rows say why); then the roll as it would stand must count (docs/domain-rules.md#counting).
 */
export function checkOwnerRoll(rows: readonly RollRow[], stored: StoredRoll): RollCheck {
  const problems: RowProblem[] = [];
  const bad = new Set(rows.filter((r) => !r.valid).map((r) => r.row));
  const add = (row: RollRow, field: string, rule: string, message: string, args?: RuleArgs) => {
    problems.push({ row: row.row, field, rule, message, ...(args ? { args } : {}) });
    bad.add(row.row);
  };

  // a row repeated as it is counts once; repeated with other details it is a contradiction
  const duplicateOf = new Map<number, number>();
  const firstOfPair = new Map<string, RollRow>();
  for (const r of rows.filter((x) => x.valid)) {
    const pair = `${addressKey(r)}|${r.developerHeld ? '' : r.idNumber}`;
    const first = firstOfPair.get(pair);
    if (!first) firstOfPair.set(pair, r);
    else if (sameCells(first, r)) duplicateOf.set(r.row, first.row);
    else add(r, 'idNumber', 'ROLL_ROW_REPEATED', `repeats row ${first.row} (the same unit and owner) with other details`, { otherRow: first.row });
  }
  const listed = rows.filter((r) => r.valid && !duplicateOf.has(r.row) && !bad.has(r.row));

  for (const r of listed) {
    // the developer votes for its unsold units until handover: such a unit has no owner on the roll
    if (r.developerHeld && (r.name || r.idNumber)) add(r, 'name', 'ROLL_DEVELOPER_UNIT_OWNER', 'a developer-held unit has no owner; leave the owner blank or mark the unit as not developer-held');
    else if (r.developerHeld && r.designatedVoter) add(r, 'designatedVoter', 'ROLL_DEVELOPER_UNIT_VOTER', 'a developer-held unit is voted by the developer');
  }

  for (const unitRows of groupBy(listed, addressKey).values()) {
    const [first, ...others] = unitRows;
    for (const r of others) {
      if (r.areaHundredths !== first.areaHundredths) add(r, 'area', 'ROLL_UNIT_DISAGREES', `row ${first.row} gives this unit another area`, { otherRow: first.row });
      else if (r.areaSource !== first.areaSource) add(r, 'areaSource', 'ROLL_UNIT_DISAGREES', `row ${first.row} gives this unit another area source`, { otherRow: first.row });
      else if (r.developerHeld !== first.developerHeld) add(r, 'developerHeld', 'ROLL_UNIT_DISAGREES', `row ${first.row} says otherwise whether the developer holds this unit`, { otherRow: first.row });
    }
    // co-owners authorise one of them (docs/domain-rules.md#co-owners, local practice)
    const voters = unitRows.filter((r) => r.designatedVoter);
    if (voters.length > 1) {
      // the others of each are all but itself: the list of all but the first, and the first's instead of its own
      const named = voters.slice(0, ROWS_NAMED + 1).map((v) => v.row);
      for (const r of voters) {
        const others = named.filter((row) => row !== r.row).slice(0, ROWS_NAMED);
        const otherRows = voters.length - 1 > ROWS_NAMED ? `${others.join(', ')} and ${voters.length - 1 - ROWS_NAMED} more` : others.join(', ');
        add(r, 'designatedVoter', 'ROLL_UNIT_TWO_VOTERS', `a unit has one designated voter; row(s) ${otherRows} designate another`, { otherRows: others, count: voters.length - 1 });
      }
    }
  }

  for (const ownerRows of groupBy(listed.filter((r) => !r.developerHeld), (r) => r.idNumber).values()) {
    const [first, ...others] = ownerRows;
    for (const r of others) {
      if (r.name !== first.name) add(r, 'name', 'ROLL_ID_NAME_MISMATCH', `row ${first.row} gives the same ID number another name`, { otherRow: first.row });
      else if (r.ownerKind !== first.ownerKind) add(r, 'ownerKind', 'ROLL_ID_KIND_MISMATCH', `row ${first.row} says otherwise whether this owner is a person or an organisation`, { otherRow: first.row });
      else if (r.phone && first.phone && r.phone !== first.phone) add(r, 'phone', 'ROLL_ID_PHONE_MISMATCH', `row ${first.row} gives the same owner another phone`, { otherRow: first.row });
    }
  }

  // a unit is replaced whole: with one bad row, its other rows are not written either
  const unitOfRow = (r: RollRow) => addressKey(r);
  const badUnits = new Map<string, number>();
  for (const r of rows) if (bad.has(r.row) && !badUnits.has(unitOfRow(r))) badUnits.set(unitOfRow(r), r.row);
  for (const r of rows) {
    const badRow = badUnits.get(unitOfRow(r));
    if (badRow !== undefined && !bad.has(r.row) && !duplicateOf.has(r.row)) {
      add(r, 'room', 'ROLL_UNIT_HAS_INVALID_ROW', `row ${badRow} of the same unit is invalid: a unit is imported whole or not at all`, { otherRow: badRow });
    }
  }

  // the roll as it would stand must be countable; units that break it are left out until it is
  let included = rows.filter((r) => !bad.has(r.row) && !duplicateOf.has(r.row));
  let rollProblems: RuleProblem[] = [];
  for (;;) {
    const merged = rollAfterImport(stored, included);
    try {
      buildVotingRoll(merged.units);
      break;
    } catch (error) {
      if (!(error instanceof RuleViolationError)) throw error;
      const caused = new Set<string>();
      rollProblems = [];
      for (const problem of error.problems) {
        const unitKeys = (problem.subject ?? '').split(', ').filter((k) => merged.rowsOf.has(k));
        if (unitKeys.length === 0) {
          rollProblems.push(problem);
          continue;
        }
        const labels = (problem.subject ?? '').split(', ').map((k) => merged.labelOf.get(k) ?? k);
        for (const key of unitKeys) {
          caused.add(key);
          for (const r of merged.rowsOf.get(key)!) {
            add(r, ROLL_RULE_FIELD[problem.rule] ?? 'room', problem.rule, labels.length > 1 ? `${problem.message} (${labels.join(', ')})` : problem.message, { ...problem.args, ...(labels.length > 1 ? { units: labels } : {}) });
          }
        }
      }
      if (caused.size === 0) break;
      included = included.filter((r) => !bad.has(r.row));
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, duplicateOf, rollProblems };
}

/**
 * The roll as it would stand once `rows` are written over `stored`, in buildVotingRoll's terms: a file unit
 * replaces the stored unit at its address. Owners are keyed by ID number, shown as the row that first lists
 * them (`row 7`), or, when only stored units list them, by their stored id (`owner 12`): no ID number ever
 * appears in a message.
 */
export function rollAfterImport(stored: StoredRoll, rows: readonly RollRow[]): { units: RollUnit[]; rowsOf: Map<string, RollRow[]>; labelOf: Map<string, string> } {
  const fileUnits = groupBy(rows, addressKey);
  const ownerKeyOfId = new Map<string, string>();
  for (const r of rows) if (!r.developerHeld && !ownerKeyOfId.has(r.idNumber)) ownerKeyOfId.set(r.idNumber, `row ${r.row}`);
  const storedOwner = new Map(stored.owners.map((o) => [o.id, o]));
  const storedOwnerKey = (ownerId: number) => {
    const owner = storedOwner.get(ownerId);
    return (owner && ownerKeyOfId.get(owner.idNumber)) ?? `owner ${ownerId}`;
  };
  const ownershipsOf = groupBy(stored.ownerships, (o) => o.unitId);

  const units: RollUnit[] = [];
  const rowsOf = new Map<string, RollRow[]>();
  const labelOf = new Map<string, string>();
  for (const unit of stored.units) {
    if (fileUnits.has(addressKey(unit))) continue;
    const key = `stored ${unit.id}`;
    labelOf.set(key, addressLabel(unit));
    const owners = ownershipsOf.get(unit.id) ?? [];
    const voter = owners.find((o) => o.designatedVoter);
    units.push({
      unitId: key,
      areaHundredths: unit.areaHundredths,
      developerHeld: unit.developerHeld,
      owners: unit.developerHeld ? [] : owners.map((o) => storedOwnerKey(o.ownerId)),
      designatedVoter: voter && !unit.developerHeld ? storedOwnerKey(voter.ownerId) : undefined,
    });
  }
  let index = 0;
  for (const unitRows of fileUnits.values()) {
    const key = `file ${index++}`;
    const [first] = unitRows;
    rowsOf.set(key, unitRows);
    labelOf.set(key, addressLabel(first));
    const voter = unitRows.find((r) => r.designatedVoter && !r.developerHeld);
    units.push({
      unitId: key,
      areaHundredths: first.areaHundredths,
      developerHeld: first.developerHeld,
      owners: first.developerHeld ? [] : unitRows.map((r) => ownerKeyOfId.get(r.idNumber)!),
      designatedVoter: voter ? ownerKeyOfId.get(voter.idNumber) : undefined,
    });
  }
  return { units, rowsOf, labelOf };
}

/** What writing the rows changes, and each row's outcome: NEW (its unit or ownership is new), CHANGED or SAME. */
export interface RollWritePlan {
  newUnits: RollRow[];
  changedUnits: Array<{ id: number; row: RollRow; before: StoredUnit }>;
  newOwners: RollRow[];
  changedOwners: Array<{ id: number; row: RollRow; before: StoredOwner }>;
  /** ownerships of the file's units that the file no longer lists */
  removedOwnerships: StoredOwnership[];
  /** stored ownerships whose designation changes */
  designationChanges: Array<{ unitId: number; ownerId: number; designatedVoter: boolean }>;
  /** ownerships to add, by unit address and owner ID number (their ids are known once written) */
  newOwnerships: Array<{ address: string; idNumber: string; designatedVoter: boolean }>;
  outcome: Map<number, { outcome: 'NEW' | 'CHANGED' | 'SAME'; changes: string[]; unitId: number | null }>;
}

/** The writes that bring the stored roll to what `rows` (valid, without duplicates) say. */
export function planRollWrites(stored: StoredRoll, rows: readonly RollRow[]): RollWritePlan {
  const plan: RollWritePlan = {
    newUnits: [],
    changedUnits: [],
    newOwners: [],
    changedOwners: [],
    removedOwnerships: [],
    designationChanges: [],
    newOwnerships: [],
    outcome: new Map(),
  };
  const unitAt = new Map(stored.units.map((u) => [addressKey(u), u]));
  const ownerWithId = new Map(stored.owners.map((o) => [o.idNumber, o]));
  const ownershipsOf = groupBy(stored.ownerships, (o) => o.unitId);

  const ownerChanges = new Map<string, string[]>();
  for (const [idNumber, ownerRows] of groupBy(rows.filter((r) => !r.developerHeld), (r) => r.idNumber)) {
    const before = ownerWithId.get(idNumber);
    const row = ownerRows[0];
    const phone = ownerRows.find((r) => r.phone)?.phone ?? null;
    if (!before) {
      plan.newOwners.push({ ...row, phone });
      continue;
    }
    const changes = [...(row.name !== before.name ? ['name'] : []), ...(row.ownerKind !== before.kind ? ['ownerKind'] : []), ...(phone && phone !== before.phone ? ['phone'] : [])];
    ownerChanges.set(idNumber, changes);
    if (changes.length) plan.changedOwners.push({ id: before.id, row: { ...row, phone: phone ?? before.phone }, before });
  }

  for (const unitRows of groupBy(rows, addressKey).values()) {
    const [first] = unitRows;
    const before = unitAt.get(addressKey(first));
    const unitChanges = before
      ? [
          ...(first.areaHundredths !== before.areaHundredths ? ['area'] : []),
          ...(first.areaSource !== before.areaSource ? ['areaSource'] : []),
          ...(first.developerHeld !== before.developerHeld ? ['developerHeld'] : []),
        ]
      : [];
    if (!before) plan.newUnits.push(first);
    else if (unitChanges.length) plan.changedUnits.push({ id: before.id, row: first, before });

    const storedOwnerships = before ? (ownershipsOf.get(before.id) ?? []) : [];
    const storedOwnershipOf = new Map(storedOwnerships.map((o) => [o.ownerId, o]));
    const listedOwnerIds = new Set<number>();
    for (const r of unitRows) {
      if (r.developerHeld) {
        plan.outcome.set(r.row, { outcome: before ? (unitChanges.length ? 'CHANGED' : 'SAME') : 'NEW', changes: unitChanges, unitId: before?.id ?? null });
        continue;
      }
      const owner = ownerWithId.get(r.idNumber);
      const ownership = owner && storedOwnershipOf.get(owner.id);
      if (owner) listedOwnerIds.add(owner.id);
      const changes = [...unitChanges, ...(ownerChanges.get(r.idNumber) ?? [])];
      if (!ownership) {
        plan.newOwnerships.push({ address: addressKey(r), idNumber: r.idNumber, designatedVoter: r.designatedVoter });
        plan.outcome.set(r.row, { outcome: 'NEW', changes, unitId: before?.id ?? null });
        continue;
      }
      if (ownership.designatedVoter !== r.designatedVoter) {
        plan.designationChanges.push({ unitId: ownership.unitId, ownerId: ownership.ownerId, designatedVoter: r.designatedVoter });
        changes.push('designatedVoter');
      }
      plan.outcome.set(r.row, { outcome: changes.length ? 'CHANGED' : 'SAME', changes, unitId: before!.id });
    }
    // the file lists a unit's owners in full: those it no longer lists (sold, or now developer-held) go
    plan.removedOwnerships.push(...storedOwnerships.filter((o) => !listedOwnerIds.has(o.ownerId)));
  }
  return plan;
}

import { maskIdNumber } from '../auth/personal-data';
import { Policies } from '../auth/policies';
import { allowedWords, enumCode, YES_NO_WORDS, yesNo } from '../imports/columns';
import { ImportKind, ImportRowStatus } from '../imports/import.types';
import { AddError, Importer, RowWork } from '../imports/pipeline';
import { DECIMAL_PLACES, decimalPlacesMessage, fitsDecimalPlaces, toHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { groupBy } from '../shared/group-by';
import { todayInChina } from '../shared/iso-date';
import { matchKey } from '../shared/match-key';
import { textLength } from '../shared/text';
import { isPhone } from '../shared/validators';
import { checkCreditCode, normaliseCreditCode } from '../firms/credit-code';
import { checkCitizenId, CITIZEN_ID_COLUMN, normaliseCitizenId } from './citizen-id';
import { OwnerKind } from './owner-kind';
import { addressKey, addressLabel, ROLL_UNIT_ADDRESS_TWICE, AreaSourceCode, checkOwnerRoll, planRollWrites, RollRow, RollWritePlan, StoredRoll } from './owner-roll-import';
import { ownerService } from './owner.service';

/** A person's name as the roll keeps it; an organisation's registered name is longer (a company's full name, e.g. 湖州某某商贸有限公司) */
const PERSON_NAME_MAX = 40;
const ORGANISATION_NAME_MAX = 100;

/** unit.area is numeric(10,2), greater than 0; trailing zeros past two decimals are read as the value (10.500 is 10.50), more decimals are DECIMAL_PLACES */
const AREA = /^\d{1,8}(\.\d+)?$/;

/** What writing the roll needs: the rows the plan covers (valid, not repeating another row) and the plan. */
interface RollState {
  stored: StoredRoll;
  included: RollRow[];
  plan: RollWritePlan;
}

/**
 * An estate's owner roll from the property register (docs/roles-and-workflows.md#owner-roll-import): units are
 * matched by address, owners by ID number, ownerships by pair, so importing a file again changes nothing.
 */
export const ownerRollImporter: Importer<RollState> = {
  kind: ImportKind.OWNER_ROLL,
  policy: Policies.electionsRun,
  perEstate: true,
  checkCharacters: { idNumber: CITIZEN_ID_COLUMN },

  async evaluate(ctx, rows, addError, estateId) {
    const stored = await ownerService.storedRoll(ctx, estateId!);
    refuseUnitsOfOneAddress(stored);
    readRollRows(rows, addError);
    const parsed = rows.filter((r) => r.parsed).map((r) => ({ ...(r.parsed as RollRow), valid: r.errors.length === 0 }));
    const check = checkOwnerRoll(parsed, stored);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    for (const p of check.problems) addError(byRow.get(p.row)!, { field: p.field, rule: p.rule, message: p.message, args: p.args });
    if (check.rollProblems.length) {
      throw fail.badInput(check.rollProblems.map((p) => ({ field: 'estateId', rule: p.rule, message: `the stored roll cannot be counted: ${p.message}`, args: p.args })));
    }
    const included: RollRow[] = [];
    for (const r of rows) {
      if (r.errors.length > 0) r.status = ImportRowStatus.INVALID;
      else if (check.duplicateOf.has(r.row)) {
        r.status = ImportRowStatus.DUPLICATE;
        r.duplicateOfRow = check.duplicateOf.get(r.row)!;
      } else included.push(r.parsed as RollRow);
    }
    const plan = planRollWrites(stored, included);
    for (const r of rows) {
      const outcome = plan.outcome.get(r.row);
      if (r.status !== ImportRowStatus.VALID || !outcome) continue;
      r.changes = outcome.changes;
      r.recordId = outcome.unitId === null ? null : String(outcome.unitId);
      // a row exactly as stored is already on the roll: nothing is written for it
      if (outcome.outcome === 'SAME') r.status = ImportRowStatus.DUPLICATE;
    }
    return { rows, removed: plan.removedOwnerships.length, state: { stored, included, plan } };
  },

  async write(ctx, { rows, state }, estateId, progress) {
    // the roll is already written in a constant number of statements, whatever its size
    const unitIds = await ownerService.writeRoll(ctx, estateId!, state.stored, state.included, state.plan);
    await progress.writing(state.included.length, state.included.length);
    for (const r of rows) {
      if (r.status !== ImportRowStatus.VALID) continue;
      r.status = state.plan.outcome.get(r.row)!.outcome === 'NEW' ? ImportRowStatus.CREATED : ImportRowStatus.UPDATED;
      r.recordId = String(unitIds.get(addressKey(r.parsed as RollRow)));
    }
  },

  /** An ID number quoted back in a row error is masked like the label's (docs/domain-rules.md#personal-data). */
  shown: (field, text) => (field === 'idNumber' ? maskIdNumber(normaliseCitizenId(text)) : text),

  /** An owner's ID number only masked (docs/domain-rules.md#personal-data), whoever reads the report. */
  label(r) {
    const c = r.cells;
    const unit = r.parsed ? addressLabel(r.parsed as RollRow) : `${c.building ?? ''}${c.unitNo ?? ''}${c.room ?? ''}`;
    return [unit, c.name, c.idNumber ? maskIdNumber(normaliseCitizenId(c.idNumber)) : ''].filter(Boolean).join(' · ') || null;
  },
};

/**
 * Two stored units whose addresses compare as one (kept apart by the address-key migration, never merged) would
 * make every row of that address match either: the import waits until someone settles them
 * (docs/domain-rules.md#identifying-text).
 */
function refuseUnitsOfOneAddress(stored: StoredRoll): void {
  const twice = [...groupBy(stored.units, addressKey).values()].filter((units) => units.length > 1);
  if (twice.length === 0) return;
  throw fail.badInput(
    twice.map((units) => ({
      field: 'estateId',
      rule: ROLL_UNIT_ADDRESS_TWICE,
      message: `units ${units.map((u) => u.id).join(', ')} (${units.map((u) => addressLabel(u)).join(' / ')}) have one address once invisible characters and dash forms are set aside; remove or correct one before importing`,
    })),
  );
}

/** Roll rows' cells as the roll rules read them; a cell that does not parse is the row's error. */
function readRollRows(rows: RowWork[], addError: AddError): void {
  const today = todayInChina();
  // stored as matched: 1幢 for １幢, A幢 for a幢 (docs/domain-rules.md#unit-address)
  const address = (text: string | undefined) => matchKey(text ?? '');
  for (const r of rows) {
    const c = r.cells;
    const developerHeld = yesNo(c.developerHeld ?? '');
    if (developerHeld === null) addError(r, { field: 'developerHeld', rule: 'ONE_OF', message: `"${c.developerHeld}" is neither 是 nor 否 (yes or no)`, allowed: YES_NO_WORDS });
    const designatedVoter = yesNo(c.designatedVoter ?? '');
    if (designatedVoter === null) addError(r, { field: 'designatedVoter', rule: 'ONE_OF', message: `"${c.designatedVoter}" is neither 是 nor 否 (yes or no)`, allowed: YES_NO_WORDS });
    const area = c.area && AREA.test(c.area) && fitsDecimalPlaces(c.area, 2) && toHundredths(c.area) > 0 ? toHundredths(c.area) : null;
    // more decimals than unit.area keeps is the one rule every decimal input has, not a malformed area
    if (c.area && !fitsDecimalPlaces(c.area, 2)) addError(r, { field: 'area', rule: DECIMAL_PLACES, message: decimalPlacesMessage(2), args: { places: 2 } });
    else if (c.area && area === null) addError(r, { field: 'area', rule: 'AREA', message: 'must be an area in m² above 0 with at most two decimals, e.g. 89.12' });
    const areaSource = enumCode('areaSource', c.areaSource ?? '');
    if (areaSource === null) {
      addError(r, { field: 'areaSource', rule: 'ONE_OF', message: `"${c.areaSource}" is none of 不动产登记, 测绘 or 购房合同 (REGISTER, SURVEY, CONTRACT)`, allowed: allowedWords('areaSource') });
    }
    const ownerKind = enumCode('ownerKind', c.ownerKind ?? '');
    if (ownerKind === null) {
      addError(r, { field: 'ownerKind', rule: 'ONE_OF', message: `"${c.ownerKind}" is neither 个人 nor 单位 (PERSON or ORGANISATION)`, allowed: allowedWords('ownerKind') });
    }
    const organisation = ownerKind === OwnerKind.ORGANISATION;
    const idNumber = organisation ? normaliseCreditCode(c.idNumber ?? '') : normaliseCitizenId(c.idNumber ?? '');
    if (!developerHeld) {
      for (const field of ['name', 'idNumber']) {
        if (!c[field]) addError(r, { field, rule: 'REQUIRED', message: 'must not be empty unless the developer holds the unit' });
      }
      const maxName = organisation ? ORGANISATION_NAME_MAX : PERSON_NAME_MAX;
      if (c.name && textLength(c.name) > maxName) addError(r, { field: 'name', rule: 'LENGTH', message: `must be at most ${maxName} characters`, args: { max: maxName } });
      // a person's GB 11643-1999 check character and real birth date (docs/domain-rules.md#citizen-id); an organisation's GB 32100-2015 code
      const problem = !c.idNumber || ownerKind === null ? null : organisation ? checkCreditCode(idNumber) : checkCitizenId(idNumber, today);
      // the uploader sees the number as their file has it and the check character it should end in; the label stays masked
      if (problem) addError(r, { field: 'idNumber', rule: problem.rule, message: problem.message, args: problem.args, asInFile: true, ...('expected' in problem ? { expected: problem.expected } : {}) });
    }
    if (c.phone && !isPhone(c.phone)) addError(r, { field: 'phone', rule: 'PHONE', message: 'must be an 11-digit mobile number or a landline such as 0572-2345678' });
    r.parsed = {
      row: r.row,
      valid: r.errors.length === 0,
      building: address(c.building),
      unitNo: address(c.unitNo),
      room: address(c.room),
      areaHundredths: area ?? 0,
      areaSource: (areaSource || 'REGISTER') as AreaSourceCode,
      developerHeld: !!developerHeld,
      name: c.name ?? '',
      // a developer-held unit's row names no owner: what it says of the owner's kind is not kept
      ownerKind: developerHeld || !ownerKind ? OwnerKind.PERSON : (ownerKind as OwnerKind),
      idNumber,
      phone: c.phone || null,
      designatedVoter: !!designatedVoter,
    } satisfies RollRow;
  }
}

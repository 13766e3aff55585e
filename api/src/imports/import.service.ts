import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { assertJurisdiction } from '../auth/jurisdiction';
import { maskIdNumber } from '../auth/personal-data';
import { Policies, refusal } from '../auth/policies';
import { FINAL_PHASES, ElectionPhase } from '../elections/election-phases';
import { Estate } from '../estates/estate.entity';
import { normaliseCreditCode } from '../firms/credit-code';
import { FirmInput } from '../firms/firm.inputs';
import { firmService } from '../firms/firm.service';
import type { RequestContext } from '../graphql/context';
import { checkCitizenId, normaliseCitizenId } from '../owners/citizen-id';
import { addressKey, addressLabel, AreaSourceCode, checkOwnerRoll, planRollWrites, RollRow, RollWritePlan } from '../owners/owner-roll-import';
import { ownerService } from '../owners/owner.service';
import { ProjectInput } from '../projects/project.inputs';
import { projectService } from '../projects/project.service';
import { toHundredths } from '../shared/decimal';
import { fail, FieldError } from '../shared/errors';
import { toId } from '../shared/ids';
import { todayInChina } from '../shared/iso-date';
import { TEXT_PROBLEM_MESSAGES, textProblem } from '../shared/text';
import { isPhone, toFieldErrors } from '../shared/validators';
import { enumCode, IMPORT_COLUMNS, ImportColumn, matchColumn, yesNo } from './columns';
import { ImportFieldError, ImportFileInput, ImportKind, ImportMode, ImportReport, ImportRowReport, ImportRowStatus } from './import.types';
import { decodeBase64, parseImportFile, ParsedTable } from './parsers';

/** One data row on its way through the import: its cells by column key, then its input or its errors. */
interface RowWork {
  row: number;
  cells: Record<string, string>;
  errors: ImportFieldError[];
  input: FirmInput | ProjectInput | null;
  /** what makes two rows the same record: the credit code, or estate + firm + contract start */
  identity: string | null;
  status: ImportRowStatus;
  recordId: string | null;
  duplicateOfRow: number | null;
  /** fields of an existing record the row changes */
  changes: string[];
  /** owner rolls: the row's cells as the roll rules read them */
  roll?: RollRow;
}

type AddError = (r: RowWork, e: FieldError) => void;

/** Owner-roll rows to read and report: the rows, and what writing them would change. */
interface RollWork {
  rows: RowWork[];
  /** the rows the plan covers: valid, not repeating another row */
  included: RollRow[];
  plan: RollWritePlan;
}

/** Input properties that carry a resolved reference, reported under the column the clerk filled in. */
const FIELD_TO_COLUMN: Record<string, string> = { districtId: 'district', estateId: 'estate', firmId: 'firmCreditCode' };

const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/;
/** unit.area is numeric(10,2), greater than 0 */
const AREA = /^\d{1,8}(\.\d{1,2})?$/;

/** Ballots rest on the roll from the opening of the vote until the result is certified (or the vote cancelled). */
const ROLL_FROZEN_PHASES: readonly ElectionPhase[] = [ElectionPhase.VOTING, ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY];

/** 2027-01-01, 2027/1/1, 2027.1.1 or 2027年1月1日 as YYYY-MM-DD; null when it is no calendar date. */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * Bulk import (PRODUCT.md workflows 2 and 3). Firm and project filings: every row is validated by the same
 * input classes the create mutations use, references are resolved by name or code, duplicates (already
 * registered or repeated in the file) are never created twice, and the rows are written in one transaction
 * with one audit event each. An estate's owner roll: see owners/owner-roll-import.ts for its rules; units are
 * matched by address, owners by ID number, ownerships by pair, so importing a file again changes nothing.
 */
export class ImportService {
  async preview(ctx: RequestContext, kind: ImportKind, file: ImportFileInput, estateId?: string | null): Promise<ImportReport> {
    const estate = await this.admit(ctx, kind, estateId);
    const table = await this.read(ctx, file);
    if (estate !== null) {
      await this.checkRollOpen(ctx.ds.manager, estate, false);
      const work = await this.evaluateRoll(ctx.ds.manager, estate, table);
      return report(kind, estate, null, table, work.rows, false, work.plan.removedOwnerships.length);
    }
    const rows = await this.evaluate(ctx.ds.manager, kind, table);
    return report(kind, null, null, table, rows, false, 0);
  }

  async run(ctx: RequestContext, kind: ImportKind, file: ImportFileInput, mode: ImportMode, estateId?: string | null): Promise<ImportReport> {
    const estate = await this.admit(ctx, kind, estateId);
    const table = await this.read(ctx, file);
    if (estate !== null) return this.runRoll(ctx, estate, table, mode);
    // a constraint broken by a row comes back as its coded error (the workflow's create translates it)
    return ctx.ds.transaction(async (em) => {
      // one import of a kind at a time, so two uploads of one file cannot both find "no duplicate"
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`wuye.import.${kind}`]);
      const rows = await this.evaluate(em, kind, table);
      if (mode === ImportMode.ALL_OR_NOTHING && rows.some((r) => r.status === ImportRowStatus.INVALID)) {
        for (const r of rows) if (r.status === ImportRowStatus.VALID) r.status = ImportRowStatus.SKIPPED;
        return report(kind, null, mode, table, rows, false, 0);
      }
      for (const r of rows) {
        if (r.status !== ImportRowStatus.VALID || !r.input) continue;
        const created = await (kind === ImportKind.FIRMS
          ? firmService.createIn(em, ctx, r.input as FirmInput)
          : projectService.createIn(em, ctx, r.input as ProjectInput));
        r.status = ImportRowStatus.CREATED;
        r.recordId = String(created.id);
      }
      return report(kind, null, mode, table, rows, true, 0);
    });
  }

  /**
   * Who may import what: filings are the clerks' and registrars', an owner roll the officers' of the estate's
   * subdistrict (the mutation's policy admits all three roles; the kind decides). Returns the roll's estate.
   */
  private async admit(ctx: RequestContext, kind: ImportKind, estateId: string | null | undefined): Promise<number | null> {
    const roll = kind === ImportKind.OWNER_ROLL;
    // a role that may not import this kind is refused as before execution: 403
    const refused = refusal(roll ? Policies.electionsRun : Policies.registryWrite, ctx.principal, `the ${kind} import`);
    if (refused) throw refused.withHttpStatus();
    if (!roll) {
      if (estateId) throw fail.badField('estateId', 'NOT_APPLICABLE', 'firms and projects name their estate in the file');
      return null;
    }
    if (!estateId) throw fail.badField('estateId', 'REQUIRED', 'an owner roll is imported for one estate');
    const id = toId(estateId, 'estateId');
    if (!(await ctx.loaders.byId(Estate).load(id))) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, id);
    return id;
  }

  /**
   * Ballots rest on the roll (DOMAIN-RULES §2): no import while an election of the estate is between the
   * opening of the vote and certification. With `lock`, the estate's elections are share-locked, so a move
   * into voting waits for the import, and the import sees a move that came first.
   */
  private async checkRollOpen(em: EntityManager, estateId: number, lock: boolean): Promise<void> {
    const elections: Array<{ id: number; phase: ElectionPhase }> = await em.query(
      `SELECT id, phase FROM election WHERE estate_id = $1 AND phase <> ALL($2) ORDER BY id ${lock ? 'FOR SHARE' : ''}`,
      [estateId, FINAL_PHASES],
    );
    const frozen = elections.find((e) => ROLL_FROZEN_PHASES.includes(e.phase));
    if (frozen) {
      throw fail.invalidTransition('Election', frozen.id, frozen.phase, 'given a new owner roll: its ballots rest on the roll until the result is certified');
    }
  }

  private async runRoll(ctx: RequestContext, estateId: number, table: ParsedTable, mode: ImportMode): Promise<ImportReport> {
    const kind = ImportKind.OWNER_ROLL;
    return ctx.ds.transaction(async (em) => {
      // one roll import per estate at a time; none while its ballots rest on the roll
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`wuye.import.${kind}.${estateId}`]);
      await this.checkRollOpen(em, estateId, true);
      const stored = await ownerService.storedRoll(em, estateId);
      const work = this.rollWork(stored, table);
      if (mode === ImportMode.ALL_OR_NOTHING && work.rows.some((r) => r.status === ImportRowStatus.INVALID)) {
        for (const r of work.rows) if (r.status === ImportRowStatus.VALID) r.status = ImportRowStatus.SKIPPED;
        return report(kind, estateId, mode, table, work.rows, false, 0);
      }
      const unitIds = await ownerService.writeRoll(em, ctx, estateId, stored, work.included, work.plan);
      for (const r of work.rows) {
        if (r.status !== ImportRowStatus.VALID) continue;
        const outcome = work.plan.outcome.get(r.row)!;
        r.status = outcome.outcome === 'NEW' ? ImportRowStatus.CREATED : ImportRowStatus.UPDATED;
        r.recordId = String(unitIds.get(addressKey(r.roll!)));
      }
      return report(kind, estateId, mode, table, work.rows, true, work.plan.removedOwnerships.length);
    });
  }

  private async evaluateRoll(em: EntityManager, estateId: number, table: ParsedTable): Promise<RollWork> {
    return this.rollWork(await ownerService.storedRoll(em, estateId), table);
  }

  /** Every roll row's status against the stored roll: INVALID, DUPLICATE (as stored, or repeating a row) or VALID. */
  private rollWork(stored: Awaited<ReturnType<typeof ownerService.storedRoll>>, table: ParsedTable): RollWork {
    const { rows, addError } = this.cells(ImportKind.OWNER_ROLL, table);
    this.buildRollRows(rows, addError);
    const parsed = rows.filter((r) => r.roll).map((r) => ({ ...r.roll!, valid: r.errors.length === 0 }));
    const check = checkOwnerRoll(parsed, stored);
    const byRow = new Map(rows.map((r) => [r.row, r]));
    for (const p of check.problems) addError(byRow.get(p.row)!, { field: p.field, rule: p.rule, message: p.message });
    if (check.rollProblems.length) {
      throw fail.badInput(check.rollProblems.map((p) => ({ field: 'estateId', rule: p.rule, message: `the stored roll cannot be counted: ${p.message}` })));
    }
    const included: RollRow[] = [];
    for (const r of rows) {
      if (r.errors.length > 0) r.status = ImportRowStatus.INVALID;
      else if (check.duplicateOf.has(r.row)) {
        r.status = ImportRowStatus.DUPLICATE;
        r.duplicateOfRow = check.duplicateOf.get(r.row)!;
      } else included.push(r.roll!);
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
    return { rows, included, plan };
  }

  /** Roll rows' cells as the roll rules read them; a cell that does not parse is the row's error. */
  private buildRollRows(rows: RowWork[], addError: AddError): void {
    const today = todayInChina();
    const address = (text: string | undefined) => (text ?? '').replace(/\s+/g, '');
    for (const r of rows) {
      const c = r.cells;
      const developerHeld = yesNo(c.developerHeld ?? '');
      if (developerHeld === null) addError(r, { field: 'developerHeld', rule: 'ONE_OF', message: 'must be 是 or 否 (yes or no)' });
      const designatedVoter = yesNo(c.designatedVoter ?? '');
      if (designatedVoter === null) addError(r, { field: 'designatedVoter', rule: 'ONE_OF', message: 'must be 是 or 否 (yes or no)' });
      const area = c.area && AREA.test(c.area) && toHundredths(c.area) > 0 ? toHundredths(c.area) : null;
      if (c.area && area === null) addError(r, { field: 'area', rule: 'AREA', message: 'must be an area in m² above 0 with at most two decimals, e.g. 89.12' });
      const areaSource = enumCode('areaSource', c.areaSource ?? '');
      if (areaSource === null) addError(r, { field: 'areaSource', rule: 'ONE_OF', message: 'must be 不动产登记, 测绘 or 购房合同 (REGISTER, SURVEY, CONTRACT)' });
      const idNumber = normaliseCitizenId(c.idNumber ?? '');
      if (!developerHeld) {
        for (const field of ['name', 'idNumber']) {
          if (!c[field]) addError(r, { field, rule: 'REQUIRED', message: 'must not be empty unless the developer holds the unit' });
        }
        if (c.name && c.name.length > 40) addError(r, { field: 'name', rule: 'LENGTH', message: 'must be at most 40 characters' });
        // GB 11643-1999: the check character and a real birth date not after today (DOMAIN-RULES §5)
        const problem = c.idNumber ? checkCitizenId(idNumber, today) : null;
        if (problem) addError(r, { field: 'idNumber', rule: problem.rule, message: problem.message });
      }
      if (c.phone && !isPhone(c.phone)) addError(r, { field: 'phone', rule: 'PHONE', message: 'must be an 11-digit mobile number or a landline such as 0572-2345678' });
      r.roll = {
        row: r.row,
        valid: r.errors.length === 0,
        building: address(c.building),
        unitNo: address(c.unitNo),
        room: address(c.room),
        areaHundredths: area ?? 0,
        areaSource: (areaSource || 'REGISTER') as AreaSourceCode,
        developerHeld: !!developerHeld,
        name: c.name ?? '',
        idNumber,
        phone: c.phone || null,
        designatedVoter: !!designatedVoter,
      };
    }
  }

  private async read(ctx: RequestContext, file: ImportFileInput): Promise<ParsedTable> {
    const bytes = decodeBase64(file.contentBase64, ctx.config.imports.maxBytes);
    return parseImportFile(file.name, bytes, ctx.config.imports);
  }

  /** The rows' cells by column key, required cells checked; `addError` keeps one problem per cell. */
  private cells(kind: ImportKind, table: ParsedTable): { rows: RowWork[]; addError: AddError } {
    const columnAt = mapHeaders(kind, table.headers);
    const headerOf = new Map(columnAt.map((c, i) => [c.key, table.headers[i]]));
    const rows: RowWork[] = table.rows.map(({ row, cells }) => {
      const byKey: Record<string, string> = {};
      columnAt.forEach((column, i) => (byKey[column.key] = (cells[i] ?? '').trim()));
      const errors: ImportFieldError[] = [];
      // a file's text never passed the API's edge checks: what PostgreSQL cannot store is the cell's error
      for (const [key, text] of Object.entries(byKey)) {
        const problem = textProblem(text);
        if (problem) errors.push({ field: key, column: headerOf.get(key) ?? null, rule: 'TEXT', message: TEXT_PROBLEM_MESSAGES[problem] });
      }
      for (const column of IMPORT_COLUMNS[kind]) {
        if (column.required && !column.blankWhere && !byKey[column.key]) {
          errors.push({ field: column.key, column: headerOf.get(column.key) ?? null, rule: 'REQUIRED', message: 'must not be empty' });
        }
      }
      return { row, cells: byKey, errors, input: null, identity: null, status: ImportRowStatus.VALID, recordId: null, duplicateOfRow: null, changes: [] };
    });
    const addError: AddError = (r, e) => {
      const field = FIELD_TO_COLUMN[e.field] ?? e.field;
      if (r.errors.some((x) => x.field === field)) return; // one problem per cell: the first found
      r.errors.push({ field, column: headerOf.get(field) ?? null, rule: e.rule, message: e.message });
    };
    return { rows, addError };
  }

  /** Every filing row's status as things stand in the database `em` sees. */
  private async evaluate(em: EntityManager, kind: ImportKind, table: ParsedTable): Promise<RowWork[]> {
    const { rows, addError } = this.cells(kind, table);
    const existing =
      kind === ImportKind.FIRMS ? await this.buildFirms(em, rows, addError) : await this.buildProjects(em, rows, addError);

    for (const r of rows) {
      if (r.input) {
        const validationErrors = toFieldErrors(await validate(r.input, { forbidUnknownValues: false }));
        for (const e of validationErrors) addError(r, e);
      }
    }
    const firstRowOf = new Map<string, number>();
    for (const r of rows) {
      if (r.errors.length > 0) {
        r.status = ImportRowStatus.INVALID;
        continue;
      }
      const identity = r.identity!;
      const recordId = existing.get(identity);
      if (recordId) {
        r.status = ImportRowStatus.DUPLICATE;
        r.recordId = recordId;
      } else if (firstRowOf.has(identity)) {
        r.status = ImportRowStatus.DUPLICATE;
        r.duplicateOfRow = firstRowOf.get(identity)!;
      } else firstRowOf.set(identity, r.row);
    }
    return rows;
  }

  /** Firm rows as FirmInputs; returns the registered firms among them by credit code. */
  private async buildFirms(em: EntityManager, rows: RowWork[], addError: AddError): Promise<Map<string, string>> {
    const districts: Array<{ id: number; code: string; name: string }> = await em.query(`SELECT id, code, name FROM district`);
    const districtId = (text: string) =>
      districts.find((d) => d.code === text || d.name === text || d.name.replace(/[区县市]$/, '') === text)?.id;
    for (const r of rows) {
      const c = r.cells;
      const establishedOn = c.establishedOn ? parseDate(c.establishedOn) : null;
      if (c.establishedOn && !establishedOn) addError(r, { field: 'establishedOn', rule: 'DATE', message: 'must be a date such as 2015-03-18' });
      const status = enumCode('status', c.status ?? '');
      if (status === null) addError(r, { field: 'status', rule: 'ONE_OF', message: 'must be 正常, 暂停 or 注销 (ACTIVE, SUSPENDED, DEREGISTERED)' });
      const district = c.district ? districtId(c.district) : undefined;
      if (c.district && !district) addError(r, { field: 'district', rule: 'REFERENCE', message: `no district is named or coded "${c.district}"` });
      r.input = Object.assign(new FirmInput(), {
        name: c.name,
        creditCode: c.creditCode,
        legalRepresentative: c.legalRepresentative,
        registeredAddress: c.registeredAddress,
        contactPerson: c.contactPerson,
        contactPhone: c.contactPhone,
        establishedOn,
        districtId: String(district ?? 0),
        status: status || undefined,
      });
      r.identity = normaliseCreditCode(c.creditCode ?? '');
    }
    const codes = rows.map((r) => r.identity!).filter(Boolean);
    const found: Array<{ id: number; credit_code: string }> = await em.query(`SELECT id, credit_code FROM firm WHERE credit_code = ANY($1)`, [codes]);
    return new Map(found.map((f) => [f.credit_code, String(f.id)]));
  }

  /** Project rows as ProjectInputs; returns the projects already filed for the same estate, firm and start. */
  private async buildProjects(em: EntityManager, rows: RowWork[], addError: AddError): Promise<Map<string, string>> {
    const estateNames = [...new Set(rows.map((r) => r.cells.estate).filter(Boolean))];
    const firmCodes = [...new Set(rows.map((r) => normaliseCreditCode(r.cells.firmCreditCode ?? '')).filter(Boolean))];
    const estates: Array<{ id: number; name: string }> = await em.query(`SELECT id, name FROM estate WHERE name = ANY($1)`, [estateNames]);
    const firms: Array<{ id: number; credit_code: string }> = await em.query(`SELECT id, credit_code FROM firm WHERE credit_code = ANY($1)`, [firmCodes]);
    const firmByCode = new Map(firms.map((f) => [f.credit_code, f.id]));
    for (const r of rows) {
      const c = r.cells;
      const dates: Record<string, string | null> = {};
      for (const field of ['contractStart', 'contractEnd']) {
        dates[field] = c[field] ? parseDate(c[field]) : null;
        if (c[field] && !dates[field]) addError(r, { field, rule: 'DATE', message: 'must be a date such as 2027-01-01' });
      }
      for (const field of ['residentialFee', 'commercialFee', 'parkingFee', 'managedArea']) {
        if (c[field] && !DECIMAL.test(c[field])) addError(r, { field, rule: 'DECIMAL', message: 'must be a number such as 1.99' });
      }
      if (c.households && !/^\d{1,9}$/.test(c.households)) addError(r, { field: 'households', rule: 'INTEGER', message: 'must be a whole number' });
      const selectionMethod = enumCode('selectionMethod', c.selectionMethod ?? '');
      if (selectionMethod === null) addError(r, { field: 'selectionMethod', rule: 'ONE_OF', message: 'must be 招投标, 协议 or 业主大会 (TENDER, AGREEMENT, OWNERS_ASSEMBLY)' });
      const billingModel = enumCode('billingModel', c.billingModel ?? '');
      if (billingModel === null) addError(r, { field: 'billingModel', rule: 'ONE_OF', message: 'must be 包干制 or 酬金制 (LUMP_SUM, COMMISSION)' });
      const matches = estates.filter((e) => e.name === c.estate);
      if (c.estate && matches.length === 0) addError(r, { field: 'estate', rule: 'REFERENCE', message: `no estate is named "${c.estate}"` });
      if (matches.length > 1) addError(r, { field: 'estate', rule: 'AMBIGUOUS', message: `${matches.length} estates are named "${c.estate}"` });
      const firmId = c.firmCreditCode ? firmByCode.get(normaliseCreditCode(c.firmCreditCode)) : undefined;
      if (c.firmCreditCode && !firmId) addError(r, { field: 'firmCreditCode', rule: 'REFERENCE', message: 'no registered firm has this credit code' });
      const estateId = matches.length === 1 ? matches[0].id : 0;
      r.input = Object.assign(new ProjectInput(), {
        name: c.name,
        estateId: String(estateId),
        firmId: String(firmId ?? 0),
        projectManager: c.projectManager,
        managerPhone: c.managerPhone,
        contractStart: dates.contractStart ?? '',
        contractEnd: dates.contractEnd ?? '',
        selectionMethod: selectionMethod || undefined,
        billingModel: billingModel || undefined,
        residentialFee: c.residentialFee,
        commercialFee: c.commercialFee || null,
        parkingFee: c.parkingFee || null,
        households: Number(c.households),
        managedArea: c.managedArea,
      });
      r.identity = `${estateId}|${firmId ?? 0}|${dates.contractStart ?? ''}`;
    }
    const keyed = rows.filter((r) => r.errors.length === 0);
    const found: Array<{ id: number; key: string }> = keyed.length
      ? await em.query(
          `SELECT p.id, p.estate_id || '|' || p.firm_id || '|' || p.contract_start::text AS key
             FROM project p JOIN unnest($1::int[], $2::int[], $3::date[]) AS k(estate_id, firm_id, contract_start)
               ON p.estate_id = k.estate_id AND p.firm_id = k.firm_id AND p.contract_start = k.contract_start`,
          [
            keyed.map((r) => Number((r.input as ProjectInput).estateId)),
            keyed.map((r) => Number((r.input as ProjectInput).firmId)),
            keyed.map((r) => (r.input as ProjectInput).contractStart),
          ],
        )
      : [];
    return new Map(found.map((p) => [p.key, String(p.id)]));
  }
}

/** Each header's column; unknown, repeated or missing columns refuse the whole file (likely the wrong file). */
function mapHeaders(kind: ImportKind, headers: string[]): ImportColumn[] {
  const problems: FieldError[] = [];
  const columns: ImportColumn[] = [];
  headers.forEach((header) => {
    const column = matchColumn(kind, header);
    if (!column) problems.push({ field: 'file', rule: 'IMPORT_COLUMN_UNKNOWN', message: `"${header}"` });
    else if (columns.includes(column)) problems.push({ field: 'file', rule: 'IMPORT_COLUMN_REPEATED', message: `"${header}"` });
    else columns.push(column);
  });
  for (const column of IMPORT_COLUMNS[kind]) {
    if (column.required && !columns.includes(column)) {
      problems.push({ field: 'file', rule: 'IMPORT_COLUMN_MISSING', message: `"${column.zh}" / "${column.en}"` });
    }
  }
  if (problems.length > 0) throw fail.badInput(problems);
  return headers.map((header) => matchColumn(kind, header)!);
}

/** What names a row to a person; an owner's ID number only masked (DOMAIN-RULES §5), whoever reads the report. */
function labelOf(kind: ImportKind, r: RowWork): string | null {
  const c = r.cells;
  if (kind === ImportKind.FIRMS) return c.creditCode || c.name || null;
  if (kind === ImportKind.PROJECTS) return c.name || null;
  const unit = r.roll ? addressLabel(r.roll) : `${c.building ?? ''}${c.unitNo ?? ''}${c.room ?? ''}`;
  return [unit, c.name, c.idNumber ? maskIdNumber(normaliseCitizenId(c.idNumber)) : ''].filter(Boolean).join(' · ') || null;
}

function report(
  kind: ImportKind,
  estateId: number | null,
  mode: ImportMode | null,
  table: ParsedTable,
  rows: RowWork[],
  committed: boolean,
  removed: number,
): ImportReport {
  const count = (status: ImportRowStatus) => rows.filter((r) => r.status === status).length;
  const rowReports: ImportRowReport[] = rows.map((r) => ({
    row: r.row,
    status: r.status,
    label: labelOf(kind, r),
    fieldErrors: r.errors,
    recordId: r.recordId,
    duplicateOfRow: r.duplicateOfRow,
    changes: r.changes,
  }));
  return {
    kind,
    estateId: estateId === null ? null : String(estateId),
    mode,
    format: table.format,
    encoding: table.encoding,
    committed,
    totalRows: rows.length,
    valid: count(ImportRowStatus.VALID) + count(ImportRowStatus.CREATED) + count(ImportRowStatus.UPDATED) + count(ImportRowStatus.SKIPPED),
    invalid: count(ImportRowStatus.INVALID),
    duplicates: count(ImportRowStatus.DUPLICATE),
    created: count(ImportRowStatus.CREATED),
    updated: count(ImportRowStatus.UPDATED),
    skipped: count(ImportRowStatus.SKIPPED),
    removed,
    rows: rowReports,
  };
}

export const importService = new ImportService();

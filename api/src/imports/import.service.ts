import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { normaliseCreditCode } from '../firms/credit-code';
import { FirmInput } from '../firms/firm.inputs';
import { firmService } from '../firms/firm.service';
import type { RequestContext } from '../graphql/context';
import { ProjectInput } from '../projects/project.inputs';
import { projectService } from '../projects/project.service';
import { fail, FieldError } from '../shared/errors';
import { toFieldErrors } from '../shared/validators';
import { enumCode, IMPORT_COLUMNS, ImportColumn, matchColumn } from './columns';
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
}

/** Input properties that carry a resolved reference, reported under the column the clerk filled in. */
const FIELD_TO_COLUMN: Record<string, string> = { districtId: 'district', estateId: 'estate', firmId: 'firmCreditCode' };

const DECIMAL = /^\d{1,12}(\.\d{1,4})?$/;

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
 * Bulk import of firm and project filings (PRODUCT.md workflow 2): every row is validated by the same input
 * classes the create mutations use, references are resolved by name or code, duplicates (already registered
 * or repeated in the file) are never created twice, and the rows are written in one transaction with one
 * audit event each.
 */
export class ImportService {
  async preview(ctx: RequestContext, kind: ImportKind, file: ImportFileInput): Promise<ImportReport> {
    const table = await this.read(ctx, file);
    const rows = await this.evaluate(ctx.ds.manager, kind, table);
    return report(kind, null, table, rows, false);
  }

  async run(ctx: RequestContext, kind: ImportKind, file: ImportFileInput, mode: ImportMode): Promise<ImportReport> {
    const table = await this.read(ctx, file);
    // a constraint broken by a row comes back as its coded error (the workflow's create translates it)
    return ctx.ds.transaction(async (em) => {
      // one import of a kind at a time, so two uploads of one file cannot both find "no duplicate"
      await em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`wuye.import.${kind}`]);
      const rows = await this.evaluate(em, kind, table);
      if (mode === ImportMode.ALL_OR_NOTHING && rows.some((r) => r.status === ImportRowStatus.INVALID)) {
        for (const r of rows) if (r.status === ImportRowStatus.VALID) r.status = ImportRowStatus.SKIPPED;
        return report(kind, mode, table, rows, false);
      }
      for (const r of rows) {
        if (r.status !== ImportRowStatus.VALID || !r.input) continue;
        const created = await (kind === ImportKind.FIRMS
          ? firmService.createIn(em, ctx, r.input as FirmInput)
          : projectService.createIn(em, ctx, r.input as ProjectInput));
        r.status = ImportRowStatus.CREATED;
        r.recordId = String(created.id);
      }
      return report(kind, mode, table, rows, true);
    });
  }

  private async read(ctx: RequestContext, file: ImportFileInput): Promise<ParsedTable> {
    const bytes = decodeBase64(file.contentBase64, ctx.config.imports.maxBytes);
    return parseImportFile(file.name, bytes, ctx.config.imports);
  }

  /** Every row's status as things stand in the database `em` sees. */
  private async evaluate(em: EntityManager, kind: ImportKind, table: ParsedTable): Promise<RowWork[]> {
    const columnAt = mapHeaders(kind, table.headers);
    const headerOf = new Map(columnAt.map((c, i) => [c.key, table.headers[i]]));
    const rows: RowWork[] = table.rows.map(({ row, cells }) => {
      const byKey: Record<string, string> = {};
      columnAt.forEach((column, i) => (byKey[column.key] = (cells[i] ?? '').trim()));
      const errors: ImportFieldError[] = [];
      for (const column of IMPORT_COLUMNS[kind]) {
        if (column.required && !byKey[column.key]) {
          errors.push({ field: column.key, column: headerOf.get(column.key) ?? null, rule: 'REQUIRED', message: 'must not be empty' });
        }
      }
      return { row, cells: byKey, errors, input: null, identity: null, status: ImportRowStatus.VALID, recordId: null, duplicateOfRow: null };
    });
    const addError = (r: RowWork, e: FieldError) => {
      const field = FIELD_TO_COLUMN[e.field] ?? e.field;
      if (r.errors.some((x) => x.field === field)) return; // one problem per cell: the first found
      r.errors.push({ field, column: headerOf.get(field) ?? null, rule: e.rule, message: e.message });
    };

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
  private async buildFirms(em: EntityManager, rows: RowWork[], addError: (r: RowWork, e: FieldError) => void): Promise<Map<string, string>> {
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
  private async buildProjects(em: EntityManager, rows: RowWork[], addError: (r: RowWork, e: FieldError) => void): Promise<Map<string, string>> {
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

function report(kind: ImportKind, mode: ImportMode | null, table: ParsedTable, rows: RowWork[], committed: boolean): ImportReport {
  const count = (status: ImportRowStatus) => rows.filter((r) => r.status === status).length;
  const label = (r: RowWork) => (kind === ImportKind.FIRMS ? r.cells.creditCode || r.cells.name : r.cells.name) || null;
  const rowReports: ImportRowReport[] = rows.map((r) => ({
    row: r.row,
    status: r.status,
    label: label(r),
    fieldErrors: r.errors,
    recordId: r.recordId,
    duplicateOfRow: r.duplicateOfRow,
  }));
  return {
    kind,
    mode,
    format: table.format,
    encoding: table.encoding,
    committed,
    totalRows: rows.length,
    valid: count(ImportRowStatus.VALID) + count(ImportRowStatus.CREATED) + count(ImportRowStatus.SKIPPED),
    invalid: count(ImportRowStatus.INVALID),
    duplicates: count(ImportRowStatus.DUPLICATE),
    created: count(ImportRowStatus.CREATED),
    skipped: count(ImportRowStatus.SKIPPED),
    rows: rowReports,
  };
}

export const importService = new ImportService();

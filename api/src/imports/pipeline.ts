import { validateSync } from 'class-validator';
import type { Policy } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { fail, FieldError } from '../shared/errors';
import { maskPersonalDataIn } from '../shared/personal-shapes';
import { halfWidthNumber, INVISIBLE_TEXT, invisibleTextProblem, TEXT_PROBLEM_MESSAGES, textProblem, trimSpaces } from '../shared/text';
import { invisibleTextErrors, personalTextErrors, toFieldErrors } from '../shared/validators';
import { ownsPersonalShape } from '../auth/personal-data';
import { IMPORT_COLUMNS, ImportColumn, isErrorColumn, matchColumn } from './columns';
import { ImportFieldError, ImportKind, ImportMode, ImportReport, ImportRowReport, ImportRowStatus, OpenVote } from './import.types';
import { ParsedTable } from './parsers';

/** One data row on its way through an import: its cells by column key, then its input or its errors. */
export interface RowWork<P = unknown> {
  row: number;
  cells: Record<string, string>;
  errors: ImportFieldError[];
  /** the create mutation's input built from the row (filings), validated by the same class */
  input: object | null;
  /** what makes two rows the same record (e.g. the credit code) */
  identity: string | null;
  status: ImportRowStatus;
  recordId: string | null;
  duplicateOfRow: number | null;
  /** fields of an existing record the row changes */
  changes: string[];
  /** the row as its importer's rules read it (e.g. an owner-roll row) */
  parsed?: P;
}

/**
 * A problem of one cell. `given` defaults to the cell's text (what the clerk must find in the file); a choice names
 * the words it `allowed`, so the console can say them in the reader's language; a refused check character the one
 * `expected`. `asInFile`: the cell is quoted unmasked, as the uploader's own file has it (a refused ID number: masked,
 * the uploader could not tell which of their numbers is wrong); the report goes to the uploader only, never to a log.
 */
export type CellProblem = FieldError & { given?: string | null; allowed?: readonly string[] | null; expected?: string | null; asInFile?: boolean };

export type AddError = (r: RowWork, e: CellProblem) => void;

/**
 * A column whose last character checks the others (a GB 32100 credit code, a GB 11643 ID number): the rule its wrong
 * check character is refused under, and the character the cell's first 17 call for. Whichever check refuses the cell
 * (the importer's own or the create input's validator), the uploader is told what it should end in.
 */
export interface CheckCharacterColumn {
  rule: string;
  expected(text: string): string | null;
}

/** What an importer found: every row's status, and what its writing needs. */
export interface Evaluation<S = unknown> {
  rows: RowWork[];
  /** records the import would remove (an owner roll's dropped ownerships) */
  removed: number;
  state: S;
}

/**
 * One kind of import, owned by its domain (firms/firm.importer.ts, projects/…, owners/…): it reads rows into
 * its own inputs and writes them with its own service. The pipeline parses the file, maps the headers, runs
 * the importer in one transaction and builds the report.
 */
export interface Importer<S = unknown> {
  kind: ImportKind;
  /** the roles that may import this kind (the mutation admits every importing role; the kind decides) */
  policy: Policy;
  /** an import into one estate (owner rolls) or into the registry (filings) */
  perEstate: boolean;
  /** the estate's votes the import leaves as they are (they keep the roll fixed when they opened), for the report */
  openVotes?(ctx: RequestContext, estateId: number): Promise<OpenVote[]>;
  /** every row's status as things stand in the database the context sees */
  evaluate(ctx: RequestContext, rows: RowWork[], addError: AddError, estateId: number | null): Promise<Evaluation<S>>;
  /** writes the VALID rows, marking each CREATED or UPDATED with its record's id, telling `progress` as batches land */
  write(ctx: RequestContext, evaluation: Evaluation<S>, estateId: number | null, progress: ImportProgressSink): Promise<void>;
  /** what names a row to a person (personal data masked) */
  label(row: RowWork): string | null;
  /** a cell's text as a row error quotes it back (personal data masked); as written when absent */
  shown?(field: string, text: string): string;
  /** every column of the kind that carries a check character, by column key */
  checkCharacters: Readonly<Record<string, CheckCharacterColumn>>;
}

/**
 * One import of a kind (of an estate) at a time, in the caller's transaction, so two uploads of one file cannot both
 * find "no duplicate"; whatever else rewrites what an import reads (a unit's removal) takes the same lock.
 */
export async function lockImport(ctx: RequestContext, kind: ImportKind, estate: number | null): Promise<void> {
  await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`wuye.import.${kind}${estate === null ? '' : `.${estate}`}`]);
}

/** Where a running import says how far it has got (rows written of the rows to write). */
export interface ImportProgressSink {
  writing(done: number, total: number): Promise<void>;
}

export const NO_PROGRESS: ImportProgressSink = { writing: async () => undefined };

/**
 * Rows written per statement: a constant number of statements per batch (docs/architecture.md#imports), and
 * PostgreSQL's 65,535 bind parameters leave room for 500 rows of a project's 16 columns.
 */
export const IMPORT_BATCH_ROWS = 500;

const maskLabel = (label: string | null) => (label === null ? null : maskPersonalDataIn(label));

/** Input properties that carry a resolved reference, reported under the column the clerk filled in. */
const FIELD_TO_COLUMN: Record<string, string> = { districtId: 'district', estateId: 'estate', firmId: 'firmCreditCode' };

/** How much of a cell a report quotes back, and of a message that may repeat it: enough to find it, never the whole of a long cell a thousand times. */
const QUOTED_CELL_CHARS = 200;
const QUOTED_MESSAGE_CHARS = 400;
const quoted = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** The rows' cells by column key, required cells checked; `addError` keeps one problem per cell. */
export function cellsOf(importer: Pick<Importer, 'kind' | 'shown' | 'checkCharacters'>, table: ParsedTable): { rows: RowWork[]; addError: AddError } {
  const { kind } = importer;
  const columnAt = mapHeaders(kind, table.headers);
  const headerOf = new Map(columnAt.flatMap((c, i) => (c ? [[c.key, table.headers[i]] as const] : [])));
  // every row error names the value the file gave (blank: none) and, for a choice, the words allowed
  const problem = (field: string, rule: string, message: string, text: string | undefined, allowed?: readonly string[] | null, extra: Pick<CellProblem, 'expected' | 'asInFile' | 'args'> = {}): ImportFieldError => ({
    field,
    column: headerOf.get(field) ?? null,
    rule,
    // a cell echoed in a message or quoted back is masked by its shape, whatever its column (docs/domain-rules.md#personal-data)
    message: quoted(maskPersonalDataIn(message), QUOTED_MESSAGE_CHARS),
    given: text ? quoted(extra.asInFile ? text : maskPersonalDataIn(importer.shown?.(field, text) ?? text), QUOTED_CELL_CHARS) : null,
    allowed: allowed ? [...allowed] : null,
    expected: extra.expected ?? null,
    args: extra.args && Object.keys(extra.args).length ? { ...extra.args } : null,
  });
  const rows: RowWork[] = table.rows.map(({ row, cells }) => {
    const byKey: Record<string, string> = {};
    columnAt.forEach((column, i) => {
      // a number typed in full-width digits is the number (docs/domain-rules.md#unit-address)
      if (column) byKey[column.key] = halfWidthNumber(trimSpaces(cells[i] ?? ''));
    });
    const errors: ImportFieldError[] = [];
    // a file's text never passed the API's edge checks: what PostgreSQL cannot store is the cell's error
    for (const [key, text] of Object.entries(byKey)) {
      const bad = textProblem(text);
      if (bad) errors.push(problem(key, 'TEXT', TEXT_PROBLEM_MESSAGES[bad], text));
      else {
        // the rule every text input has, for the importers that read cells without an input class (owner rolls)
        const invisible = invisibleTextProblem(key, text);
        if (invisible) errors.push(problem(key, INVISIBLE_TEXT, invisible, text));
        // and every importer's: an ID number or a mobile only in the columns meant for them
        for (const e of toFieldErrors(personalTextErrors({ [key]: text }, ownsPersonalShape))) errors.push(problem(key, e.rule, e.message, text, null, { args: e.args }));
      }
    }
    for (const column of IMPORT_COLUMNS[kind]) {
      if (column.required && !column.blankWhere && !byKey[column.key]) {
        errors.push(problem(column.key, 'REQUIRED', 'must not be empty', undefined));
      }
    }
    return { row, cells: byKey, errors, input: null, identity: null, status: ImportRowStatus.VALID, recordId: null, duplicateOfRow: null, changes: [] };
  });
  const addError: AddError = (r, e) => {
    const field = FIELD_TO_COLUMN[e.field] ?? e.field;
    if (r.errors.some((x) => x.field === field)) return; // one problem per cell: the first found
    // a wrong check character is answered with the right one, whoever found it (CheckCharacterColumn)
    const check = importer.checkCharacters[field];
    const expected = e.expected ?? (check && e.rule === check.rule && r.cells[field] ? check.expected(r.cells[field]) : null);
    r.errors.push(problem(field, e.rule, e.message, e.given === undefined ? r.cells[field] : (e.given ?? undefined), e.allowed, { expected, asInFile: e.asInFile, args: e.args }));
  };
  return { rows, addError };
}

/**
 * Each header's column (null for the messages column of an error file, which is read back as it was written);
 * unknown, repeated or missing columns refuse the whole file (likely the wrong file).
 */
function mapHeaders(kind: ImportKind, headers: string[]): Array<ImportColumn | null> {
  const problems: FieldError[] = [];
  const columns: ImportColumn[] = [];
  headers.forEach((header) => {
    if (isErrorColumn(header)) return;
    const column = matchColumn(kind, header);
    if (!column) problems.push({ field: 'file', rule: 'IMPORT_COLUMN_UNKNOWN', message: `"${maskPersonalDataIn(header)}"`, args: { header: maskPersonalDataIn(header) } });
    else if (columns.includes(column)) problems.push({ field: 'file', rule: 'IMPORT_COLUMN_REPEATED', message: `"${maskPersonalDataIn(header)}"`, args: { header: maskPersonalDataIn(header) } });
    else columns.push(column);
  });
  for (const column of IMPORT_COLUMNS[kind]) {
    if (column.required && !columns.includes(column)) {
      problems.push({ field: 'file', rule: 'IMPORT_COLUMN_MISSING', message: `"${column.zh}" / "${column.en}"`, args: { columnZh: column.zh, columnEn: column.en } });
    }
  }
  if (problems.length > 0) throw fail.badInput(problems);
  return headers.map((header) => (isErrorColumn(header) ? null : matchColumn(kind, header)!));
}

/**
 * Filing rows whose inputs are built: each input validated by the create mutation's own rules, then INVALID,
 * DUPLICATE (already registered, or repeating an earlier row of the file) or VALID.
 */
export async function settleFilingRows(rows: RowWork[], addError: AddError, registered: Map<string, string>): Promise<void> {
  // the inputs' rules are all synchronous; awaiting each of 5,000 rows would cost more than the checks
  for (const r of rows) {
    if (r.input) for (const e of toFieldErrors([...validateSync(r.input, { forbidUnknownValues: false }), ...invisibleTextErrors(r.input)])) addError(r, e);
  }
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    if (r.errors.length > 0) {
      r.status = ImportRowStatus.INVALID;
      continue;
    }
    const identity = r.identity!;
    const recordId = registered.get(identity);
    if (recordId) {
      r.status = ImportRowStatus.DUPLICATE;
      r.recordId = recordId;
    } else if (firstRowOf.has(identity)) {
      r.status = ImportRowStatus.DUPLICATE;
      r.duplicateOfRow = firstRowOf.get(identity)!;
    } else firstRowOf.set(identity, r.row);
  }
}

/**
 * Creates the VALID rows' records with `createMany`, IMPORT_BATCH_ROWS at a time (inside the import's one
 * transaction, so a row that breaks a constraint still undoes the whole import), in the file's order.
 */
export async function createValidRows<I>(
  rows: RowWork[],
  createMany: (inputs: I[]) => Promise<Array<{ id: number }>>,
  progress: ImportProgressSink,
): Promise<void> {
  const valid = rows.filter((r) => r.status === ImportRowStatus.VALID && r.input);
  for (let start = 0; start < valid.length; start += IMPORT_BATCH_ROWS) {
    const batch = valid.slice(start, start + IMPORT_BATCH_ROWS);
    const created = await createMany(batch.map((r) => r.input as I));
    batch.forEach((r, i) => {
      r.status = ImportRowStatus.CREATED;
      r.recordId = String(created[i].id);
    });
    await progress.writing(start + batch.length, valid.length);
  }
}

/** 2027-01-01, 2027/1/1, 2027.1.1 or 2027年1月1日 as YYYY-MM-DD; null when it is no calendar date. */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

/** All-or-nothing: while any row is invalid, nothing is written and the valid rows are reported SKIPPED. */
export function skipAllWhenInvalid(mode: ImportMode, rows: RowWork[]): boolean {
  if (mode !== ImportMode.ALL_OR_NOTHING || !rows.some((r) => r.status === ImportRowStatus.INVALID)) return false;
  for (const r of rows) if (r.status === ImportRowStatus.VALID) r.status = ImportRowStatus.SKIPPED;
  return true;
}

export function buildReport(
  importer: Importer,
  estateId: number | null,
  mode: ImportMode | null,
  table: ParsedTable,
  rows: RowWork[],
  committed: boolean,
  removed: number,
  openVotes: OpenVote[] = [],
): ImportReport {
  const count = (status: ImportRowStatus) => rows.filter((r) => r.status === status).length;
  const rowReports: ImportRowReport[] = rows.map((r) => ({
    row: r.row,
    status: r.status,
    label: maskLabel(importer.label(r)),
    fieldErrors: r.errors,
    recordId: r.recordId,
    duplicateOfRow: r.duplicateOfRow,
    changes: r.changes,
  }));
  return {
    kind: importer.kind,
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
    openVotes,
  };
}

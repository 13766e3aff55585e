import ExcelJS from 'exceljs';
import { AppError, ErrorCode, fail } from '../shared/errors';
import { fromInertCell } from '../shared/sheets';
import { zipBound } from './zip-bound';

/** A file as a table: its header cells and its data rows, each with its row number as the clerk sees it. */
export interface ParsedTable {
  format: 'CSV' | 'XLSX';
  /** what the CSV was decoded from (UTF-8, GB18030, UTF-16); null for .xlsx */
  encoding: string | null;
  headers: string[];
  rows: Array<{ row: number; cells: string[] }>;
}

export interface FileLimits {
  maxBytes: number;
  maxRows: number;
}

const fileError = (rule: string, message: string): AppError => fail.badField('file', rule, message);

/** The file's bytes from base64, refusing what is too large before decoding it. */
export function decodeBase64(contentBase64: string, maxBytes: number): Buffer {
  const text = contentBase64.replace(/^data:[^,]*,/, '').replace(/\s+/g, '');
  const approximateBytes = Math.floor((text.length * 3) / 4);
  if (approximateBytes > maxBytes + 2) throw tooLarge(maxBytes);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
    throw fileError('IMPORT_FILE_UNREADABLE', 'is not valid base64');
  }
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length > maxBytes) throw tooLarge(maxBytes);
  return bytes;
}

function tooLarge(maxBytes: number, what = 'The file is larger than'): AppError {
  return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `${what} ${maxBytes} bytes; split it into smaller files`, {
    limitBytes: maxBytes,
  });
}

/**
 * Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text"), or GB18030 —
 * the superset of GBK that Chinese Excel writes by default. Anything else is refused with a coded error.
 */
export function decodeCsvText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictDecode('utf-8', bytes.subarray(3)) ?? encodingError(), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16' };
  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'UTF-8' };
  const gb = strictDecode('gb18030', bytes);
  if (gb !== null && !/[\u0000-\u0008\u000e-\u001f]/.test(gb)) return { text: gb, encoding: 'GB18030' };
  return encodingError();
}

function strictDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function encodingError(): never {
  throw fileError('IMPORT_ENCODING', 'is neither UTF-8 nor GBK/GB18030 text; save it as "CSV UTF-8" or as .xlsx');
}

/**
 * What a file may expand into, held while it is read (not after): an upload within its byte limit can still
 * describe a sheet of millions of empty cells, one long string shared by every cell, or millions of blank lines.
 */
export const READ_LIMITS = {
  /** the widest template has 34 columns; a cell further right is not part of any table an import reads */
  maxColumns: 100,
  /** the longest text an import writes is 4,000 characters */
  maxCellChars: 4000,
};

/** A file's rows that hold something, each with its row number as the clerk sees it (blank rows are skipped as they are read). */
type Grid = Array<{ row: number; cells: string[] }>;

/** Counts what is read and refuses, as soon as it is passed, a limit of the file's rows or of its text. */
class GridReader {
  readonly grid: Grid = [];
  private chars = 0;

  constructor(private readonly limits: FileLimits) {}

  /** Adds one row (its cells by column, 0-based); a blank row is skipped. */
  add(row: number, cells: string[]): void {
    if (cells.length > READ_LIMITS.maxColumns) {
      throw fileError('IMPORT_TOO_WIDE', `has a cell in column ${cells.length} of row ${row}; an import reads at most ${READ_LIMITS.maxColumns} columns`);
    }
    let blank = true;
    for (const cell of cells) {
      if (cell.length > READ_LIMITS.maxCellChars) {
        throw fileError('IMPORT_CELL_TOO_LONG', `has a cell of ${cell.length} characters in row ${row}; a cell holds at most ${READ_LIMITS.maxCellChars}`);
      }
      this.chars += cell.length;
      if (blank && cell.trim() !== '') blank = false;
    }
    // the cells' text is held to the file's byte limit however the file stores it (an .xlsx shares repeated strings)
    if (this.chars > this.limits.maxBytes) throw tooLarge(this.limits.maxBytes, "The file's cells hold more characters than");
    if (blank) return;
    this.grid.push({ row, cells });
    // the header and at most maxRows data rows
    if (this.grid.length > this.limits.maxRows + 1) throw tooManyRows(this.limits.maxRows);
  }
}

function tooManyRows(maxRows: number, rows?: number): AppError {
  return new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file has ${rows ?? `more than ${maxRows}`} rows; at most ${maxRows} are imported at once`, { limitRows: maxRows });
}

/** RFC 4180 CSV with the delimiter Excel chose (comma, semicolon or tab), quoted cells and CRLF or LF; each row with its line number. */
export function parseCsv(text: string, limits: FileLimits): Grid {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const reader = new GridReader(limits);
  let rowNumber = 1;
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      endCell();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endCell();
      reader.add(rowNumber++, row);
      row = [];
    } else cell += c;
    if (cell.length > READ_LIMITS.maxCellChars) reader.add(rowNumber, [cell]);
  }
  if (quoted) throw fileError('IMPORT_CSV_MALFORMED', 'has a quoted cell that never ends');
  if (cell !== '' || row.length > 0) {
    endCell();
    reader.add(rowNumber, row);
  }
  return reader.grid;

  // empty cells past the last column read are dropped (a spreadsheet's trailing separators); a filled one is refused
  function endCell() {
    if (row.length < READ_LIMITS.maxColumns) row.push(cell);
    else if (cell !== '') reader.add(rowNumber, [...row, cell]);
    cell = '';
  }
}

/** A cell of exceljs as the text a clerk typed: dates as YYYY-MM-DD, formulas as their result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
    return '';
  }
  return String(value);
}

/** The first sheet with rows: only the cells it holds are read (a sheet's size is what its furthest cell says, not what it holds). */
async function readXlsx(bytes: Buffer, limits: FileLimits): Promise<Grid> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch {
    throw fileError('IMPORT_FILE_UNREADABLE', 'is not a readable .xlsx workbook');
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) return [];
  const reader = new GridReader(limits);
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell((cell, column) => {
      if (column > READ_LIMITS.maxColumns) reader.add(rowNumber, new Array<string>(column).fill(''));
      while (cells.length < column - 1) cells.push('');
      cells.push(cellText(cell.value));
    });
    reader.add(rowNumber, cells);
  });
  return reader.grid;
}

/** Reads a .csv or .xlsx file into a table; the first non-blank row is the header. */
export async function parseImportFile(name: string, bytes: Buffer, limits: FileLimits): Promise<ParsedTable> {
  if (bytes.length === 0) throw fileError('IMPORT_EMPTY', 'is empty');
  const lower = name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let format: ParsedTable['format'];
  let encoding: string | null = null;
  let grid: Grid;
  if (lower.endsWith('.xlsx') || (isZip && !lower.endsWith('.csv'))) {
    format = 'XLSX';
    // unpacked, an .xlsx is held to the plain file's limit: a small bomb must not reach the parser
    const bound = zipBound(bytes, limits.maxBytes);
    if (bound === 'TOO_LARGE') throw tooLarge(limits.maxBytes, 'The workbook unpacks to more than');
    // a zip the bound cannot read alike with the parser never reaches the parser (zip-bound.ts centralDirectory)
    if (bound === 'NOT_A_ZIP') throw fileError('IMPORT_FILE_UNREADABLE', 'is not a readable .xlsx workbook');
    grid = await readXlsx(bytes, limits);
  } else if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    format = 'CSV';
    const decoded = decodeCsvText(bytes);
    encoding = decoded.encoding;
    grid = parseCsv(decoded.text, limits);
  } else {
    throw fileError('IMPORT_FILE_TYPE', 'must be a .csv or .xlsx file (old .xls: save it as .xlsx first)');
  }
  if (grid.length === 0) throw fileError('IMPORT_EMPTY', 'has no header row');
  // a cell the API made inert when it wrote the file (an error file, fixed) is read as the clerk typed it
  const [header, ...rows] = grid.map(({ row, cells }) => ({ row, cells: cells.map(fromInertCell) }));
  const headers = header.cells.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (rows.length === 0) throw fileError('IMPORT_EMPTY', 'has a header but no data rows');
  if (rows.length > limits.maxRows) throw tooManyRows(limits.maxRows, rows.length);
  return { format, encoding, headers, rows };
}

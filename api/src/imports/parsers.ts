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

/** RFC 4180 CSV with the delimiter Excel chose (comma, semicolon or tab), quoted cells and CRLF or LF. */
export function parseCsv(text: string): string[][] {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  const rows: string[][] = [];
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
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (quoted) throw fileError('IMPORT_CSV_MALFORMED', 'has a quoted cell that never ends');
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
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

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch {
    throw fileError('IMPORT_FILE_UNREADABLE', 'is not a readable .xlsx workbook');
  }
  const sheet = workbook.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows[rowNumber - 1] = cells;
  });
  return Array.from(rows, (r) => r ?? []);
}

/** Reads a .csv or .xlsx file into a table; the first non-blank row is the header. */
export async function parseImportFile(name: string, bytes: Buffer, limits: FileLimits): Promise<ParsedTable> {
  if (bytes.length === 0) throw fileError('IMPORT_EMPTY', 'is empty');
  const lower = name.toLowerCase();
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let format: ParsedTable['format'];
  let encoding: string | null = null;
  let grid: string[][];
  if (lower.endsWith('.xlsx') || (isZip && !lower.endsWith('.csv'))) {
    format = 'XLSX';
    // unpacked, an .xlsx is held to the plain file's limit: a small bomb must not reach the parser
    if (zipBound(bytes, limits.maxBytes) === 'TOO_LARGE') throw tooLarge(limits.maxBytes, 'The workbook unpacks to more than');
    grid = await readXlsx(bytes);
  } else if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    format = 'CSV';
    const decoded = decodeCsvText(bytes);
    encoding = decoded.encoding;
    grid = parseCsv(decoded.text);
  } else {
    throw fileError('IMPORT_FILE_TYPE', 'must be a .csv or .xlsx file (old .xls: save it as .xlsx first)');
  }
  // a cell the API made inert when it wrote the file (an error file, fixed) is read as the clerk typed it
  grid = grid.map((cells) => cells.map(fromInertCell));
  const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const headerIndex = grid.findIndex((cells) => !blank(cells));
  if (headerIndex < 0) throw fileError('IMPORT_EMPTY', 'has no header row');
  const headers = grid[headerIndex].map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const rows = grid
    .map((cells, index) => ({ row: index + 1, cells }))
    .slice(headerIndex + 1)
    .filter((r) => !blank(r.cells));
  if (rows.length === 0) throw fileError('IMPORT_EMPTY', 'has a header but no data rows');
  if (rows.length > limits.maxRows) {
    throw new AppError(ErrorCode.PAYLOAD_TOO_LARGE, `The file has ${rows.length} rows; at most ${limits.maxRows} are imported at once`, {
      limitRows: limits.maxRows,
    });
  }
  return { format, encoding, headers, rows };
}

import ExcelJS from 'exceljs';
import { csvText, inertCell } from './sheet-cells';

/**
 * Spreadsheets the API writes (exports, import templates, error files): one sheet of text cells, as CSV or
 * .xlsx. Every cell a spreadsheet would read as a formula is made inert with a leading apostrophe (OWASP,
 * CSV injection), in both formats, by the one rule in sheet-cells.ts; a file read back for an import drops that
 * apostrophe again.
 */
export interface Sheet {
  name: string;
  headers: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | null | undefined>>;
}

export type SheetFormat = 'csv' | 'xlsx';

export { fromInertCell, inertCell } from './sheet-cells';

/** UTF-8 with a BOM (so Excel and WPS read Chinese), CRLF lines. */
export function sheetCsv(sheet: Sheet): Buffer {
  return Buffer.from(csvText([sheet.headers, ...sheet.rows]), 'utf8');
}

/**
 * .xlsx whose columns are all formatted as text (numFmt "@"): an 18-digit ID number or credit code typed or
 * pasted into it stays digits, not 1.10105E+17, in Excel and WPS alike.
 */
export async function sheetXlsx(sheet: Sheet): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = sheet.headers.map((header) => ({
    header: inertCell(header),
    width: Math.min(40, Math.max(10, [...header].length * 2 + 4)),
    style: { numFmt: '@' },
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const cells of sheet.rows) worksheet.addRow(cells.map((c) => inertCell(c ?? '')));
  // blank rows below stay text as well, for the clerk who types into a template
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function sheetFile(sheet: Sheet, format: SheetFormat): Promise<Buffer> {
  return format === 'xlsx' ? sheetXlsx(sheet) : Promise.resolve(sheetCsv(sheet));
}

export const SHEET_CONTENT_TYPES: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

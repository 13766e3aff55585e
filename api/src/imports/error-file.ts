import { sheetFile } from '../shared/sheets';
import { ERROR_COLUMN } from './columns';
import { ImportRowStatus } from './import.types';
import type { ParsedTable } from './parsers';
import type { RowWork } from './pipeline';

export interface ErrorFile {
  name: string;
  contentType: string;
  contentBase64: string;
}

/** Rows the clerk still has to import: the invalid ones, and the valid ones an all-or-nothing import held back. */
const TO_FIX = [ImportRowStatus.INVALID, ImportRowStatus.SKIPPED];

/**
 * The rows not imported, as uploaded (same columns, same format), with their messages in one more column:
 * fixed and uploaded again, the file imports (that column is ignored, docs/architecture.md#imports).
 */
export async function errorFile(fileName: string, table: ParsedTable, rows: readonly RowWork[]): Promise<ErrorFile | null> {
  const failed = rows.filter((r) => TO_FIX.includes(r.status));
  if (failed.length === 0) return null;
  const cellsOf = new Map(table.rows.map((r) => [r.row, r.cells]));
  const english = table.headers.every((h) => /^[\x20-\x7e]*$/.test(h));
  const messages = (r: RowWork) =>
    r.status === ImportRowStatus.SKIPPED
      ? english ? 'not imported: other rows had errors' : '未导入：其他行有错误'
      : r.errors.map((e) => `${e.column ?? e.field}: ${e.message}`).join('; ');
  const format = table.format === 'XLSX' ? 'xlsx' : 'csv';
  const content = await sheetFile(
    {
      name: english ? 'errors' : '错误行',
      headers: [...table.headers, english ? ERROR_COLUMN.en : ERROR_COLUMN.zh],
      rows: failed.map((r) => [...table.headers.map((_, i) => cellsOf.get(r.row)?.[i] ?? ''), messages(r)]),
    },
    format,
  );
  const base = fileName.replace(/\.[^.]*$/, '') || 'import';
  return {
    name: `${base}-errors.${format}`,
    contentType: format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv',
    contentBase64: content.toString('base64'),
  };
}

import { sheetFile } from '../shared/sheets';
import { fail } from '../shared/errors';
import { ERROR_COLUMN } from './columns';
import { ImportRowStatus } from './import.types';
import type { ParsedTable } from './parsers';
import type { RowWork } from './pipeline';

export interface ErrorFile {
  name: string;
  contentType: string;
  contentBase64: string;
}

/** One row of the file to fix and the words that say what is wrong with it. */
export interface RowMessage {
  row: number;
  message: string;
}

/** Rows the clerk still has to import: the invalid ones, and the valid ones an all-or-nothing import held back. */
const TO_FIX = [ImportRowStatus.INVALID, ImportRowStatus.SKIPPED];

/** A message is one cell of the error file: as long as a cell the import reads back may be. */
const MESSAGE_CHARS = 4000;

const englishHeaders = (table: ParsedTable) => table.headers.every((h) => /^[\x20-\x7e]*$/.test(h));

/** The API's own words for the rows to fix (integrators; the console words them in its user's language, importErrorFile). */
export function serverRowMessages(table: ParsedTable, rows: readonly RowWork[]): RowMessage[] {
  const english = englishHeaders(table);
  return rows
    .filter((r) => TO_FIX.includes(r.status))
    .map((r) => ({
      row: r.row,
      message:
        r.status === ImportRowStatus.SKIPPED
          ? english ? 'not imported: other rows had errors' : '未导入：其他行有错误'
          : r.errors.map((e) => `${e.column ?? e.field}: ${e.message}`).join('; '),
    }));
}

/**
 * The rows named, as uploaded (same columns, same format), with their messages in one more column:
 * fixed and uploaded again, the file imports (that column is ignored, docs/architecture.md#imports).
 */
export async function errorFile(fileName: string, table: ParsedTable, messages: readonly RowMessage[]): Promise<ErrorFile | null> {
  if (messages.length === 0) return null;
  const cellsOf = new Map(table.rows.map((r) => [r.row, r.cells]));
  const named = new Set<number>();
  for (const [n, { row, message }] of messages.entries()) {
    if (!cellsOf.has(row)) throw fail.badField('rows', 'REFERENCE', `row ${row} is not a data row of the file`, { row });
    // each row of the file once: the error file is never larger than the upload and its messages (attacker round 6)
    if (named.has(row)) throw fail.badField(`rows[${n}].row`, 'DUPLICATE', `row ${row} is named twice`, { row });
    named.add(row);
    if (message.length > MESSAGE_CHARS) throw fail.badField('rows', 'LENGTH', `a message has at most ${MESSAGE_CHARS} characters`, { max: MESSAGE_CHARS });
  }
  const english = englishHeaders(table);
  const format = table.format === 'XLSX' ? 'xlsx' : 'csv';
  const content = await sheetFile(
    {
      name: english ? 'errors' : '错误行',
      headers: [...table.headers, english ? ERROR_COLUMN.en : ERROR_COLUMN.zh],
      rows: messages.map(({ row, message }) => [...table.headers.map((_, i) => cellsOf.get(row)?.[i] ?? ''), message]),
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

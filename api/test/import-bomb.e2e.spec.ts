import ExcelJS from 'exceljs';
import { parseImportFile, READ_LIMITS } from '../src/imports/parsers';
import { zipBound } from '../src/imports/zip-bound';
import { startTestApp } from './harness';
import { withStatedEntries, xlsxWorkbook, zipOf } from './zip-bombs';
import { zipEntryNames } from '../src/imports/zip-bound';

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 5000 };
const ROWS = [['企业名称', '统一社会信用代码'], ['湖州示范物业服务有限公司', '91330502MA2B3C4D5E']];

describe('zipBound: what an .xlsx unpacks to, before it is parsed', () => {
  // ~60 MB of sheet XML in a small upload, its sizes stated truly or understated in the directory
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    files.small = await xlsxWorkbook(ROWS);
    files.bomb = await xlsxWorkbook(ROWS, { padBytes: 60_000_000 });
    files.lying = await xlsxWorkbook(ROWS, { padBytes: 60_000_000, understate: true });
    // one zip read two ways: the end record states fewer parts than the directory lists (JSZip reads them all), or a
    // part sits among the local entries unlisted (a streaming reader finds it)
    files.countLie = withStatedEntries(files.bomb, 1);
    files.hidden = await xlsxWorkbook(ROWS, { hidden: ['xl/worksheets/sheet9.xml', ' '.repeat(60_000_000)] });
    files.streamed = await xlsxWorkbook(ROWS, { descriptors: true });
    files.notZip = Buffer.from('PK\u0003\u0004 not really a zip');
    files.empty = Buffer.alloc(0);
  });

  it.each([
    ['small', 'a small workbook', 'WITHIN'],
    ['bomb', 'a bomb', 'TOO_LARGE'],
    ['lying', 'a bomb whose directory understates its sizes', 'TOO_LARGE'],
    ['countLie', 'a bomb whose end record states one part', 'NOT_A_ZIP'],
    ['hidden', 'a bomb among the local entries, listed nowhere', 'NOT_A_ZIP'],
    ['streamed', 'a workbook with its sizes after each part (data descriptors)', 'WITHIN'],
    ['notZip', 'text that starts like a zip', 'NOT_A_ZIP'],
    ['empty', 'nothing', 'NOT_A_ZIP'],
  ])('%s: %s is %s', (key, _what, expected) => {
    expect(zipBound(files[key], LIMITS.maxBytes)).toBe(expected);
  });

  it('a zip read two ways is refused before the parser, IMPORT_FILE_UNREADABLE; one with data descriptors is read', async () => {
    for (const key of ['countLie', 'hidden']) {
      await expect(parseImportFile('firms.xlsx', files[key], LIMITS)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', rule: 'IMPORT_FILE_UNREADABLE' }] } });
    }
    expect(await parseImportFile('firms.xlsx', files.streamed, LIMITS)).toMatchObject({ headers: ROWS[0], rows: [{ row: 2, cells: ROWS[1] }] });
  });

  it('an Office document\'s parts are named only when both walks agree (what the material-type check reads)', () => {
    const docx = zipOf([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>'], ['word/vbaProject.bin', 'macro']]);
    expect(zipEntryNames(docx)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/vbaProject.bin']);
    expect(zipEntryNames(withStatedEntries(docx, 2))).toBeNull();
  });

  it('the limit is on the unpacked total', () => {
    const bytes = files.small;
    const total = bytes.length * 100; // comfortably more than it unpacks to
    expect(zipBound(bytes, total)).toBe('WITHIN');
    expect(zipBound(bytes, 1000)).toBe('TOO_LARGE');
  });

  it('the test workbook is a real one: the parser reads its rows', async () => {
    expect(files.bomb.length).toBeLessThan(300_000);
    const table = await parseImportFile('firms.xlsx', await xlsxWorkbook(ROWS, { padBytes: 1000 }), LIMITS);
    expect(table).toMatchObject({ format: 'XLSX', headers: ROWS[0], rows: [{ row: 2, cells: ROWS[1] }] });
  });

  it('a bomb is PAYLOAD_TOO_LARGE with the limit, from its directory, before the parser unpacks it', async () => {
    await expect(parseImportFile('firms.xlsx', files.bomb, LIMITS)).rejects.toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: LIMITS.maxBytes } });
  });

  it('through GraphQL: a 60 MB bomb is PAYLOAD_TOO_LARGE, as an oversized plain file is', async () => {
    const app = await startTestApp();
    try {
      const file = { name: 'firms.xlsx', contentBase64: files.bomb.toString('base64') };
      const result = await app.gql(`mutation($f: ImportFileInput!) { previewImport(kind: FIRMS, file: $f) { totalRows } }`, { f: file }, await app.tokenFor('clerk'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: app.config.imports.maxBytes });
    } finally {
      await app.close();
    }
  });
});

/** A workbook as a spreadsheet program writes it: cells at their places, repeated strings shared once. */
async function sheetOf(cells: Array<[row: number, column: number, value: string]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('firms');
  for (const [row, column, value] of cells) sheet.getCell(row, column).value = value;
  return Buffer.from(await workbook.xlsx.writeBuffer({ useSharedStrings: true } as never));
}

const refusal = (file: string, bytes: Buffer, limits = LIMITS) => parseImportFile(file, bytes, limits).then(() => 'read', (error: { extensions?: Record<string, unknown> }) => error.extensions);

describe('what a file expands into is held while it is read, not after', () => {
  const header: Array<[number, number, string]> = [[1, 1, ROWS[0][0]], [1, 2, ROWS[0][1]], [2, 1, ROWS[1][0]], [2, 2, ROWS[1][1]]];

  it('a sheet is read by the cells it holds: one cell far down is one more row, with its row number', async () => {
    const table = await parseImportFile('firms.xlsx', await sheetOf([...header, [20_000, 2, 'x']]), LIMITS);
    expect(table.rows.map((r) => r.row)).toEqual([2, 20_000]);
    expect(table.rows[1].cells).toEqual(['', 'x']);
  });

  it('a cell beyond the widest table an import reads is refused, however small the file (a sheet of rows × columns empty cells)', async () => {
    const bytes = await sheetOf([...header, [20_000, 1_000, 'y']]);
    expect(bytes.length).toBeLessThan(10_000);
    expect(await refusal('firms.xlsx', bytes)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', rule: 'IMPORT_TOO_WIDE' }] });
  });

  it('one long string shared by many cells: a cell longer than any field is refused, and so are more characters in all than the file limit', async () => {
    const long = await sheetOf([...header, ...Array.from({ length: 1_000 }, (_, i): [number, number, string] => [3 + i, 1, '长'.repeat(READ_LIMITS.maxCellChars + 1)])]);
    expect(await refusal('firms.xlsx', long)).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', rule: 'IMPORT_CELL_TOO_LONG' }] });
    const many = await sheetOf([...header, ...Array.from({ length: 2_000 }, (_, i): [number, number, string] => [3 + i, 1, 'x'.repeat(READ_LIMITS.maxCellChars)])]);
    expect(many.length).toBeLessThan(LIMITS.maxBytes);
    expect(await refusal('firms.xlsx', many)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: LIMITS.maxBytes });
  });

  it('blank lines are skipped as they are read: a file of only blank lines has no header, and the row limit counts rows that hold something', async () => {
    expect(await refusal('firms.csv', Buffer.from('\r\n'.repeat(2_000_000)))).toMatchObject({ fieldErrors: [{ field: 'file', rule: 'IMPORT_EMPTY' }] });
    const rows = Array.from({ length: 6 }, (_, i) => `湖州示范物业服务有限公司${i},91330502MA2B3C4D5E`);
    const spaced = Buffer.from(['企业名称,统一社会信用代码', ...rows].join('\n'.repeat(10_000)));
    expect(await refusal('firms.csv', spaced, { ...LIMITS, maxRows: 5 })).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitRows: 5 });
    const table = await parseImportFile('firms.csv', spaced, { ...LIMITS, maxRows: 6 });
    expect(table.rows.map((r) => r.row)).toEqual([10_001, 20_001, 30_001, 40_001, 50_001, 60_001]);
  });

  it('a CSV row: empty cells past the last column read are dropped, a filled one is refused; a cell longer than any field is refused', async () => {
    const trailing = Buffer.from(`企业名称,统一社会信用代码${','.repeat(300)}\n甲物业,91330502MA2B3C4D5E${','.repeat(300)}\n`);
    expect((await parseImportFile('firms.csv', trailing, LIMITS)).rows[0].cells.length).toBe(READ_LIMITS.maxColumns);
    const wide = Buffer.from(`企业名称,统一社会信用代码${','.repeat(150)}x\n`);
    expect(await refusal('firms.csv', wide)).toMatchObject({ fieldErrors: [{ field: 'file', rule: 'IMPORT_TOO_WIDE' }] });
    const long = Buffer.from(`企业名称\n"${'长'.repeat(READ_LIMITS.maxCellChars + 1)}"\n`);
    expect(await refusal('firms.csv', long)).toMatchObject({ fieldErrors: [{ field: 'file', rule: 'IMPORT_CELL_TOO_LONG' }] });
  });

  it('through GraphQL: the sparse workbook is a coded refusal, the server keeps answering, and a long cell is quoted back shortened', async () => {
    const app = await startTestApp();
    try {
      const token = await app.tokenFor('clerk');
      const preview = (name: string, bytes: Buffer) =>
        app.gql(`mutation($f: ImportFileInput!) { previewImport(kind: FIRMS, file: $f) { rows { fieldErrors { field rule given message } } } }`, { f: { name, contentBase64: bytes.toString('base64') } }, token);
      const sparse = await preview('firms.xlsx', await sheetOf([...header, [20_000, 1_000, 'y']]));
      expect(sparse.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'file', rule: 'IMPORT_TOO_WIDE' }] });
      const district = '区'.repeat(3_000);
      const long = await preview('firms.csv', Buffer.from(`企业名称,统一社会信用代码,法定代表人,注册地址,联系人,联系电话,所在区县\n湖州示范物业服务有限公司,91330502MA2B3C4D5E,沈建华,湖州市吴兴区人民路100号,钱丽,0572-2123456,${district}\n`));
      expect(long.errors).toBeUndefined();
      const errors = long.data.previewImport.rows[0].fieldErrors as Array<{ field: string; given: string | null; message: string }>;
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect((e.given ?? '').length).toBeLessThanOrEqual(200);
        expect(e.message.length).toBeLessThanOrEqual(400);
      }
      expect(errors.some((e) => e.given?.startsWith('区区区') && e.given.endsWith('…'))).toBe(true);
    } finally {
      await app.close();
    }
  });
});

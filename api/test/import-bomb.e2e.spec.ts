import { parseImportFile } from '../src/imports/parsers';
import { zipBound } from '../src/imports/zip-bound';
import { startTestApp } from './harness';
import { xlsxWorkbook } from './zip-bombs';

const LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 5000 };
const ROWS = [['企业名称', '统一社会信用代码'], ['湖州示范物业服务有限公司', '91330502MA2B3C4D5E']];

describe('zipBound: what an .xlsx unpacks to, before it is parsed', () => {
  // ~60 MB of sheet XML in a small upload, its sizes stated truly or understated in the directory
  const files: Record<string, Buffer> = {};
  beforeAll(async () => {
    files.small = await xlsxWorkbook(ROWS);
    files.bomb = await xlsxWorkbook(ROWS, { padBytes: 60_000_000 });
    files.lying = await xlsxWorkbook(ROWS, { padBytes: 60_000_000, understate: true });
    files.notZip = Buffer.from('PK\u0003\u0004 not really a zip');
    files.empty = Buffer.alloc(0);
  });

  it.each([
    ['small', 'a small workbook', 'WITHIN'],
    ['bomb', 'a bomb', 'TOO_LARGE'],
    ['lying', 'a bomb whose directory understates its sizes', 'TOO_LARGE'],
    ['notZip', 'text that starts like a zip', 'NOT_A_ZIP'],
    ['empty', 'nothing', 'NOT_A_ZIP'],
  ])('%s: %s is %s', (key, _what, expected) => {
    const started = Date.now();
    expect(zipBound(files[key], LIMITS.maxBytes)).toBe(expected);
    expect(Date.now() - started).toBeLessThan(500);
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

  it('a bomb is PAYLOAD_TOO_LARGE with the limit, in well under a second', async () => {
    const started = Date.now();
    await expect(parseImportFile('firms.xlsx', files.bomb, LIMITS)).rejects.toMatchObject({ extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: LIMITS.maxBytes } });
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('through GraphQL: a 60 MB bomb is PAYLOAD_TOO_LARGE, as an oversized plain file is, in well under a second', async () => {
    const app = await startTestApp();
    try {
      const file = { name: 'firms.xlsx', contentBase64: files.bomb.toString('base64') };
      const started = Date.now();
      const result = await app.gql(`mutation($f: ImportFileInput!) { previewImport(kind: FIRMS, file: $f) { totalRows } }`, { f: file }, await app.tokenFor('clerk'));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limitBytes: app.config.imports.maxBytes });
    } finally {
      await app.close();
    }
  });
});

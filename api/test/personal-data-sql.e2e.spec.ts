import { mask, maskSql, maskSqlExact, PersonalKind } from '../src/auth/personal-data';
import { startTestApp, TestApp } from './harness';

/**
 * The personal-data masks in SQL (auth/personal-data.ts maskSql), which a page PostgreSQL writes as its answer
 * uses, equal the JavaScript masks wherever maskSqlExact holds: printable ASCII. Null and '' go out as they are.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PHONES = ['13812345678', '138 1234 5678', ' 138-1234-5678 ', '+86 138 1234 5678', '0572-2123456', '123456', '1234567', '12 34 56', 'abcdefghij', '~!@#$%^&*()'];
const ID_NUMBERS = ['330502199001010014', '33050219900101001X', '123456789', '12345678', '1234', 'ABCDEFGHIJKLMNOP', '  33050219900101  '];

describe('maskSql equals mask on printable ASCII', () => {
  it.each<[PersonalKind, string[]]>([
    ['phone', PHONES],
    ['idNumber', ID_NUMBERS],
  ])('%s', async (kind, values) => {
    const rows: Array<{ value: string; masked: string; exact: boolean }> = await app.ds.query(
      `SELECT value, ${maskSql(kind, 'value')} AS masked, ${maskSqlExact('value')} AS exact FROM unnest($1::text[]) AS value`,
      [values],
    );
    expect(rows.map((r) => r.value)).toEqual(values);
    for (const row of rows) {
      expect(row.exact).toBe(true);
      expect([row.value, row.masked]).toEqual([row.value, mask(kind, row.value)]);
    }
  });

  it('leaves null and the empty string as they are, as the resolver does', async () => {
    const [row] = await app.ds.query(`SELECT ${maskSql('phone', 'NULL::text')} AS a, ${maskSql('phone', `''::text`)} AS b, ${maskSql('idNumber', `''::text`)} AS c, ${maskSqlExact('NULL::text')} AS exact`);
    expect(row).toEqual({ a: null, b: '', c: '', exact: true });
  });

  it.each(['138\t1234\n5678', '１３８12345678', '138\u00a012345678', '138\u300012345678', '😀13812345678', 'é13812345678'])('is not trusted beyond printable ASCII: %p', async (value) => {
    const [row] = await app.ds.query(`SELECT ${maskSqlExact('$1::text')} AS exact`, [value]);
    expect(row.exact).toBe(false);
  });
});

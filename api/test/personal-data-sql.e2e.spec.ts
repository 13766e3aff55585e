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

  it.each<PersonalKind>(['phone', 'idNumber'])('%s: on 500 generated strings of every printable ASCII character, spaces among them', async (kind) => {
    // a fixed generator (no Math.random): the same strings every run, each of 1-24 characters from ' ' to '~'
    let seed = 20261203;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const printable = (code: number) => String.fromCharCode(32 + (code % 95));
    const values = Array.from({ length: 500 }, (_, i) => Array.from({ length: 1 + (next() % 24) }, () => (i % 3 === 0 && next() % 4 === 0 ? ' ' : printable(next()))).join(''));
    values.push(Array.from({ length: 95 }, (_, code) => printable(code)).join(''));
    const rows: Array<{ masked: string; exact: boolean }> = await app.ds.query(
      `SELECT ${maskSql(kind, 'value')} AS masked, ${maskSqlExact('value')} AS exact FROM unnest($1::text[]) WITH ORDINALITY AS v(value, n) ORDER BY n`,
      [values],
    );
    expect(rows).toHaveLength(values.length);
    rows.forEach((row, i) => {
      expect(row.exact).toBe(true);
      expect([values[i], row.masked]).toEqual([values[i], mask(kind, values[i])]);
    });
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

import { mask, maskedSqlExact, maskSql, maskSqlExact, PersonalKind } from '../src/auth/personal-data';
import { startTestApp, TestApp } from './harness';

/**
 * The personal-data masks in SQL (auth/personal-data.ts maskSql), which a page PostgreSQL writes as its answer
 * uses, equal the JavaScript masks wherever maskSqlExact (ASCII, in SQL) and maskedSqlExact (on the masked value)
 * hold. Null and '' go out as they are.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const PHONES = ['13812345678', '138 1234 5678', ' 138-1234-5678 ', '+86 138 1234 5678', '0572-2123456', '123456', '1234567', '12 34 56', 'abcdefghij', '~!@#$%^&*()'];
const ID_NUMBERS = ['330502199001010014', '33050219900101001X', '123456789', '12345678', '1234', 'ABCDEFGHIJKLMNOP', '  33050219900101  '];

describe('maskSql equals mask on ASCII wherever it is trusted', () => {
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

  // a fixed generator (no Math.random): the same strings every run, each of 1-24 characters
  const generated = (alphabet: (code: number) => string, spaces: string) => {
    let seed = 20261203;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const values = Array.from({ length: 500 }, (_, i) =>
      Array.from({ length: 1 + (next() % 24) }, () => (i % 3 === 0 && next() % 4 === 0 ? spaces[next() % spaces.length] : alphabet(next()))).join(''),
    );
    values.push(Array.from({ length: 128 }, (_, code) => alphabet(code)).join(''));
    return values;
  };
  const maskedInSql = async (kind: PersonalKind, values: string[]) =>
    (await app.ds.query(
      `SELECT ${maskSql(kind, 'value')} AS masked, ${maskSqlExact('value')} AS exact FROM unnest($1::text[]) WITH ORDINALITY AS v(value, n) ORDER BY n`,
      [values],
    )) as Array<{ masked: string; exact: boolean }>;

  it.each<PersonalKind>(['phone', 'idNumber'])('%s: on 500 generated strings of every printable ASCII character, spaces among them', async (kind) => {
    const values = generated((code) => String.fromCharCode(32 + (code % 95)), ' ');
    const rows = await maskedInSql(kind, values);
    expect(rows).toHaveLength(values.length);
    rows.forEach((row, i) => {
      expect(row.exact).toBe(true);
      expect(maskedSqlExact(kind, row.masked)).toBe(true);
      expect([values[i], row.masked]).toEqual([values[i], mask(kind, values[i])]);
    });
  });

  it.each<PersonalKind>(['phone', 'idNumber'])('%s: on 500 generated strings of every ASCII character, tabs and newlines among them, wherever both halves trust it', async (kind) => {
    const values = generated((code) => String.fromCharCode(1 + (code % 127)), ' \t\n\v\f\r');
    const rows = await maskedInSql(kind, values);
    let trusted = 0;
    rows.forEach((row, i) => {
      expect(row.exact).toBe(true);
      if (!maskedSqlExact(kind, row.masked)) return;
      trusted++;
      expect([values[i], row.masked]).toEqual([values[i], mask(kind, values[i])]);
    });
    // most are trusted: a control character is refused only where the mask shows it
    expect(trusted).toBeGreaterThan(values.length / 2);
  });

  it.each<[string, boolean]>([
    ['138\t1234\n5678', true],
    ['123\t\t\t\t4567', true],
    [' 138\r\n1234 5678\t', false],
    ['13\v8 1234 5678', false],
    ['138 1234 567\f8', false],
    ['123\t\t456', false],
  ])('a phone with ASCII whitespace other than the space, %j: trusted (%p) only where the mask shows none', async (value, trusted) => {
    const [row] = await maskedInSql('phone', [value]);
    expect(row.exact).toBe(true);
    expect(maskedSqlExact('phone', row.masked)).toBe(trusted);
    if (trusted) expect(row.masked).toBe(mask('phone', value));
    else expect(row.masked).not.toBe(mask('phone', value));
  });

  it('leaves null and the empty string as they are, as the resolver does', async () => {
    const [row] = await app.ds.query(`SELECT ${maskSql('phone', 'NULL::text')} AS a, ${maskSql('phone', `''::text`)} AS b, ${maskSql('idNumber', `''::text`)} AS c, ${maskSqlExact('NULL::text')} AS exact`);
    expect(row).toEqual({ a: null, b: '', c: '', exact: true });
  });

  it.each(['１３８12345678', '138\u00a012345678', '138\u300012345678', '😀13812345678', 'é13812345678', '138123\u{1F600}\u{1F600}45678'])('is not trusted beyond ASCII: %j', async (value) => {
    const [row] = await app.ds.query(`SELECT ${maskSqlExact('$1::text')} AS exact`, [value]);
    expect(row.exact).toBe(false);
  });
});

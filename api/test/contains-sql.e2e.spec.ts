import { containsSql, likePattern } from '../src/shared/list-filters';
import { startTestApp, TestApp } from './harness';

/**
 * A "contains" filter is written with strpos (shared/list-filters.ts containsSql) so that PostgreSQL keeps one plan
 * for a list read; it must match exactly the rows LIKE (a term without case) or ILIKE (a term with a cased letter)
 * matched with the term's wildcards escaped.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const NAMES = [
  '湖州龙庭物业服务有限公司', '吴兴区绿城物业（湖州）', 'ABC Property 物业', 'abc property', 'Straße 12 号', 'STRASSE 12',
  'École 物业', 'ecole', 'İstanbul', 'istanbul', 'ǅemal', 'ǆemal', '100% 满意', '100 满意', 'a_b', 'axb', 'back\\slash', '',
  '物业 服务', '物业\u3000服务', '😀物业', 'Ⅻ区', 'ⅻ区', 'café', 'i̇x', 'Ǆemal',
];
const TERMS = ['物业', '物业服务', '湖州', 'abc', 'ABC', 'Property', 'straße', 'STRASSE', 'é', 'É', 'ecole', 'i̇', 'İ', 'ǅ', 'ǆ', 'Ǆ', '%', '100%', '_', 'a_b', '\\', 'back\\s', ' ', '\u3000', '😀', 'Ⅻ', 'ⅻ', 'x'];

it.each(TERMS)('strpos matches the rows LIKE/ILIKE with escaped wildcards matched: %j', async (term) => {
  const contains = containsSql('n', 'term', term).replace(/:term/g, '$2');
  const operator = contains.includes('lower(') ? 'ILIKE' : 'LIKE';
  const rows: Array<{ n: string; strpos: boolean; like: boolean }> = await app.ds.query(
    `SELECT n, ${contains} AS strpos, n ${operator} $3 AS like FROM unnest($1::text[]) WITH ORDINALITY AS v(n, i) ORDER BY i`,
    [NAMES, term, likePattern(term)],
  );
  expect(rows).toHaveLength(NAMES.length);
  expect(rows.filter((r) => r.strpos !== r.like)).toEqual([]);
  expect(rows.some((r) => r.like)).toBe(true); // every term finds something: the comparison is not of two empty sets
});

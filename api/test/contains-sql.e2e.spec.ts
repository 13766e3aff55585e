import { containsOperator, containsSearch, oneForm, widthForms, likePattern } from '../src/shared/list-filters';
import { startTestApp, TestApp } from './harness';

/**
 * A "contains" filter on a term without case is written with strpos (shared/list-filters.ts containsSearch) so that
 * PostgreSQL keeps one plan for a list read: it must find exactly the rows LIKE with the term's wildcards escaped
 * found, on text as the registry stores names (the zh_pinyin collation) and on plain text. A cased term keeps ILIKE.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const NAMES = [
  '湖州龙庭物业服务有限公司', '吴兴区绿城物业（湖州）', 'ABC Property 物业', 'abc property', '100% 满意', '100 满意', 'a_b', 'axb',
  'back\\slash', '', '物业 服务', '物业\u3000服务', '😀物业', 'Ⅻ区', 'café', '（湖州）', '湖州', '州湖',
];
const TERMS = ['物业', '物业服务', '湖州', '（湖州）', '%', '100%', '_', '\\', ' ', '\u3000', '😀', '100 ', '满意'];

describe.each(['text', 'text COLLATE zh_pinyin'])('strpos finds the rows LIKE found, on %s', (type) => {
  it.each(TERMS)('%j', async (term) => {
    expect(containsOperator(term)).toBe('LIKE');
    const search = oneForm(term, 'term');
    expect(search.where('n')).toBe('strpos(n, :term) > 0');
    const rows: Array<{ n: string; strpos: boolean; like: boolean }> = await app.ds.query(
      `SELECT n, ${search.where('n').replace(':term', '$2')} AS strpos, n LIKE $3 AS like
         FROM (SELECT n::${type} AS n, i FROM unnest($1::text[]) WITH ORDINALITY AS v(n, i)) v ORDER BY i`,
      [NAMES, search.value, likePattern(term)],
    );
    expect(rows).toHaveLength(NAMES.length);
    expect(rows.filter((r) => r.strpos !== r.like)).toEqual([]);
    expect(rows.some((r) => r.like)).toBe(true); // every term finds something: the comparison is not of two empty sets
  });
});

it.each(['ABC', 'Property', 'é'])('a cased term keeps ILIKE with its wildcards escaped: %j', (term) => {
  const search = oneForm(term, 'term');
  expect([search.where('n'), search.value]).toEqual(['n ILIKE :term', likePattern(term)]);
});

describe('a term is found in either width (users’ review F16: （湖州） typed with a Chinese input method found nothing)', () => {
  it.each([
    ['（湖州）', ['吴兴区绿城物业（湖州）', '（湖州）', '绿城(湖州)']],
    ['(湖州)', ['吴兴区绿城物业（湖州）', '（湖州）', '绿城(湖州)']],
    ['ＡＢＣ', ['ABC Property 物业', 'abc property', 'ＡＢＣ物业']],
  ])('%j', async (term, found) => {
    const search = containsSearch(term, 'term');
    const names = [...NAMES, '绿城(湖州)', 'ＡＢＣ物业'];
    let i = 1;
    const params: unknown[] = [names];
    const sql = search.where('n').replace(/:(term(?:_w\d)?)/g, (_m, name: string) => {
      params.push(search.params[name]);
      return `$${++i}`;
    });
    const rows: Array<{ n: string }> = await app.ds.query(`SELECT n FROM unnest($1::text[]) AS v(n) WHERE ${sql}`, params);
    expect(rows.map((r) => r.n).sort()).toEqual([...found].sort());
  });

  it('a term of Chinese words alone is one form, as before (one plan, one strpos)', () => {
    expect(containsSearch('物业服务', 'term').where('n')).toBe('strpos(n, :term) > 0');
    expect(widthForms('物业服务')).toEqual(['物业服务']);
  });
});

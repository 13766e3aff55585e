import { AppError } from './errors';
import { containsOperator, filterClauses, FilterRule, likePattern, readsCaller } from './list-filters';

const rule = (r: FilterRule<any>) => ({ f: r });

describe('a declared filter field becomes one clause', () => {
  it.each<[string, FilterRule<any>, unknown, Array<{ sql: string; params: object }>]>([
    ['eq binds the value', { op: 'eq', column: 'p.status' }, 'ACTIVE', [{ sql: 'p.status = :filter_f', params: { filter_f: 'ACTIVE' } }]],
    ['eq keeps false (a boolean asked for)', { op: 'eq', column: 'u.active' }, false, [{ sql: 'u.active = :filter_f', params: { filter_f: false } }]],
    ['eq of an id binds an integer', { op: 'eq', column: 'p.estateId', id: true }, '42', [{ sql: 'p.estateId = :filter_f', params: { filter_f: 42 } }]],
    ['eq of a text id binds it as given', { op: 'eq', column: 'a.entityId' }, '42', [{ sql: 'a.entityId = :filter_f', params: { filter_f: '42' } }]],
    ['any of ids binds integers', { op: 'any', column: 'p.id', id: true }, ['1', '2'], [{ sql: 'p.id = ANY(:filter_f)', params: { filter_f: [1, 2] } }]],
    ['any of no ids still narrows (to nothing)', { op: 'any', column: 'p.id', id: true }, [], [{ sql: 'p.id = ANY(:filter_f)', params: { filter_f: [] } }]],
    ['contains a term without case: strpos', { op: 'contains', columns: ['p.name'] }, '龙庭', [{ sql: '(strpos(p.name, :filter_f) > 0)', params: { filter_f: '龙庭' } }]],
    ['contains a term with a cased letter: ILIKE, in the column\'s collation', { op: 'contains', columns: ['p.name'] }, '龙庭a', [{ sql: '((p.name ILIKE :filter_f OR p.name ILIKE :filter_f_w1))', params: { filter_f: '%龙庭a%', filter_f_w1: '%龙庭ａ%' } }]],
    ['contains an upper-case term: ILIKE', { op: 'contains', columns: ['p.code'] }, 'HZ', [{ sql: '((p.code ILIKE :filter_f OR p.code ILIKE :filter_f_w1))', params: { filter_f: '%HZ%', filter_f_w1: '%ＨＺ%' } }]],
    [
      'contains on two columns, either matching; wildcards are plain text',
      { op: 'contains', columns: ['e.name', 'e.address'] },
      '物业_%',
      // and in full width too (users' review F16: a term typed with a Chinese input method)
      [
        {
          sql: '((strpos(e.name, :filter_f) > 0 OR strpos(e.name, :filter_f_w1) > 0) OR (strpos(e.address, :filter_f) > 0 OR strpos(e.address, :filter_f_w1) > 0))',
          params: { filter_f: '物业_%', filter_f_w1: '物业＿％' },
        },
      ],
    ],
    ['contains a cased term on two columns: wildcards escaped', { op: 'contains', columns: ['e.name', 'e.address'] }, 'a_b', [{ sql: '((e.name ILIKE :filter_f OR e.name ILIKE :filter_f_w1) OR (e.address ILIKE :filter_f OR e.address ILIKE :filter_f_w1))', params: { filter_f: '%a\\_b%', filter_f_w1: '%ａ＿ｂ%' } }]],
    ['contains on a trigram index: LIKE, which the index serves', { op: 'contains', columns: ['o.name'], trigram: true }, '龙庭', [{ sql: '(o.name LIKE :filter_f)', params: { filter_f: '%龙庭%' } }]],
    ['contains on a trigram index, a cased term: ILIKE, wildcards escaped', { op: 'contains', columns: ['o.name'], trigram: true }, 'a_b', [{ sql: '((o.name ILIKE :filter_f OR o.name ILIKE :filter_f_w1))', params: { filter_f: '%a\\_b%', filter_f_w1: '%ａ＿ｂ%' } }]],
    ['enum: the enum\'s own constant in the SQL, nothing bound', { op: 'enum', column: 'p.status', values: { ACTIVE: 'ACTIVE', REVOKED: 'REVOKED' } }, 'REVOKED', [{ sql: "p.status = 'REVOKED'", params: {} }]],
    ['gt', { op: 'gt', column: 'p.updatedAt' }, '2025-01-01', [{ sql: 'p.updatedAt > :filter_f', params: { filter_f: '2025-01-01' } }]],
    [
      'between two columns, both included',
      { op: 'between', from: 'p.contractStart', to: 'p.contractEnd' },
      '2025-06-01',
      [{ sql: ':filter_f BETWEEN p.contractStart AND p.contractEnd', params: { filter_f: '2025-06-01' } }],
    ],
    ['sql as text binds the value to its parameter', { op: 'sql', where: (_v, p) => `x = :${p}` }, 'v', [{ sql: 'x = :filter_f', params: { filter_f: 'v' } }]],
    ['sql with parameters of its own', { op: 'sql', where: (v) => ({ sql: v ? 'a < :today' : 'NOT a < :today', params: { today: 'T' } }) }, false, [{ sql: 'NOT a < :today', params: { today: 'T' } }]],
    ['sql returning null adds nothing', { op: 'sql', where: (v) => (v ? 'x' : null) }, false, []],
    ['sqlId binds the checked integer', { op: 'sqlId', where: (id, p) => `y IN (SELECT ${id + 1} WHERE :${p} > 0)` }, '7', [{ sql: 'y IN (SELECT 8 WHERE :filter_f > 0)', params: { filter_f: 7 } }]],
  ])('%s', (_name, r, value, clauses) => {
    expect(filterClauses(rule(r), { f: value })).toEqual(clauses);
  });

  it.each([undefined, null, ''])('adds nothing for %p', (value) => {
    expect(filterClauses(rule({ op: 'eq', column: 'p.estateId', id: true }), { f: value })).toEqual([]);
  });

  it('ignores fields the filter does not carry, and keeps the declared order', () => {
    const rules = { b: { op: 'eq', column: 'b' }, a: { op: 'eq', column: 'a' }, c: { op: 'eq', column: 'c' } } as const;
    expect(filterClauses(rules, { a: 1, b: 2 }).map((c) => c.sql)).toEqual(['b = :filter_b', 'a = :filter_a']);
  });

  it.each<[FilterRule<any>, unknown]>([
    [{ op: 'eq', column: 'x', id: true }, 'abc'],
    [{ op: 'any', column: 'x', id: true }, ['1', '-2']],
    [{ op: 'sqlId', where: () => 'x' }, '1.5'],
  ])('refuses a bad id as a field error on filter.<field> (%p, %p)', (r, value) => {
    try {
      filterClauses({ estateId: r }, { estateId: value });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'filter.estateId', rule: 'ID' })]);
    }
  });

  it.each(["ACTIVE' OR '1'='1", 'active', 'ACTIVE ', 42, ['ACTIVE']])('refuses a value outside the enum as a field error, writing nothing (%p)', (value) => {
    try {
      filterClauses({ status: { op: 'enum', column: 'p.status', values: { ACTIVE: 'ACTIVE' } } }, { status: value });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'filter.status', rule: 'ENUM' })]);
    }
  });

  it('never writes an enum value that is more than letters, digits and underscores', () => {
    expect(() => filterClauses({ s: { op: 'enum', column: 'p.s', values: { BAD: "A'B" } } }, { s: "A'B" })).toThrow(/cannot be written as a constant/);
  });
});

describe('containsOperator: LIKE only where no letter of the term has case', () => {
  it.each([
    ['物业服务', 'LIKE'],
    ['3305', 'LIKE'],
    ['（湖州）', 'LIKE'],
    ['_%', 'LIKE'],
    ['abc', 'ILIKE'],
    ['ABC', 'ILIKE'],
    ['湖州x', 'ILIKE'],
    ['ß', 'ILIKE'],
    ['É', 'ILIKE'],
    ['ǅ', 'ILIKE'],
  ])('%s → %s', (text, op) => {
    expect(containsOperator(text)).toBe(op);
  });
});

describe('likePattern', () => {
  it.each([
    ['abc', '%abc%'],
    ['100%', '%100\\%%'],
    ['a_b', '%a\\_b%'],
    ['back\\slash', '%back\\\\slash%'],
    ['', '%%'],
  ])('%p → %p', (text, pattern) => expect(likePattern(text)).toBe(pattern));
});

describe('whether a filter may read who asks (the response cache keys its answer by the caller)', () => {
  const sql: FilterRule<any> = { op: 'sql', where: (_v, p) => `x = :${p}` };
  it.each<[string, FilterRule<any>, unknown, boolean]>([
    ['an operator reads only its value', { op: 'eq', column: 'f.status' }, 'ACTIVE', false],
    ['contains reads only its value', { op: 'contains', columns: ['f.name'] }, '湖州', false],
    ['custom SQL that declares nothing is taken to read the caller', sql, true, true],
    ['custom SQL asked for false all the same (mine: false)', sql, false, true],
    ['custom SQL for an id, undeclared', { op: 'sqlId', where: (_id, p) => `x = :${p}` }, '3', true],
    ['custom SQL declared to read only its value', { ...sql, readsCaller: false }, true, false],
    ['custom SQL declared to read the caller', { ...sql, readsCaller: true }, true, true],
    ['custom SQL not asked for (null)', sql, null, false],
    ['custom SQL not asked for (empty text)', sql, '', false],
    ['custom SQL not asked for (absent)', sql, undefined, false],
  ])('%s', (_what, r, value, expected) => {
    expect(readsCaller(rule(r), { f: value })).toBe(expected);
  });
});

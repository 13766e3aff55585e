import { preparedStatementNames } from './prepared-statements';

/** Which texts are sent as named statements: the second use, within the process's limit. */
describe('prepared statement names', () => {
  it.each<[string, number, string[], Array<boolean>]>([
    ['a text is named on its second use, and keeps its name', 10, ['a', 'a', 'a'], [false, true, true]],
    ['texts used once are never named', 10, ['a', 'b', 'c'], [false, false, false]],
    ['past the limit no new text is named; the named ones stay', 1, ['a', 'a', 'b', 'b', 'b', 'a'], [false, true, false, false, false, true]],
    ['a limit of zero names nothing', 0, ['a', 'a', 'a'], [false, false, false]],
  ])('%s', (_name, limit, uses, named) => {
    const names = preparedStatementNames(limit);
    expect(uses.map((text) => names.nameFor(text) !== null)).toEqual(named);
  });

  it('gives one text one name, different texts different names, all valid PostgreSQL identifiers', () => {
    const names = preparedStatementNames(10);
    for (const text of ['SELECT $1', 'SELECT $1', 'SELECT $1 + 1', 'SELECT $1 + 1']) names.nameFor(text);
    const first = names.nameFor('SELECT $1')!;
    const second = names.nameFor('SELECT $1 + 1')!;
    expect(first).not.toBe(second);
    for (const name of [first, second]) expect(name).toMatch(/^[a-z][a-z0-9_]{1,62}$/);
    expect(names.size).toBe(2);
  });

  it('renews a stale text under a new name, leaving the others', () => {
    const names = preparedStatementNames(10);
    for (const text of ['a', 'a', 'b', 'b']) names.nameFor(text);
    const [a, b] = [names.nameFor('a'), names.nameFor('b')];
    names.renew('a');
    expect(names.nameFor('a')).not.toBe(a);
    expect(names.nameFor('b')).toBe(b);
  });

  it('forgets the texts used once when a flood of one-off texts arrives, so memory stays bounded', () => {
    const names = preparedStatementNames(2);
    names.nameFor('kept');
    for (let i = 0; i < 8; i++) names.nameFor(`one-off ${i}`);
    // the flood cleared what was seen once: 'kept' counts as new again
    expect(names.nameFor('kept')).toBeNull();
    expect(names.nameFor('kept')).not.toBeNull();
  });
});

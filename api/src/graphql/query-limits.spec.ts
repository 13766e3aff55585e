import { buildSchema, parse, validate } from 'graphql';
import { loadConfig } from '../config';
import { checkQueryText, costCounter, costKey, MAX_NESTING, queryShapeRules, queryTextChecker, repeatedFieldCount } from './query-limits';

const limits = loadConfig({}).limits;
const code = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { extensions?: { code?: string; http?: { status?: number } } }).extensions;
  }
};

describe('the query text', () => {
  it.each([
    ['a small query', '{ firms { totalItems } }'],
    ['comments do not count', `# ${'x '.repeat(5000)}\n{ me { id } }`],
    ['a syntax error is left to the parser', '{ firms( '],
  ])('%s passes', (_what, text) => {
    expect(code(() => checkQueryText(text, limits))).toBeNull();
  });

  // the nesting limit holds whatever MAX_QUERY_TOKENS allows
  it.each([
    ['too many tokens', `{ ${'a '.repeat(limits.maxTokens + 1)}}`, limits.maxTokens],
    ['selections nested deeper than the parser may recurse', `{${'a{'.repeat(MAX_NESTING)}b${'}'.repeat(MAX_NESTING + 1)}`, 20_000],
    ['lists nested deeper than the parser may recurse', `{ a(x: ${'['.repeat(MAX_NESTING + 1)}${']'.repeat(MAX_NESTING + 1)}) }`, 20_000],
    ['a nesting of 100,000 brackets', `{ a(x: ${'['.repeat(100_000)}) }`, 20_000],
    ['a field repeated hundreds of times', `{ ${'a { b } '.repeat(200)}}`, limits.maxTokens],
    ['repeats hidden in inline fragments', `{ ${'... on Query { a { b } } '.repeat(100)}}`, limits.maxTokens],
  ])('%s is QUERY_TOO_COMPLEX (400) before Apollo parses it', (_what, text, maxTokens) => {
    expect(code(() => checkQueryText(text, { maxTokens }))).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      http: { status: 400 },
    });
  });
});

describe('the query text checker of a server', () => {
  it('remembers only what passed: a refused text is refused every time it comes, a passed one passes again', () => {
    const check = queryTextChecker({ maxTokens: 50 });
    const small = '{ firms { totalItems } }';
    const long = `{ ${'a '.repeat(51)}}`;
    for (let round = 0; round < 3; round++) {
      expect(code(() => check(small))).toBeNull();
      expect(code(() => check(long))).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    }
  });
});

describe('the document shape', () => {
  const schema = buildSchema('type Query { a(x: Int): A b: Int } type A { b: Int c: A }');
  const refusal = (text: string) => {
    const errors = validate(schema, parse(text), queryShapeRules({ ...limits, maxDepth: 4, maxAliases: 3, maxDirectives: 2 }));
    return errors.length ? errors[0].extensions : null;
  };

  it.each([
    ['{ a { c { c { b } } } }'],
    ['{ x: a { b } y: a { b } z: a { b } }'],
    ['{ __typename t: __typename u: __typename v: __typename w: __typename }'],
    ['{ b @include(if: true) a @skip(if: false) { b } }'],
    ['{ ...F } fragment F on Query { a { c { c { b } } } }'],
    ['{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }'],
  ])('%s is allowed', (text) => {
    expect(refusal(text)).toBeNull();
  });

  it.each([
    ['too deep', '{ a { c { c { c { b } } } } }'],
    ['too deep through fragments', '{ ...F } fragment F on Query { a { ...G } } fragment G on A { c { c { c { b } } } }'],
    ['too many aliases', '{ w: a { b } x: a { b } y: a { b } z: a { b } }'],
    ['aliases hidden in a fragment', '{ ...F } fragment F on Query { w: b x: b y: b z: b }'],
    ['too many directives', '{ b @include(if: true) @skip(if: false) a @include(if: true) { b } }'],
  ])('%s is QUERY_TOO_COMPLEX (400)', (_what, text) => {
    expect(refusal(text)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', http: { status: 400 } });
  });

  it.each([
    ['{ a { b } a { b } }', 1],
    ['{ a { b b } x: a { b } }', 1],
    ['{ ... on Query { b } b }', 1],
    ['{ a { c { b } c { b } } }', 1],
  ])('%s repeats %i field', (text, repeated) => {
    expect(repeatedFieldCount(parse(text))).toBe(repeated);
  });
});

describe('the cost', () => {
  const schema = buildSchema(`
    type Query { things(options: Options): ThingList! dashboard: Int thing: Thing }
    input Options { take: Int }
    type ThingList { items: [Thing!]! totalItems: Int! nextCursor: String }
    type Thing { name: String parts: [Thing!]! }
  `);
  const check = costCounter(schema, { ...limits, maxComplexity: 2500, maxTake: 200 });
  const cost = (text: string, variables: Record<string, unknown> = {}) => {
    const document = parse(text);
    const operation = document.definitions[0] as never;
    return code(() => check(document, operation, variables));
  };

  it('a page costs its size times its items', () => {
    expect(cost('{ things(options: { take: 20 }) { items { name } } }')).toBeNull();
    expect(cost('{ things(options: { take: 200 }) { items { name parts { name } } } }')).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('takes the page size from the variables', () => {
    const text = 'query Q($o: Options) { things(options: $o) { items { name parts { name } } } }';
    expect(cost(text, { o: { take: 5 } })).toBeNull();
    expect(cost(text, { o: { take: 200 } })).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('counts every alias and introspection', () => {
    expect(cost('{ a: thing { name } }')).toBeNull();
    expect(cost('{ __schema { types { name } } }')).toBeNull();
    expect(cost('{ a: __schema { types { name } } b: __schema { types { name } } }')).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('the cost memo key', () => {
  it('leaves out what no estimator reads (cursor, filter, sort, skip inside an argument), keeps take and top-level variables', () => {
    const page = (after: string | null, take: number) => ({ options: { take, after, filter: { name: after }, sort: { field: 'ID' }, skip: 3 }, skip: true });
    expect(costKey(page('a', 25))).toBe(costKey(page('b', 25)));
    expect(costKey(page('a', 25))).not.toBe(costKey(page('a', 26)));
    expect(costKey({ after: true })).not.toBe(costKey({ after: false }));
  });
});

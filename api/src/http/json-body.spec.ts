import { firstInexactNumber, nestsDeeperThan } from './json-body';

const bytes = (text: string) => Buffer.from(text);

describe('JSON nesting', () => {
  it.each([
    ['{"query":"{ me { id } }","variables":{"input":{"members":[{"name":"张三"}]}}}', 5, false],
    ['[[[[]]]]', 4, false],
    ['[[[[[]]]]]', 4, true],
    ['{"a":{"b":{"c":{"d":{}}}}}', 4, true],
    ['{"q":"[[[[[[[[[[ brackets in a string ]]]]]]"}', 2, false],
    ['{"q":"an escaped quote \\" then [[[[[[ still text"}', 2, false],
    [`{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 64, true],
  ])('%s nests deeper than %i: %p', (text, max, deeper) => {
    expect(nestsDeeperThan(bytes(text), max)).toBe(deeper);
  });
});

describe('firstInexactNumber: a JSON number JSON.parse would round is found with its path', () => {
  const found = (text: string) => firstInexactNumber(Buffer.from(text));
  it.each([
    ['{"variables":{"amount":0.1}}', null],
    ['{"variables":{"n":9007199254740991}}', null], // the largest safe integer
    ['{"variables":{"n":-9007199254740991}}', null],
    ['{"variables":{"x":123456789012345}}', null],
    ['{"variables":{"x":1.23456789012345}}', null], // 15 digits
    ['{"variables":{"x":1.10000000000000000000}}', null], // trailing zeros change nothing
    ['{"variables":{"x":0.000000000000000000001}}', null],
    ['{"variables":{"x":1e21}}', null], // exact: the Decimal scalar refuses it as a number
    ['{"variables":{"x":-0}}', null],
    ['{"query":"{ a(x: 12345678901234567890) }"}', null], // inside a string: the document's own literal
    ['{"variables":{"s":"12345678901234567890"}}', null],
    ['{"variables":{"n":9007199254740992}}', 'variables.n'],
    ['{"variables":{"n":-9007199254740993}}', 'variables.n'],
    ['{"variables":{"n":12345678901234567890}}', 'variables.n'],
    ['{"variables":{"x":1.234567890123456}}', 'variables.x'], // 16 significant digits
    ['{"variables":{"x":0.1234567890123456}}', 'variables.x'],
    ['{"variables":{"x":1e400}}', 'variables.x'],
    ['{"variables":{"x":1e-400}}', 'variables.x'],
    ['{"variables":{"input":{"items":[{"a":1},{"a":"x\\"","area":12345678.123456789}]}}}', 'variables.input.items[1].area'],
    ['[{"variables":{"ok":1}},{"variables":{"list":[1,2,99999999999999999]}}]', '[1].variables.list[2]'],
  ])('%s → %p', (text, path) => {
    expect(found(text)?.path ?? null).toBe(path);
  });
});

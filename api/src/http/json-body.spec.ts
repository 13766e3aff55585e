import { nestsDeeperThan } from './json-body';

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

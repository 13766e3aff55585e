import { canonicalJson, NotCanonicalError, sha256OfCanonical } from './canonical-json';

describe('canonical JSON: sorted keys, no whitespace, numbers as strings', () => {
  it.each<[string, unknown, string]>([
    ['keys sorted by code unit, nested too', { b: '1', a: { d: true, c: null } }, '{"a":{"c":null,"d":true},"b":"1"}'],
    ['arrays keep their order', { list: ['3', '1', '2'] }, '{"list":["3","1","2"]}'],
    ['upper case sorts before lower case', { b: '', B: '', a: '' }, '{"B":"","a":"","b":""}'],
    ['Chinese text as it is, not escaped', { 名: '龙庭小区' }, '{"名":"龙庭小区"}'],
    ['control characters escaped as JSON does', { s: 'a\nb"c' }, '{"s":"a\\nb\\"c"}'],
    ['undefined members are left out', { a: '1', b: undefined }, '{"a":"1"}'],
    ['fractions are plain strings', { share: '250/360' }, '{"share":"250/360"}'],
    ['empty containers', { a: [], o: {} }, '{"a":[],"o":{}}'],
  ])('%s', (_why, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever order the members were written in', () => {
    expect(canonicalJson({ x: '1', y: ['a', { q: '2', p: '3' }] })).toBe(canonicalJson({ y: ['a', { p: '3', q: '2' }], x: '1' }));
  });

  it.each<[string, unknown, string]>([
    ['a number', { headcount: 360 }, '$.headcount'],
    ['a number in an array', { list: ['1', 2] }, '$.list[1]'],
    ['a bigint', { n: 1n }, '$.n'],
    ['a Date', { at: new Date(0) }, '$.at'],
    ['a lone surrogate', { s: '\ud800' }, '$.s'],
  ])('refuses %s, naming where', (_why, value, path) => {
    expect(() => canonicalJson(value)).toThrow(NotCanonicalError);
    expect(() => canonicalJson(value)).toThrow(new RegExp(`^${path.replace(/[[\].$]/g, '\\$&')}:`));
  });

  it('hashes the UTF-8 bytes of the canonical text', () => {
    // printf '{"a":"1","b":"龙"}' | sha256sum
    expect(sha256OfCanonical({ b: '龙', a: '1' })).toBe('0b1ed67f8184cbf72b8a657756888248fe587d66fadb1ad4e27bc9d5d758635b');
    expect(sha256OfCanonical({ a: '1' })).toMatch(/^[0-9a-f]{64}$/);
  });
});

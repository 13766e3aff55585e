import { GraphQLEnumType, GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLString } from 'graphql';
import { isoFromUtcWallTime, leafWriter, rowValue } from './read-plan';

describe('a UTC wall time as PostgreSQL prints it, written as Date#toISOString writes it (the text lane)', () => {
  it.each([
    ['2026-12-02 13:18:12.603', '2026-12-02T13:18:12.603Z'],
    // PostgreSQL leaves out trailing zeros of the fraction, and the fraction itself when it is zero
    ['2026-12-02 13:18:12.6', '2026-12-02T13:18:12.600Z'],
    ['2026-12-02 13:18:12.06', '2026-12-02T13:18:12.060Z'],
    ['2026-12-02 13:18:12', '2026-12-02T13:18:12.000Z'],
    ['1999-01-01 00:00:00.001', '1999-01-01T00:00:00.001Z'],
  ])('%s → %s', (text, iso) => {
    expect(isoFromUtcWallTime(text)).toBe(iso);
    expect(new Date(iso).toISOString()).toBe(iso);
  });

  it.each([
    ['more than milliseconds', '2026-12-02 13:18:12.603421'],
    ['a year before 1000 or after 9999', '20260-12-02 13:18:12'],
    ['before the common era', '0044-03-15 12:00:00 BC'],
    ['an offset', '2026-12-02 13:18:12+08'],
    ['infinity', 'infinity'],
    ['a point with no fraction', '2026-12-02 13:18:12.'],
    ['a letter for a digit', '2026-12-02 13:1x:12.6'],
    ['a full-width digit', '2026-12-02 13:18:1２.6'],
    ['a letter in the fraction', '2026-12-02 13:18:12.6a'],
    ['ISO 8601 already', '2026-12-02T13:18:12.6'],
    ['a comma for the point', '2026-12-02 13:18:12,6'],
  ])('%s (%s) is not written: the page goes the ordinary way', (_what, text) => {
    expect(isoFromUtcWallTime(text)).toBeNull();
  });
});

describe('a text-lane column written as graphql-js writes the field', () => {
  it.each([
    ['string', 'say "你好"\n', '"say \\"你好\\"\\n"'],
    ['string', null, 'null'],
    ['number', 42, '42'],
    ['boolean', false, 'false'],
    ['id', 7, '"7"'],
    ['id', 'w1', '"w1"'],
    ['date', '2026-12-02', '"2026-12-02"'],
    ['timestamp', '2026-12-02 13:18:12.6', '"2026-12-02T13:18:12.600Z"'],
  ] as const)('%s %j → %s', (kind, value, json) => {
    expect(rowValue(kind, value)).toBe(json);
  });

  it.each([
    // another DateStyle prints dates and timestamps otherwise: such a page is written the ordinary way
    ['date', '12/02/2026'],
    ['date', '02.12.2026'],
    ['date', '2026-12-0２'],
    ['date', '2026-12-02 BC'],
    ['timestamp', '12/02/2026 13:18:12.60'],
    // a decimal that a type parser turned into a number would lose its digits: the page goes the ordinary way
    ['string', 12.5],
    ['date', new Date(0)],
  ] as const)('%s %s is not written', (kind, value) => {
    expect(rowValue(kind, value)).toBeUndefined();
  });
});

describe("a computed leaf written as graphql-js completes and writes it (the text lane's computed fields)", () => {
  const Action = new GraphQLEnumType({ name: 'Action', values: { SUBMIT: { value: 'SUBMIT' }, APPROVE: { value: 'APPROVE' } } });
  const actions = new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Action)));
  it.each([
    ['a list of enum values', actions, ['SUBMIT', 'APPROVE'], '["SUBMIT","APPROVE"]'],
    ['an empty list', actions, [], '[]'],
    ['a nullable string, null', GraphQLString, null, 'null'],
    ['a nullable list, null', new GraphQLList(Action), undefined, 'null'],
    ['a string that needs escaping', GraphQLString, '他说"好"\n', '"他说\\"好\\"\\n"'],
    ['an int', GraphQLInt, 42, '42'],
  ] as const)('%s', (_what, type, value, json) => {
    expect(leafWriter(type)!(value)).toBe(json);
    expect(JSON.parse(json)).toEqual(value ?? null);
  });

  it.each([
    // errors graphql-js reports: the page goes the ordinary way, where it does
    ['a null where the schema forbids one', actions, null],
    ['a null item of a list of non-null items', actions, ['SUBMIT', null]],
    ['a value the enum does not have', actions, ['DELETE']],
    ['an int out of range', GraphQLInt, 2 ** 40],
    // graphql-js takes any iterable; the ordinary way writes it
    ['a list that is not an array', actions, new Set(['SUBMIT'])],
  ] as const)('%s: not written here', (_what, type, value) => {
    expect(leafWriter(type)!(value)).toBeUndefined();
  });

  it('an object type has no writer', () => {
    const Thing = new GraphQLObjectType({ name: 'Thing', fields: { id: { type: GraphQLInt } } });
    expect(leafWriter(Thing)).toBeNull();
    expect(leafWriter(new GraphQLList(Thing))).toBeNull();
  });
});

import { Lru } from './lru';

type Step = ['get', string, number | undefined] | ['set', string, number];

describe('Lru keeps the entries used last', () => {
  it.each<[string, number, Step[], string[]]>([
    ['holds up to its capacity', 2, [['set', 'a', 1], ['set', 'b', 2]], ['a', 'b']],
    ['drops the oldest past capacity', 2, [['set', 'a', 1], ['set', 'b', 2], ['set', 'c', 3], ['get', 'a', undefined]], ['b', 'c']],
    ['a read makes an entry the newest', 2, [['set', 'a', 1], ['set', 'b', 2], ['get', 'a', 1], ['set', 'c', 3], ['get', 'b', undefined]], ['a', 'c']],
    ['a write replaces the value and makes it the newest', 2, [['set', 'a', 1], ['set', 'b', 2], ['set', 'a', 9], ['set', 'c', 3], ['get', 'a', 9]], ['c', 'a']],
    ['a miss changes nothing', 2, [['set', 'a', 1], ['get', 'z', undefined]], ['a']],
    ['capacity one keeps the last', 1, [['set', 'a', 1], ['set', 'b', 2], ['get', 'a', undefined], ['get', 'b', 2]], ['b']],
  ])('%s', (_name, capacity, steps, keys) => {
    const lru = new Lru<string, number>(capacity);
    for (const step of steps) {
      if (step[0] === 'set') lru.set(step[1], step[2]);
      else expect(lru.get(step[1])).toBe(step[2]);
    }
    expect(lru.keys()).toEqual(keys);
    expect(lru.size).toBe(keys.length);
  });

  it.each<[string, Array<[string, number]>, string[], number]>([
    ['keeps the newest within the weight budget', [['a', 4], ['b', 4], ['c', 4]], ['b', 'c'], 8],
    ['an entry heavier than the budget is not kept, and drops nothing', [['a', 4], ['big', 11]], ['a'], 4],
    ['a replaced entry gives its weight back', [['a', 9], ['a', 1], ['b', 9]], ['a', 'b'], 10],
    ['delete gives its weight back', [['a', 6], ['a', 0]], [], 0],
  ])('by weight: %s', (_name, writes, keys, weight) => {
    const lru = new Lru<string, number>(10, { maxWeight: 10, weightOf: (value) => value });
    for (const [key, value] of writes) {
      if (value === 0) lru.delete(key);
      else lru.set(key, value);
    }
    expect(lru.keys()).toEqual(keys);
    expect(lru.totalWeight).toBe(weight);
  });

  it('holds falsy values (0, false) like any other', () => {
    const lru = new Lru<string, number | boolean>(2);
    lru.set('zero', 0);
    lru.set('no', false);
    expect([lru.get('zero'), lru.get('no')]).toEqual([0, false]);
  });

  it.each([0, -1, 1.5, NaN])('refuses a capacity of %p', (capacity) => {
    expect(() => new Lru(capacity)).toThrow(RangeError);
  });
});

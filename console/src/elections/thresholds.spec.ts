import { hundredths, neededFor } from './thresholds';

describe('the least part that meets a threshold', () => {
  it.each([
    // quorum: at least 2/3 (以上 includes the number)
    [428, 2, 3, true, 286],
    [300, 2, 3, true, 200],
    [360, 2, 3, true, 240], // docs/domain-rules.md#counting-example
    [1, 2, 3, true, 1],
    [0, 2, 3, true, 0],
    // election: more than half (过半数 excludes it)
    [428, 1, 2, false, 215],
    [427, 1, 2, false, 214],
    [1, 1, 2, false, 1],
    // matters 6–8: at least 3/4
    [400, 3, 4, true, 300],
    [401, 3, 4, true, 301],
  ])('of %i at %i/%i (inclusive %s) is %i', (whole, numerator, denominator, inclusive, needed) => {
    expect(neededFor(whole, { numerator, denominator }, inclusive)).toBe(needed);
  });

  it('counts an area exactly in hundredths: 2/3 of 40,000.00 m² is 26,666.67 m² (3 × area ≥ 2 × total)', () => {
    expect(neededFor(hundredths('40000.00'), { numerator: 2, denominator: 3 }, true)).toBe(2_666_667);
  });

  it.each([
    ['89.12', 8_912],
    ['89.1', 8_910],
    ['89', 8_900],
    ['0.05', 5],
  ])('reads %s m² as %i hundredths', (text, value) => {
    expect(hundredths(text)).toBe(value);
  });
});

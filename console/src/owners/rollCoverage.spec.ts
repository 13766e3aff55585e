import { partialRoll } from './rollCoverage';

describe('a roll far smaller than the estate', () => {
  it('is flagged under half the households, not at half or above, nor when empty or the households unknown', () => {
    expect(partialRoll(12, 652)).toBe(true);
    expect(partialRoll(325, 652)).toBe(true);
    expect(partialRoll(326, 652)).toBe(false);
    expect(partialRoll(652, 652)).toBe(false);
    expect(partialRoll(0, 652)).toBe(false);
    expect(partialRoll(12, null)).toBe(false);
    expect(partialRoll(12, 0)).toBe(false);
  });
});

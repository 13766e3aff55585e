import { seatsProblem } from './seatRule';

describe('the seats of a new election, as the user types', () => {
  it.each([
    [5, 'RE_ELECTION', 500, undefined],
    [11, 'FIRST', 500, undefined],
    [4, 'RE_ELECTION', 500, 'wuye.rules.COMMITTEE_SIZE'],
    [13, 'RE_ELECTION', 500, 'wuye.rules.COMMITTEE_SIZE'],
    [3, 'RE_ELECTION', 500, 'wuye.rules.COMMITTEE_SIZE'],
    [3, 'FIRST', 100, undefined],
    [3, 'FIRST', 101, 'wuye.rules.COMMITTEE_SIZE'],
    [0, 'FIRST', 100, 'wuye.rules.ELECTION_SEATS_INVALID'],
    [2.5, 'FIRST', 100, 'wuye.rules.ELECTION_SEATS_INVALID'],
  ])('%s seats, %s, %s households: %s', (seats, kind, households, rule) => {
    expect(seatsProblem(seats, kind, households)?.message).toBe(rule);
  });

  it('leaves to the server what the form cannot know: a by-election (the sitting members), an estate not loaded yet', () => {
    expect(seatsProblem(2, 'BY_ELECTION', 500)).toBeUndefined();
    expect(seatsProblem(4, 'RE_ELECTION', undefined)).toBeUndefined();
    expect(seatsProblem('', 'RE_ELECTION', 500)).toBeUndefined();
  });
});

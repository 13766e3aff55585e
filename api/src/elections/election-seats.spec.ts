import { ElectionKind } from './election-phases';
import { checkElectionSeats } from './election-seats';

describe('seats of an election, checked when it is created or edited', () => {
  const { FIRST, RE_ELECTION, BY_ELECTION } = ElectionKind;
  it.each<[ElectionKind, number, number, number, string | null]>([
    [FIRST, 5, 428, 0, null],
    [RE_ELECTION, 7, 428, 5, null], // the sitting committee is replaced whole
    [RE_ELECTION, 11, 428, 0, null],
    [FIRST, 4, 428, 0, 'COMMITTEE_SIZE'], // even
    [FIRST, 13, 428, 0, 'COMMITTEE_SIZE'],
    [FIRST, 3, 428, 0, 'COMMITTEE_SIZE'], // 3 only for ≤ 100 households
    [FIRST, 3, 100, 0, null],
    [FIRST, 3, 101, 0, 'COMMITTEE_SIZE'],
    [FIRST, 1, 40, 0, 'COMMITTEE_SIZE'],
    [FIRST, 0, 428, 0, 'ELECTION_SEATS_INVALID'],
    [FIRST, -5, 428, 0, 'ELECTION_SEATS_INVALID'],
    [FIRST, 5.5, 428, 0, 'ELECTION_SEATS_INVALID'],
    [BY_ELECTION, 1, 428, 4, null], // 4 + 1 = 5
    [BY_ELECTION, 2, 428, 5, null], // 5 + 2 = 7
    [BY_ELECTION, 2, 428, 4, 'COMMITTEE_SIZE'], // 4 + 2 = 6, even
    [BY_ELECTION, 1, 80, 2, null], // 2 + 1 = 3 in a small estate
    [BY_ELECTION, 3, 428, 9, 'COMMITTEE_SIZE'], // 12 > 11
    [BY_ELECTION, 1, 428, 0, 'BY_ELECTION_WITHOUT_COMMITTEE'],
  ])('%s with %s seats, %s households, %s sitting → %s', (kind, seats, households, sittingMembers, rule) => {
    expect(checkElectionSeats({ kind, seats }, { households, sittingMembers })?.rule ?? null).toBe(rule);
  });

  it('names the sitting members in a by-election’s message', () => {
    expect(checkElectionSeats({ kind: BY_ELECTION, seats: 2 }, { households: 428, sittingMembers: 4 })?.message).toBe(
      '4 sitting members and 2 seats: a committee has an odd number of members from 5 to 11, got 6',
    );
  });
});

/**
 * The seats an election may put to the vote, checked as the user types by the rule the server runs on save
 * (api/src/elections/election-seats.ts checkElectionSeats with committee-rules.ts checkCommitteeSize,
 * docs/domain-rules.md#committee-size): odd, 5–11; 3 where the estate has at most 100 households.
 *
 * The same numbers and rule codes, written here rather than imported: committee-rules.ts imports the holiday
 * calendar (lunar-typescript, some 300 kB), which would go into the election form's chunk. seatRule.spec.ts
 * holds this to the server's rule, seat count by seat count.
 */
const SIZE = { min: 5, max: 11, smallEstateMin: 3, smallEstateMaxHouseholds: 100 } as const;

/**
 * A by-election counts the sitting members too, which the form does not know: the server alone checks it.
 * undefined: nothing to say (valid, empty, or not known here).
 */
export function seatsProblem(seats: unknown, kind: string | undefined, households: number | undefined): { message: string; args: Record<string, unknown> } | undefined {
  if (seats === null || seats === undefined || seats === '' || households === undefined) return undefined;
  if (kind !== 'FIRST' && kind !== 'RE_ELECTION') return undefined;
  const n = Number(seats);
  if (!Number.isSafeInteger(n) || n < 1) return { message: 'wuye.rules.ELECTION_SEATS_INVALID', args: {} };
  if (!Number.isSafeInteger(households) || households < 0) return undefined;
  const lowest = households <= SIZE.smallEstateMaxHouseholds ? SIZE.smallEstateMin : SIZE.min;
  return n % 2 === 0 || n < lowest || n > SIZE.max ? { message: 'wuye.rules.COMMITTEE_SIZE', args: { households } } : undefined;
}

import { checkCommitteeSize, CommitteeRules, DEFAULT_COMMITTEE_RULES } from '../committees/committee-composition';
import { RuleProblem } from '../shared/rule-violation';
import { ElectionKind } from './election-phases';

/**
 * The seats an election may put to the vote, known when it is created (docs/domain-rules.md#committee-size): a first election or a
 * re-election fills a whole committee (odd, 5–11; 3 where the estate has ≤ 100 households); a by-election
 * fills vacancies, so the sitting members and the seats together must make such a committee.
 */
export function checkElectionSeats(
  election: { kind: ElectionKind; seats: number },
  estate: { households: number; sittingMembers: number },
  rules: CommitteeRules = DEFAULT_COMMITTEE_RULES,
): RuleProblem | null {
  const { kind, seats } = election;
  if (!Number.isSafeInteger(seats) || seats < 1) {
    return { rule: 'ELECTION_SEATS_INVALID', message: `seats must be a positive whole number, got ${seats}`, args: { seats: String(seats) } };
  }
  if (kind !== ElectionKind.BY_ELECTION) return checkCommitteeSize(seats, estate.households, rules);
  if (estate.sittingMembers === 0) {
    return { rule: 'BY_ELECTION_WITHOUT_COMMITTEE', message: 'a by-election fills vacancies of a sitting committee; this estate has none' };
  }
  const problem = checkCommitteeSize(estate.sittingMembers + seats, estate.households, rules);
  return problem && { rule: problem.rule, message: `${estate.sittingMembers} sitting members and ${seats} seats: ${problem.message}` };
}

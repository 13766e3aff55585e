/**
 * Who counts as a candidate (docs/domain-rules.md#slate). Two readings, named apart:
 * - standing: found ELIGIBLE and not withdrawn. Only these are on the ballot, counted in the tally, and
 *   enough of them for the seats lets the candidates be published.
 * - in the running: not withdrawn and not (yet) found INELIGIBLE, the undecided included. The slate warning
 *   counts these, so it speaks while the review is still going on.
 */
export interface CandidateState {
  decision: string;
  withdrawn: boolean;
}

export function isStanding(candidate: CandidateState): boolean {
  return candidate.decision === 'ELIGIBLE' && !candidate.withdrawn;
}

export function isInTheRunning(candidate: CandidateState): boolean {
  return candidate.decision !== 'INELIGIBLE' && !candidate.withdrawn;
}

/** isStanding in SQL, on the candidate table's columns under `alias` (the table's name when unaliased). */
export function standingSql(alias: string): string {
  return `(${alias}.decision = 'ELIGIBLE' AND NOT ${alias}.withdrawn)`;
}

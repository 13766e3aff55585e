import type { VotingRoll } from '../owners/voting-weights';
import { RuleProblem, throwIfAny } from '../shared/rule-violation';
import {
  ARTICLE_278_ITEM, Matter, MORE_THAN_HALF, ThresholdCheck, ThresholdRule, Totals, checkPass, checkQuorum, meetsThreshold,
} from './thresholds';

/**
 * The tally of an owners' vote on the voting roll (docs/domain-rules.md#thresholds): participation, quorum, and the result
 * with the numbers, fractions and rule that decided it. Problems (no quorum, a tie, empty seats) are reported,
 * never resolved here.
 *
 * Deemed votes (a per-vote setting, off by default): only when the cast ballots already meet the quorum, every
 * person on the roll without a ballot is counted as taking part and as voting with the side that won the cast
 * ballots on BOTH headcount and area — YES over NO for a resolution (abstentions are no side), approve over
 * not-approve per candidate in an election; with a tie or a split between the measures nobody is deemed.
 */

const ZERO: Totals = { headcount: 0, areaHundredths: 0 };
const plus = (a: Totals, b: Totals): Totals => ({ headcount: a.headcount + b.headcount, areaHundredths: a.areaHundredths + b.areaHundredths });
/** Adds b into a fresh accumulator in place: the counting loops run once per ballot and choice. */
const addInto = (into: Totals, b: Totals): void => {
  into.headcount += b.headcount;
  into.areaHundredths += b.areaHundredths;
};
const minus = (a: Totals, b: Totals): Totals => ({ headcount: a.headcount - b.headcount, areaHundredths: a.areaHundredths - b.areaHundredths });
const moreThanHalfOnBoth = (part: Totals, whole: Totals): boolean =>
  meetsThreshold(part.headcount, whole.headcount, MORE_THAN_HALF) && meetsThreshold(part.areaHundredths, whole.areaHundredths, MORE_THAN_HALF);

export type DeemedOutcome = 'OFF' | 'NO_QUORUM' | 'NO_CLEAR_MAJORITY' | 'APPLIED';

/** What the deemed-votes setting did to one count, so the console can show it next to the numbers. */
export interface DeemedVotes {
  outcome: DeemedOutcome;
  /** The side the non-voters were added to, when applied. */
  side: 'YES' | 'NO' | 'APPROVE' | 'NOT_APPROVE' | null;
  /** The non-voters added (zero unless applied). */
  persons: Totals;
}

interface Weighed {
  weightOf: Map<string, Totals>;
  participating: Totals;
}

function weighBallots(roll: VotingRoll, personKeys: readonly string[], problems: RuleProblem[]): Weighed {
  const weightOf = new Map(roll.persons.map((p) => [p.personKey, { headcount: 1, areaHundredths: p.areaHundredths }]));
  const seen = new Set<string>();
  const participating: Totals = { headcount: 0, areaHundredths: 0 };
  for (const personKey of personKeys) {
    if (!weightOf.has(personKey)) {
      problems.push({ rule: 'BALLOT_NOT_ON_ROLL', subject: personKey, message: 'this person is not on the voting roll' });
    } else if (seen.has(personKey)) {
      problems.push({ rule: 'BALLOT_DUPLICATE_PERSON', subject: personKey, message: 'this person has already voted; one ballot per voting person' });
    } else {
      addInto(participating, weightOf.get(personKey)!);
    }
    seen.add(personKey);
  }
  return { weightOf, participating };
}

// ─── Resolutions: yes / no / abstain on one matter ───────────────────────────────────────────────────────────

export type Choice = 'YES' | 'NO' | 'ABSTAIN';
const CHOICES: readonly Choice[] = ['YES', 'NO', 'ABSTAIN'];

export interface ResolutionBallot {
  personKey: string;
  choice: Choice;
}

export interface ResolutionInput {
  matter: Matter;
  roll: VotingRoll;
  ballots: readonly ResolutionBallot[];
  deemedVotes?: boolean;
}

export interface ResolutionResult {
  kind: 'RESOLUTION';
  matter: Matter;
  article278Item: number;
  totals: Totals;
  /** Persons who cast a ballot (abstentions included: they take part). */
  participating: Totals;
  counts: Record<Choice, Totals>;
  quorum: ThresholdCheck;
  deemed: DeemedVotes;
  /** YES against the participating base (with deemed non-voters when applied). */
  pass: ThresholdCheck;
  outcome: 'PASSED' | 'REJECTED' | 'NO_QUORUM';
  /** The rule that settled the outcome: the quorum when it failed, else the matter's pass threshold. */
  decidedBy: ThresholdRule;
}

export function tallyResolution(input: ResolutionInput): ResolutionResult {
  const problems: RuleProblem[] = [];
  const { weightOf, participating } = weighBallots(input.roll, input.ballots.map((b) => b.personKey), problems);
  const counts: Record<Choice, Totals> = { YES: ZERO, NO: ZERO, ABSTAIN: ZERO };
  for (const ballot of input.ballots) {
    if (!CHOICES.includes(ballot.choice)) {
      problems.push({ rule: 'BALLOT_INVALID_CHOICE', subject: ballot.personKey, message: `choice must be YES, NO or ABSTAIN, got '${ballot.choice}'`, args: { choice: String(ballot.choice) } });
    }
  }
  throwIfAny(problems);
  for (const ballot of input.ballots) counts[ballot.choice] = plus(counts[ballot.choice], weightOf.get(ballot.personKey)!);

  const totals = input.roll.totals;
  const quorum = checkQuorum(totals, participating);
  const nonVoters = minus(totals, participating);
  let deemed: DeemedVotes = { outcome: 'OFF', side: null, persons: ZERO };
  if (input.deemedVotes) {
    const castYesNo = plus(counts.YES, counts.NO);
    const side = moreThanHalfOnBoth(counts.YES, castYesNo) ? 'YES' : moreThanHalfOnBoth(counts.NO, castYesNo) ? 'NO' : null;
    deemed = !quorum.met
      ? { outcome: 'NO_QUORUM', side: null, persons: ZERO }
      : side === null
        ? { outcome: 'NO_CLEAR_MAJORITY', side: null, persons: ZERO }
        : { outcome: 'APPLIED', side, persons: nonVoters };
  }
  const base = plus(participating, deemed.persons);
  const yes = deemed.side === 'YES' ? plus(counts.YES, deemed.persons) : counts.YES;
  const pass = checkPass(input.matter, base, yes);
  return {
    kind: 'RESOLUTION',
    matter: input.matter,
    article278Item: ARTICLE_278_ITEM[input.matter],
    totals,
    participating,
    counts,
    quorum,
    deemed,
    pass,
    outcome: !quorum.met ? 'NO_QUORUM' : pass.met ? 'PASSED' : 'REJECTED',
    decidedBy: !quorum.met ? quorum.threshold.rule : pass.threshold.rule,
  };
}

// ─── Elections: N seats, approval ballots ────────────────────────────────────────────────────────────────────

export interface ElectionBallot {
  personKey: string;
  /** The candidates this person approves; at most `seats`, none is a blank ballot that still takes part. */
  approvals: readonly string[];
}

export interface ElectionInput {
  seats: number;
  candidates: readonly string[];
  roll: VotingRoll;
  ballots: readonly ElectionBallot[];
  deemedVotes?: boolean;
}

export type CandidateStatus = 'ELECTED' | 'TIED_AT_LAST_SEAT' | 'PASSED_NOT_ELECTED' | 'NOT_PASSED' | 'NO_QUORUM';

export interface CandidateResult {
  candidate: string;
  /** Approvals from cast ballots only. */
  approvals: Totals;
  deemed: DeemedVotes;
  /** Approvals (with deemed ones) against the participating base (with deemed non-voters), matter (3). */
  pass: ThresholdCheck;
  /** Competition rank by approving persons (1, 1, 3 …) among all candidates. */
  rank: number;
  status: CandidateStatus;
}

export type ElectionIssue =
  | { code: 'NO_QUORUM'; message: string }
  | { code: 'TIE_AT_LAST_SEAT'; candidates: string[]; seatsLeft: number; message: string; settled?: boolean }
  | { code: 'SEATS_UNFILLED'; seats: number; filled: number; message: string };

export interface ElectionResult {
  kind: 'ELECTION';
  matter: Matter.ELECT_OR_REPLACE_COMMITTEE;
  seats: number;
  totals: Totals;
  participating: Totals;
  quorum: ThresholdCheck;
  /** Ranked: most approving persons first, then by candidate key for a stable display. */
  candidates: CandidateResult[];
  elected: string[];
  issues: ElectionIssue[];
}

function validateElection(input: ElectionInput, problems: RuleProblem[]): void {
  if (!Number.isSafeInteger(input.seats) || input.seats < 1) {
    problems.push({ rule: 'ELECTION_SEATS_INVALID', message: `seats must be a positive whole number, got ${input.seats}`, args: { seats: String(input.seats) } });
  }
  if (new Set(input.candidates).size !== input.candidates.length) {
    problems.push({ rule: 'ELECTION_DUPLICATE_CANDIDATE', message: 'a candidate is listed twice' });
  }
  const candidates = new Set(input.candidates);
  for (const ballot of input.ballots) {
    const subject = ballot.personKey;
    if (ballot.approvals.length > input.seats) {
      problems.push({ rule: 'BALLOT_TOO_MANY_CHOICES', subject, message: `approves ${ballot.approvals.length} candidates for ${input.seats} seats`, args: { count: ballot.approvals.length, seats: input.seats } });
    }
    if (new Set(ballot.approvals).size !== ballot.approvals.length) {
      problems.push({ rule: 'BALLOT_REPEATED_CHOICE', subject, message: 'approves the same candidate twice' });
    }
    for (const choice of ballot.approvals.filter((c) => !candidates.has(c))) {
      problems.push({ rule: 'BALLOT_UNKNOWN_CANDIDATE', subject, message: `'${choice}' is not a candidate`, args: { candidate: String(choice) } });
    }
  }
}

export function tallyElection(input: ElectionInput): ElectionResult {
  const problems: RuleProblem[] = [];
  validateElection(input, problems);
  const { weightOf, participating } = weighBallots(input.roll, input.ballots.map((b) => b.personKey), problems);
  throwIfAny(problems);

  const totals = input.roll.totals;
  const quorum = checkQuorum(totals, participating);
  const nonVoters = minus(totals, participating);
  const approvalsOf = new Map<string, Totals>(input.candidates.map((c) => [c, { headcount: 0, areaHundredths: 0 }]));
  for (const ballot of input.ballots) {
    const weight = weightOf.get(ballot.personKey)!;
    for (const c of ballot.approvals) addInto(approvalsOf.get(c)!, weight);
  }

  const counted = input.candidates.map((candidate) => {
    const approvals = approvalsOf.get(candidate)!;
    let deemed: DeemedVotes = { outcome: 'OFF', side: null, persons: ZERO };
    if (input.deemedVotes) {
      const side = moreThanHalfOnBoth(approvals, participating) ? 'APPROVE'
        : moreThanHalfOnBoth(minus(participating, approvals), participating) ? 'NOT_APPROVE' : null;
      deemed = !quorum.met
        ? { outcome: 'NO_QUORUM', side: null, persons: ZERO }
        : side === null
          ? { outcome: 'NO_CLEAR_MAJORITY', side: null, persons: ZERO }
          : { outcome: 'APPLIED', side, persons: nonVoters };
    }
    const withDeemed = deemed.side === 'APPROVE' ? plus(approvals, deemed.persons) : approvals;
    const pass = checkPass(Matter.ELECT_OR_REPLACE_COMMITTEE, plus(participating, deemed.persons), withDeemed);
    return { candidate, approvals, deemed, pass };
  });

  // ranked by persons approving on cast ballots (得票数); area is a pass condition, not a tie-break (no rule says so)
  const votesOf = (c: { approvals: Totals }) => c.approvals.headcount;
  counted.sort((a, b) => votesOf(b) - votesOf(a) || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0));
  const rankOf = (c: (typeof counted)[number]) => 1 + counted.filter((other) => votesOf(other) > votesOf(c)).length;

  const status = new Map<string, CandidateStatus>();
  const elected: string[] = [];
  const issues: ElectionIssue[] = [];
  if (!quorum.met) {
    issues.push({ code: 'NO_QUORUM', message: 'fewer than 2/3 of the owners by headcount or by area took part: nobody is elected' });
    for (const c of counted) status.set(c.candidate, 'NO_QUORUM');
  } else {
    const passing = counted.filter((c) => c.pass.met);
    for (const c of counted) if (!c.pass.met) status.set(c.candidate, 'NOT_PASSED');
    let seatsLeft = input.seats;
    for (let i = 0; i < passing.length; ) {
      const group = passing.filter((c) => votesOf(c) === votesOf(passing[i]));
      i += group.length;
      if (seatsLeft === 0) {
        for (const c of group) status.set(c.candidate, 'PASSED_NOT_ELECTED');
      } else if (group.length <= seatsLeft) {
        for (const c of group) {
          status.set(c.candidate, 'ELECTED');
          elected.push(c.candidate);
        }
        seatsLeft -= group.length;
      } else {
        const tied = group.map((c) => c.candidate);
        issues.push({
          code: 'TIE_AT_LAST_SEAT',
          candidates: tied,
          seatsLeft,
          message: `${tied.join(', ')} have ${votesOf(group[0])} approving persons each for ${seatsLeft} remaining seat(s); the rules of procedure must decide`,
        });
        for (const c of group) status.set(c.candidate, 'TIED_AT_LAST_SEAT');
        seatsLeft = 0;
      }
    }
    if (elected.length < input.seats) {
      issues.push({
        code: 'SEATS_UNFILLED',
        seats: input.seats,
        filled: elected.length,
        message: `${elected.length} of ${input.seats} seats filled`,
      });
    }
  }

  return {
    kind: 'ELECTION',
    matter: Matter.ELECT_OR_REPLACE_COMMITTEE,
    seats: input.seats,
    totals,
    participating,
    quorum,
    candidates: counted.map((c) => ({ ...c, rank: rankOf(c), status: status.get(c.candidate)! })),
    elected,
    issues,
  };
}

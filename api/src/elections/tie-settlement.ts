import type { RuleArgs } from '../shared/rule-violation';
import { isIsoDate, IsoDate } from '../shared/iso-date';
import { hasVisibleCharacter } from '../shared/text';
import { ElectionPhase } from './election-phases';
import type { ElectionIssue, ElectionResult } from './tally';

/**
 * A tie at the last seat settled by the owners' rules of procedure (docs/domain-rules.md#election-tally): the count
 * reports the tie and never breaks it; the officer records how the 议事规则 broke it — a second vote among the tied
 * (再次投票) or drawing lots (抽签) — naming exactly as many of the tied as seats were left. Pure, so the API, the
 * tally and `verify-record` apply the same rule.
 */
export enum TieSettlementMethod {
  /** 再次投票: the tied candidates were voted on again */
  RUNOFF_VOTE = 'RUNOFF_VOTE',
  /** 抽签: lots were drawn among the tied candidates */
  DRAWING_LOTS = 'DRAWING_LOTS',
}

export const TIE_NOTE_MAX = 2000;

export interface TieSettlement {
  method: TieSettlementMethod | string;
  /** candidate ids as the result names them */
  chosen: readonly string[];
  decidedOn: IsoDate;
  /** who witnessed, the minutes it is written in */
  note: string;
}

/** The tie a result reports, when it has one. */
export type TieAtLastSeat = Extract<ElectionIssue, { code: 'TIE_AT_LAST_SEAT' }>;

export interface TieFacts {
  tie: { candidates: readonly string[]; seatsLeft: number };
  /** the day (in China) the result being settled was counted: a decision cannot precede the count */
  countedOn: IsoDate;
  today: IsoDate;
}

export interface TieProblem {
  field: 'method' | 'chosenCandidateIds' | 'decidedOn' | 'note';
  rule: string;
  message: string;
  /** the figures the message says (docs/integrators.md#refusal-figures) */
  args?: RuleArgs;
}

/** Every problem with a settlement of this tie; empty when it settles it. */
export function tieSettlementProblems(s: TieSettlement, facts: TieFacts): TieProblem[] {
  const problems: TieProblem[] = [];
  if (!Object.values(TieSettlementMethod).includes(s.method as TieSettlementMethod)) {
    problems.push({ field: 'method', rule: 'TIE_METHOD_UNKNOWN', message: `the rules of procedure settle a tie by RUNOFF_VOTE or DRAWING_LOTS, not '${String(s.method)}'`, args: { method: String(s.method) } });
  }
  const tied = new Set(facts.tie.candidates);
  const chosen = Array.isArray(s.chosen) ? s.chosen : [];
  const outside = chosen.filter((c) => !tied.has(c));
  if (outside.length) {
    problems.push({ field: 'chosenCandidateIds', rule: 'TIE_CHOICE_NOT_TIED', message: `${outside.join(', ')} not among the tied candidates ${[...tied].join(', ')}`, args: { candidateIds: outside, tiedCandidateIds: [...tied] } });
  }
  if (new Set(chosen).size !== chosen.length) {
    problems.push({ field: 'chosenCandidateIds', rule: 'TIE_CHOICE_REPEATED', message: 'a candidate is chosen twice' });
  }
  if (chosen.length !== facts.tie.seatsLeft) {
    problems.push({ field: 'chosenCandidateIds', rule: 'TIE_CHOICE_COUNT', message: `${facts.tie.seatsLeft} seat(s) were left to the tie: choose exactly that many, not ${chosen.length}`, args: { seatsLeft: facts.tie.seatsLeft, count: chosen.length } });
  }
  if (typeof s.decidedOn !== 'string' || !isIsoDate(s.decidedOn)) {
    problems.push({ field: 'decidedOn', rule: 'DECIDED_ON_INVALID', message: 'a day as YYYY-MM-DD' });
  } else if (s.decidedOn > facts.today) {
    problems.push({ field: 'decidedOn', rule: 'DECIDED_ON_FUTURE', message: `${s.decidedOn} is after today (${facts.today})`, args: { day: s.decidedOn, today: facts.today } });
  } else if (s.decidedOn < facts.countedOn) {
    problems.push({ field: 'decidedOn', rule: 'DECIDED_ON_BEFORE_COUNT', message: `${s.decidedOn} is before the vote was counted (${facts.countedOn})`, args: { day: s.decidedOn, countedOn: facts.countedOn } });
  }
  if (typeof s.note !== 'string' || !hasVisibleCharacter(s.note)) {
    problems.push({ field: 'note', rule: 'TIE_NOTE_REQUIRED', message: 'say who witnessed it or where the minutes record it' });
  } else if ([...s.note].length > TIE_NOTE_MAX) {
    problems.push({ field: 'note', rule: 'TIE_NOTE_TOO_LONG', message: `at most ${TIE_NOTE_MAX} characters`, args: { max: TIE_NOTE_MAX } });
  }
  return problems;
}

/** The result's unsettled tie, if any. */
export function tieOf(result: ElectionResult): TieAtLastSeat | null {
  return (result.issues.find((i) => i.code === 'TIE_AT_LAST_SEAT') as TieAtLastSeat | undefined) ?? null;
}

/**
 * The result once the settlement is applied: the chosen are ELECTED (after those elected outright), the others of
 * the tie PASSED_NOT_ELECTED, the tie marked settled, and the seats it filled no longer reported unfilled. A
 * settlement that does not settle this result's tie (another count's, or one breaking the rule) changes nothing.
 */
export function applyTieSettlement(result: ElectionResult, settlement: Pick<TieSettlement, 'chosen'> | null): ElectionResult {
  const tie = tieOf(result);
  if (!tie || !settlement || tie.settled) return result;
  const tied = new Set(tie.candidates);
  const chosen = new Set(settlement.chosen);
  if (chosen.size !== settlement.chosen.length || chosen.size !== tie.seatsLeft || ![...chosen].every((c) => tied.has(c))) return result;
  const elected = [...result.elected, ...tie.candidates.filter((c) => chosen.has(c))];
  const issues = result.issues.flatMap((issue): ElectionIssue[] => {
    if (issue.code === 'TIE_AT_LAST_SEAT') return [{ ...issue, settled: true }];
    if (issue.code === 'SEATS_UNFILLED') return elected.length >= result.seats ? [] : [{ ...issue, filled: elected.length }];
    return [issue];
  });
  return {
    ...result,
    candidates: result.candidates.map((c) =>
      tied.has(c.candidate) ? { ...c, status: chosen.has(c.candidate) ? 'ELECTED' : 'PASSED_NOT_ELECTED' } : c,
    ),
    elected,
    issues,
  };
}

/** While the result is counted or published, before it is certified and sealed (docs/roles-and-workflows.md#elections). */
export const SETTLING_PHASES: readonly ElectionPhase[] = [ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY];

/**
 * Who may confirm a recorded settlement: why not (CONFIRMED already; PHASE: the election is no longer counted nor its
 * result published; MAKER_CHECKER: the officer who recorded it), null when they may.
 */
export type TieConfirmRefusal = 'CONFIRMED' | 'PHASE' | 'MAKER_CHECKER';

/**
 * A settlement is confirmed once, by another officer than the one who recorded it (maker-checker, as every decision of
 * consequence: docs/roles-and-workflows.md#elections), while a tie is settled; an unknown recorder is nobody's own, and a
 * caller unknown confirms nothing.
 */
export function tieConfirmRefusal(settlement: { recordedById: number | null; confirmed: boolean }, callerId: number | null, phase: ElectionPhase): TieConfirmRefusal | null {
  if (settlement.confirmed) return 'CONFIRMED';
  if (!SETTLING_PHASES.includes(phase)) return 'PHASE';
  if (callerId === null || settlement.recordedById === null || settlement.recordedById === callerId) return 'MAKER_CHECKER';
  return null;
}

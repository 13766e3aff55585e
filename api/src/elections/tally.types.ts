import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../shared/scalars';
import type { RecordedTieSettlement } from './records/vote-record.service';
import { TieSettlementMethod } from './tie-settlement';
import type { ElectionPhase } from './election-phases';
import { fromHundredths } from '../shared/decimal';
import { Decimal } from '../shared/scalars';
import { CandidateResult, DeemedVotes, ElectionResult, ResolutionResult } from './tally';
import { Matter } from './thresholds';
import type { Fraction, MeasureCheck, ThresholdCheck, Totals } from './thresholds';

/**
 * The tally as the API shows it: every number behind a decision, exact (fractions of integers; areas as
 * decimal m²), with the rule that decided it — so the console can draw the bars against the thresholds.
 */
export enum ThresholdRuleName {
  QUORUM_TWO_THIRDS = 'QUORUM_TWO_THIRDS',
  MORE_THAN_HALF = 'MORE_THAN_HALF',
  THREE_QUARTERS = 'THREE_QUARTERS',
}
registerEnumType(ThresholdRuleName, { name: 'ThresholdRule', description: '≥ 2/3 take part; > 1/2 or ≥ 3/4 of those taking part' });

@ObjectType('Fraction')
export class FractionType {
  @Field(() => SafeIntResolver)
  numerator: number;

  @Field(() => SafeIntResolver)
  denominator: number;
}

@ObjectType()
export class VoteTotals {
  @Field(() => Int, { description: 'voting persons (docs/domain-rules.md#voting-persons)' })
  headcount: number;

  @Field(() => Decimal, { description: 'exclusive area, m²' })
  area: string;
}

@ObjectType()
export class HeadcountCheck {
  @Field(() => Int)
  part: number;

  @Field(() => Int)
  whole: number;

  @Field(() => FractionType, { nullable: true, description: 'part / whole reduced; null when the whole is 0' })
  share: Fraction | null;

  @Field()
  met: boolean;
}

@ObjectType()
export class AreaCheck {
  @Field(() => Decimal, { description: 'm²' })
  part: string;

  @Field(() => Decimal, { description: 'm²' })
  whole: string;

  @Field(() => FractionType, { nullable: true })
  share: Fraction | null;

  @Field()
  met: boolean;
}

@ObjectType('ThresholdCheck')
export class ThresholdCheckType {
  @Field(() => ThresholdRuleName)
  rule: ThresholdRuleName;

  @Field(() => FractionType, { description: 'e.g. 2/3' })
  threshold: Fraction;

  @Field({ description: 'true: reaching the threshold is enough (以上); false: more is needed (过半数)' })
  inclusive: boolean;

  @Field({ description: 'both headcount and area met it' })
  met: boolean;

  @Field(() => HeadcountCheck)
  headcount: HeadcountCheck;

  @Field(() => AreaCheck)
  area: AreaCheck;
}

@ObjectType('DeemedVotes')
export class DeemedVotesType {
  @Field({ description: 'OFF, NO_QUORUM, NO_CLEAR_MAJORITY or APPLIED' })
  outcome: string;

  @Field(() => String, { nullable: true })
  side: string | null;

  @Field(() => VoteTotals, { description: 'the non-voters counted with the majority (zero unless applied)' })
  persons: VoteTotals;
}

@ObjectType()
export class TallyIssue {
  @Field({ description: 'NO_QUORUM, TIE_AT_LAST_SEAT or SEATS_UNFILLED' })
  code: string;

  @Field()
  message: string;

  @Field(() => [ID], { nullable: true, description: 'the tied candidates' })
  candidateIds: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'TIE_AT_LAST_SEAT: true once the rules of procedure settled it (tieSettlement); null for other issues' })
  settled: boolean | null;
}

registerEnumType(TieSettlementMethod, { name: 'TieSettlementMethod', description: 'how the rules of procedure broke a tie at the last seat: RUNOFF_VOTE 再次投票, DRAWING_LOTS 抽签' });

@ObjectType('TieSettlement', { description: 'how the rules of procedure settled this count’s tie at the last seat (docs/domain-rules.md#election-tally)' })
export class TieSettlementType {
  @Field(() => TieSettlementMethod)
  method: TieSettlementMethod;

  @Field(() => [ID], { description: 'the tied candidates chosen: elected' })
  chosenCandidateIds: string[];

  @Field(() => LocalDate)
  decidedOn: string;

  @Field({ description: 'who witnessed it, where the minutes record it' })
  note: string;

  @Field({ description: 'when it was recorded' })
  recordedAt: Date;

  @Field(() => ID, { nullable: true, description: 'the officer who recorded it' })
  recordedById: string | null;

  @Field({ description: 'true once a different officer confirmed it (maker-checker): until then the tie is not settled and CERTIFY waits' })
  confirmed: boolean;

  @Field(() => ID, { nullable: true, description: 'the officer who confirmed it' })
  confirmedById: string | null;

  @Field(() => Date, { nullable: true, description: 'when it was confirmed' })
  confirmedAt: Date | null;

  /** the election's phase when read, for confirmRefusal (not a field: the election has its own) */
  electionPhase: ElectionPhase;

}

@ObjectType()
export class CandidateTally {
  @Field(() => ID)
  candidateId: string;

  @Field(() => VoteTotals, { description: 'approvals on cast ballots' })
  approvals: VoteTotals;

  @Field(() => DeemedVotesType)
  deemed: DeemedVotesType;

  @Field(() => ThresholdCheckType, { description: 'more than half of those taking part, by headcount and by area' })
  pass: ThresholdCheckType;

  @Field(() => Int)
  rank: number;

  @Field({ description: 'ELECTED, TIED_AT_LAST_SEAT, PASSED_NOT_ELECTED, NOT_PASSED or NO_QUORUM' })
  status: string;
}

@ObjectType()
export class ElectionTally {
  @Field(() => Int)
  seats: number;

  @Field(() => Int)
  ballots: number;

  @Field(() => VoteTotals, { description: 'the whole roll' })
  totals: VoteTotals;

  @Field(() => VoteTotals, { description: 'those who cast a ballot' })
  participating: VoteTotals;

  @Field(() => ThresholdCheckType)
  quorum: ThresholdCheckType;

  @Field(() => [CandidateTally], { description: 'ranked by approving persons' })
  candidates: CandidateTally[];

  @Field(() => [ID])
  electedIds: string[];

  @Field(() => [TallyIssue], { description: 'reported, never resolved silently' })
  issues: TallyIssue[];

  @Field(() => TieSettlementType, { nullable: true, description: 'how a tie at the last seat was settled, for this count; null without one' })
  tieSettlement: TieSettlementType | null;
}

@ObjectType()
export class ChoiceCounts {
  @Field(() => VoteTotals)
  yes: VoteTotals;

  @Field(() => VoteTotals)
  no: VoteTotals;

  @Field(() => VoteTotals)
  abstain: VoteTotals;
}

@ObjectType()
export class ResolutionTally {
  @Field(() => Matter)
  matter: Matter;

  @Field(() => Int, { description: 'the item of Civil Code Art. 278 para. 1' })
  article278Item: number;

  @Field(() => Int)
  ballots: number;

  @Field(() => VoteTotals)
  totals: VoteTotals;

  @Field(() => VoteTotals)
  participating: VoteTotals;

  @Field(() => ChoiceCounts)
  counts: ChoiceCounts;

  @Field(() => ThresholdCheckType)
  quorum: ThresholdCheckType;

  @Field(() => DeemedVotesType)
  deemed: DeemedVotesType;

  @Field(() => ThresholdCheckType)
  pass: ThresholdCheckType;

  @Field({ description: 'PASSED, REJECTED or NO_QUORUM' })
  outcome: string;

  @Field(() => ThresholdRuleName)
  decidedBy: ThresholdRuleName;
}

export function voteTotals(totals: Totals): VoteTotals {
  return { headcount: totals.headcount, area: fromHundredths(totals.areaHundredths) };
}

function areaCheck(check: MeasureCheck): AreaCheck {
  return { part: fromHundredths(check.part), whole: fromHundredths(check.whole), share: check.share, met: check.met };
}

export function thresholdCheck(check: ThresholdCheck): ThresholdCheckType {
  return {
    rule: check.threshold.rule as ThresholdRuleName,
    threshold: { numerator: check.threshold.numerator, denominator: check.threshold.denominator },
    inclusive: check.threshold.inclusive,
    met: check.met,
    headcount: check.headcount,
    area: areaCheck(check.area),
  };
}

function deemedVotes(deemed: DeemedVotes): DeemedVotesType {
  return { outcome: deemed.outcome, side: deemed.side, persons: voteTotals(deemed.persons) };
}

function candidateTally(result: CandidateResult): CandidateTally {
  return {
    candidateId: result.candidate,
    approvals: voteTotals(result.approvals),
    deemed: deemedVotes(result.deemed),
    pass: thresholdCheck(result.pass),
    rank: result.rank,
    status: result.status,
  };
}

export function electionTally(result: ElectionResult, ballots: number, settlement: { recorded: RecordedTieSettlement; electionPhase: ElectionPhase } | null = null): ElectionTally {
  return {
    seats: result.seats,
    ballots,
    totals: voteTotals(result.totals),
    participating: voteTotals(result.participating),
    quorum: thresholdCheck(result.quorum),
    candidates: result.candidates.map(candidateTally),
    electedIds: result.elected,
    issues: result.issues.map((issue) => ({
      code: issue.code,
      message: issue.message,
      candidateIds: issue.code === 'TIE_AT_LAST_SEAT' ? issue.candidates : null,
      settled: issue.code === 'TIE_AT_LAST_SEAT' ? issue.settled === true : null,
    })),
    tieSettlement: settlement && {
      method: settlement.recorded.method as TieSettlementMethod,
      chosenCandidateIds: [...settlement.recorded.chosen],
      decidedOn: settlement.recorded.decidedOn,
      note: settlement.recorded.note,
      recordedAt: new Date(settlement.recorded.recordedAt),
      recordedById: settlement.recorded.recordedById === null ? null : String(settlement.recorded.recordedById),
      confirmed: settlement.recorded.counts,
      confirmedById: settlement.recorded.confirmedById === null ? null : String(settlement.recorded.confirmedById),
      confirmedAt: settlement.recorded.confirmedAt ? new Date(settlement.recorded.confirmedAt) : null,
      electionPhase: settlement.electionPhase,
    },
  };
}

export function resolutionTally(result: ResolutionResult, ballots: number): ResolutionTally {
  return {
    matter: result.matter,
    article278Item: result.article278Item,
    ballots,
    totals: voteTotals(result.totals),
    participating: voteTotals(result.participating),
    counts: { yes: voteTotals(result.counts.YES), no: voteTotals(result.counts.NO), abstain: voteTotals(result.counts.ABSTAIN) },
    quorum: thresholdCheck(result.quorum),
    deemed: deemedVotes(result.deemed),
    pass: thresholdCheck(result.pass),
    outcome: result.outcome,
    decidedBy: result.decidedBy as ThresholdRuleName,
  };
}

import {
  CandidateResult, Choice, DeemedOutcome, DeemedVotes, ElectionIssue, ElectionResult, ResolutionResult, tallyElection, tallyResolution,
} from '../tally';
import { ARTICLE_278_ITEM, fraction, Matter, MeasureCheck, ThresholdCheck, ThresholdRule, Totals } from '../thresholds';
import type { VotingRoll } from '../../owners/voting-weights';
import { fromHundredths, toHundredths } from '../../shared/decimal';
import { dateInChina, isIsoDate } from '../../shared/iso-date';
import { tieSettlementProblems } from '../tie-settlement';
import { canonicalJson, sha256OfCanonical } from './canonical-json';

/**
 * The record of one vote (docs/domain-rules.md#vote-record): the roll fixed when voting opened, the ballots, and the result
 * with the rule applied — everything a challenge is decided against. Certifying seals it with a SHA-256 over
 * its canonical JSON, so anyone holding an export can check that nothing in it changed and recount it.
 * Every number is a string (headcount "360", area "40000.00" m²) and every fraction "n/d" of those
 * (headcount "250/360", area "28345.67/40000.00"): exact, and the same text wherever it is read.
 */
export const RECORD_FORMAT = 'wuye-vote-record/1';

export type VoteKind = 'ELECTION' | 'RESOLUTION';

export interface RecordTotals {
  headcount: string;
  /** m², two decimals */
  area: string;
}

/** One voting person: headcount 1, their units' full exclusive area (SPC Arts. 8–9). */
export interface RecordPerson {
  /** owner:<id>, or DEVELOPER for all developer-held units together */
  key: string;
  name: string;
  area: string;
  units: string[];
}

export interface RecordUnit {
  id: string;
  /** building, unit and room, e.g. 3幢2单元1101 */
  label: string;
  area: string;
  areaSource: string;
  developerHeld: boolean;
  /** every owner of the unit (owner:<id>); none for a developer-held unit */
  owners: string[];
  /** the person the unit votes through: its designated voter, its sole owner, or DEVELOPER */
  voter: string;
  /** true when the co-owners designated the voter; false when the default (first owner) votes */
  designated: boolean;
}

export interface RecordRoll {
  takenAt: string;
  totals: RecordTotals;
  persons: RecordPerson[];
  units: RecordUnit[];
}

export interface RecordElectionBallot {
  id: string;
  voter: string;
  method: string;
  recordedAt: string;
  approvals: string[];
}

export interface RecordResolutionBallot {
  id: string;
  voter: string;
  method: string;
  recordedAt: string;
  choice: Choice;
}

export interface RecordMeasure {
  fraction: string;
  met: boolean;
}

/** One threshold of Art. 278 against both measures. */
export interface RecordCheck {
  rule: string;
  threshold: string;
  /** true: reaching the threshold is enough (以上); false: more is needed (过半数) */
  inclusive: boolean;
  met: boolean;
  headcount: RecordMeasure;
  area: RecordMeasure;
}

export interface RecordDeemed {
  outcome: string;
  side: string | null;
  persons: RecordTotals;
}

export interface RecordCandidate {
  id: string;
  name: string;
  approvals: RecordTotals;
  deemed: RecordDeemed;
  pass: RecordCheck;
  rank: string;
  status: string;
}

export interface RecordIssue {
  code: string;
  message: string;
  candidates: string[] | null;
}

export interface ElectionRecordResult {
  kind: 'ELECTION';
  matter: Matter;
  article278Item: string;
  seats: string;
  deemedVotes: boolean;
  countedAt: string;
  /** the voting day the officer recorded */
  votedOn: string | null;
  ballots: string;
  participating: RecordTotals;
  quorum: RecordCheck;
  candidates: RecordCandidate[];
  elected: string[];
  issues: RecordIssue[];
}

export interface RecordOption {
  option: Choice;
  votes: RecordTotals;
}

export interface ResolutionRecordResult {
  kind: 'RESOLUTION';
  matter: Matter;
  article278Item: string;
  deemedVotes: boolean;
  countedAt: string;
  ballots: string;
  participating: RecordTotals;
  quorum: RecordCheck;
  options: RecordOption[];
  deemed: RecordDeemed;
  pass: RecordCheck;
  outcome: string;
  decidedBy: string;
}

/** The estate the vote was held in, by name as it stood when the record was sealed (what its notice is headed with). */
export interface RecordEstate {
  name: string;
  district: string;
  subdistrict: string;
}

interface RecordBase {
  format: typeof RECORD_FORMAT;
  vote: { kind: VoteKind; id: string; estateId: string };
  roll: RecordRoll;
  /** only in a record sealed since 1764804800000 (one sealed before has no such key, so its seal holds) */
  estate?: RecordEstate;
}

/**
 * How the rules of procedure settled the result's tie at the last seat (docs/domain-rules.md#election-tally): beside the
 * result, never in it — the result is what the roll and the ballots give, and recounts to the same.
 */
export interface RecordTieSettlement {
  /** the result it settles (its countedAt) */
  countedAt: string;
  /** RUNOFF_VOTE (再次投票) or DRAWING_LOTS (抽签) */
  method: string;
  /** candidate ids of the tie, exactly as many as seats were left */
  chosen: string[];
  decidedOn: string;
  note: string;
  recordedAt: string;
  /** when another officer confirmed it (maker-checker); absent in records sealed before confirmations (1764806410000) */
  confirmedAt?: string;
}

export interface ElectionRecord extends RecordBase {
  vote: { kind: 'ELECTION'; id: string; estateId: string };
  ballots: RecordElectionBallot[];
  result: ElectionRecordResult;
  /** only when the result has a tie that was settled (a record without one has no such key, so older seals hold) */
  tieSettlement?: RecordTieSettlement;
}

export interface ResolutionRecord extends RecordBase {
  vote: { kind: 'RESOLUTION'; id: string; estateId: string };
  ballots: RecordResolutionBallot[];
  result: ResolutionRecordResult;
}

export type VoteRecord = ElectionRecord | ResolutionRecord;

export interface Seal {
  algorithm: 'SHA-256';
  /** lower-case hex of SHA-256 over the canonical JSON of the record without its seal */
  sha256: string;
  sealedAt: string;
}

export type SealedRecord = VoteRecord & { seal: Seal };

// ─── From the tally to the record ────────────────────────────────────────────────────────────────────────────

export function recordTotals(totals: Totals): RecordTotals {
  return { headcount: String(totals.headcount), area: fromHundredths(totals.areaHundredths) };
}

function recordMeasure(measure: MeasureCheck, show: (n: number) => string): RecordMeasure {
  return { fraction: `${show(measure.part)}/${show(measure.whole)}`, met: measure.met };
}

export function recordCheck(check: ThresholdCheck): RecordCheck {
  const { threshold } = check;
  return {
    rule: threshold.rule,
    threshold: `${threshold.numerator}/${threshold.denominator}`,
    inclusive: threshold.inclusive,
    met: check.met,
    headcount: recordMeasure(check.headcount, String),
    area: recordMeasure(check.area, fromHundredths),
  };
}

function recordDeemed(deemed: DeemedVotes): RecordDeemed {
  return { outcome: deemed.outcome, side: deemed.side, persons: recordTotals(deemed.persons) };
}

export interface ElectionResultContext {
  deemedVotes: boolean;
  ballots: number;
  countedAt: string;
  votedOn: string | null;
  nameOf: (candidateId: string) => string;
}

export function electionResultRecord(result: ElectionResult, context: ElectionResultContext): ElectionRecordResult {
  const candidate = (c: CandidateResult): RecordCandidate => ({
    id: c.candidate,
    name: context.nameOf(c.candidate),
    approvals: recordTotals(c.approvals),
    deemed: recordDeemed(c.deemed),
    pass: recordCheck(c.pass),
    rank: String(c.rank),
    status: c.status,
  });
  return {
    kind: 'ELECTION',
    matter: result.matter,
    article278Item: String(ARTICLE_278_ITEM[result.matter]),
    seats: String(result.seats),
    deemedVotes: context.deemedVotes,
    countedAt: context.countedAt,
    votedOn: context.votedOn,
    ballots: String(context.ballots),
    participating: recordTotals(result.participating),
    quorum: recordCheck(result.quorum),
    candidates: result.candidates.map(candidate),
    elected: [...result.elected],
    issues: result.issues.map((issue) => ({
      code: issue.code,
      message: issue.message,
      candidates: issue.code === 'TIE_AT_LAST_SEAT' ? [...issue.candidates] : null,
    })),
  };
}

const CHOICES: readonly Choice[] = ['YES', 'NO', 'ABSTAIN'];

export function resolutionResultRecord(
  result: ResolutionResult,
  context: { deemedVotes: boolean; ballots: number; countedAt: string },
): ResolutionRecordResult {
  return {
    kind: 'RESOLUTION',
    matter: result.matter,
    article278Item: String(result.article278Item),
    deemedVotes: context.deemedVotes,
    countedAt: context.countedAt,
    ballots: String(context.ballots),
    participating: recordTotals(result.participating),
    quorum: recordCheck(result.quorum),
    options: CHOICES.map((option) => ({ option, votes: recordTotals(result.counts[option]) })),
    deemed: recordDeemed(result.deemed),
    pass: recordCheck(result.pass),
    outcome: result.outcome,
    decidedBy: result.decidedBy,
  };
}

// ─── From the record back to the tally's terms (a stored result is shown as the tally shows a live one) ──────

function totalsOf(totals: RecordTotals): Totals {
  return { headcount: Number(totals.headcount), areaHundredths: toHundredths(totals.area) };
}

function measureOf(measure: RecordMeasure, parse: (n: string) => number): MeasureCheck {
  const [part, whole] = measure.fraction.split('/').map(parse);
  return { part, whole, share: fraction(part, whole), met: measure.met };
}

export function thresholdCheckOf(check: RecordCheck): ThresholdCheck {
  const [numerator, denominator] = check.threshold.split('/').map(Number);
  return {
    threshold: { rule: check.rule as ThresholdRule, numerator, denominator, inclusive: check.inclusive },
    met: check.met,
    headcount: measureOf(check.headcount, Number),
    area: measureOf(check.area, toHundredths),
  };
}

function deemedOf(deemed: RecordDeemed): DeemedVotes {
  return { outcome: deemed.outcome as DeemedOutcome, side: deemed.side as DeemedVotes['side'], persons: totalsOf(deemed.persons) };
}

export function electionResultOf(result: ElectionRecordResult, rollTotals: RecordTotals): ElectionResult {
  const seatsLeft = Number(result.seats) - result.elected.length;
  const issues = result.issues.map((issue): ElectionIssue => {
    if (issue.code === 'TIE_AT_LAST_SEAT') return { code: issue.code, candidates: issue.candidates ?? [], seatsLeft, message: issue.message };
    if (issue.code === 'SEATS_UNFILLED') return { code: issue.code, seats: Number(result.seats), filled: result.elected.length, message: issue.message };
    return { code: 'NO_QUORUM', message: issue.message };
  });
  return {
    kind: 'ELECTION',
    matter: Matter.ELECT_OR_REPLACE_COMMITTEE,
    seats: Number(result.seats),
    totals: totalsOf(rollTotals),
    participating: totalsOf(result.participating),
    quorum: thresholdCheckOf(result.quorum),
    candidates: result.candidates.map((c) => ({
      candidate: c.id,
      approvals: totalsOf(c.approvals),
      deemed: deemedOf(c.deemed),
      pass: thresholdCheckOf(c.pass),
      rank: Number(c.rank),
      status: c.status as CandidateResult['status'],
    })),
    elected: [...result.elected],
    issues,
  };
}

export function resolutionResultOf(result: ResolutionRecordResult, rollTotals: RecordTotals): ResolutionResult {
  const votes = (option: Choice) => totalsOf(result.options.find((o) => o.option === option)!.votes);
  return {
    kind: 'RESOLUTION',
    matter: result.matter,
    article278Item: Number(result.article278Item),
    totals: totalsOf(rollTotals),
    participating: totalsOf(result.participating),
    counts: { YES: votes('YES'), NO: votes('NO'), ABSTAIN: votes('ABSTAIN') },
    quorum: thresholdCheckOf(result.quorum),
    deemed: deemedOf(result.deemed),
    pass: thresholdCheckOf(result.pass),
    outcome: result.outcome as ResolutionResult['outcome'],
    decidedBy: result.decidedBy as ThresholdRule,
  };
}

// ─── Seal ────────────────────────────────────────────────────────────────────────────────────────────────────

/** What the seal covers: the whole record but the seal itself. */
export function sealedContent(record: VoteRecord | SealedRecord): VoteRecord {
  const { seal: _seal, ...content } = record as SealedRecord;
  return content as VoteRecord;
}

export function sealOf(record: VoteRecord | SealedRecord): string {
  return sha256OfCanonical(sealedContent(record));
}

export function sealRecord(record: VoteRecord, sealedAt: string): SealedRecord {
  return { ...record, seal: { algorithm: 'SHA-256', sha256: sealOf(record), sealedAt } };
}

// ─── Recount from the record alone ───────────────────────────────────────────────────────────────────────────

/** The roll as the tally and the ballot box read it, from the record's persons (sorted by key, as a live roll). */
export function votingRollOf(roll: RecordRoll): VotingRoll {
  const byKey = (a: { personKey: string }, b: { personKey: string }) => (a.personKey < b.personKey ? -1 : a.personKey > b.personKey ? 1 : 0);
  return {
    persons: roll.persons.map((p) => ({ personKey: p.key, unitIds: [...p.units], areaHundredths: toHundredths(p.area) })).sort(byKey),
    totals: { headcount: Number(roll.totals.headcount), areaHundredths: toHundredths(roll.totals.area) },
    undesignatedUnitIds: [],
  };
}

/** Problems with the roll itself: totals that are not the sum of the persons, a unit voting through nobody. */
export function rollProblems(roll: RecordRoll): string[] {
  const problems: string[] = [];
  const area = roll.persons.reduce((sum, p) => sum + toHundredths(p.area), 0);
  if (String(roll.persons.length) !== roll.totals.headcount) {
    problems.push(`the roll's headcount ${roll.totals.headcount} is not its ${roll.persons.length} persons`);
  }
  if (fromHundredths(area) !== roll.totals.area) problems.push(`the roll's area ${roll.totals.area} is not its persons' ${fromHundredths(area)} m²`);
  const keys = new Set(roll.persons.map((p) => p.key));
  if (keys.size !== roll.persons.length) problems.push('a person is listed twice on the roll');
  const unitArea = roll.units.reduce((sum, u) => sum + toHundredths(u.area), 0);
  if (roll.units.length > 0 && fromHundredths(unitArea) !== roll.totals.area) {
    problems.push(`the units' area ${fromHundredths(unitArea)} m² is not the roll's ${roll.totals.area}`);
  }
  for (const unit of roll.units.filter((u) => !keys.has(u.voter))) problems.push(`unit ${unit.label} votes through ${unit.voter}, who is not on the roll`);
  return problems;
}

/** The result the roll, the ballots and the rule give, worked out again by the tally the API counts with. */
export function recount(record: VoteRecord): ElectionRecordResult | ResolutionRecordResult {
  const roll = votingRollOf(record.roll);
  if (record.vote.kind === 'ELECTION') {
    const { result, ballots } = record as ElectionRecord;
    const names = new Map(result.candidates.map((c) => [c.id, c.name]));
    const tally = tallyElection({
      seats: Number(result.seats),
      candidates: result.candidates.map((c) => c.id),
      roll,
      ballots: ballots.map((b) => ({ personKey: b.voter, approvals: b.approvals })),
      deemedVotes: result.deemedVotes,
    });
    return electionResultRecord(tally, { ...result, ballots: ballots.length, nameOf: (id) => names.get(id) ?? id });
  }
  const { result, ballots } = record as ResolutionRecord;
  const tally = tallyResolution({
    matter: result.matter,
    roll,
    ballots: ballots.map((b) => ({ personKey: b.voter, choice: b.choice })),
    deemedVotes: result.deemedVotes,
  });
  return resolutionResultRecord(tally, { ...result, ballots: ballots.length });
}

/** Problems of a record's tie settlement against its result; a sealed election record must not leave a tie open. */
export function tieSettlementRecordProblems(record: VoteRecord | SealedRecord): string[] {
  const settlement = (record as ElectionRecord).tieSettlement;
  const result = record.result as ElectionRecordResult;
  const tie = record.vote?.kind === 'ELECTION' ? result.issues?.find((i) => i.code === 'TIE_AT_LAST_SEAT') : undefined;
  const sealed = (record as SealedRecord).seal;
  if (settlement === undefined) {
    return tie && sealed ? ['the result has a tie at the last seat and the record holds no settlement of it'] : [];
  }
  if (!tie || settlement === null || typeof settlement !== 'object') return ['the record holds a settlement of a tie its result does not have'];
  const problems: string[] = [];
  if (settlement.countedAt !== result.countedAt) problems.push(`the settlement is of the result counted at ${String(settlement.countedAt)}, not of this one (${result.countedAt})`);
  const seatsLeft = Number(result.seats) - result.elected.length;
  const countedOn = dateInChina(new Date(result.countedAt));
  const sealedAt = sealed && typeof sealed.sealedAt === 'string' ? new Date(sealed.sealedAt) : null;
  const today = sealedAt && !Number.isNaN(sealedAt.getTime()) ? dateInChina(sealedAt) : dateInChina(new Date());
  const decidedOn = typeof settlement.decidedOn === 'string' && isIsoDate(settlement.decidedOn) ? settlement.decidedOn : '';
  for (const p of tieSettlementProblems(
    { method: settlement.method, chosen: Array.isArray(settlement.chosen) ? settlement.chosen : [], decidedOn: decidedOn || String(settlement.decidedOn), note: settlement.note },
    { tie: { candidates: tie.candidates ?? [], seatsLeft }, countedOn, today },
  )) {
    problems.push(`the tie settlement: ${p.field} ${p.rule}: ${p.message}`);
  }
  return problems;
}

export interface Verification {
  /** the stated seal equals the SHA-256 of the record as it is now */
  sealHolds: boolean;
  stated: string | null;
  computed: string;
  /** the roll, the ballots and the rule give the stated result */
  recountAgrees: boolean;
  problems: string[];
}

/** Checks an exported record: its seal, then that its result follows from its roll and ballots. */
export function verifyRecord(record: SealedRecord): Verification {
  const problems: string[] = [];
  const stated = typeof record.seal?.sha256 === 'string' ? record.seal.sha256 : null;
  if (record.format !== RECORD_FORMAT) problems.push(`not a ${RECORD_FORMAT} record (format: ${String(record.format)})`);
  let computed = '';
  try {
    computed = sealOf(record);
  } catch (error) {
    problems.push(`the record cannot be read: ${(error as Error).message}`);
  }
  if (!stated) problems.push('the record has no seal (seal.sha256)');
  else if (stated !== computed) problems.push(`the seal does not hold: stated ${stated}, computed ${computed}`);

  let recountAgrees = false;
  try {
    problems.push(...rollProblems(record.roll));
    recountAgrees = canonicalJson(recount(record)) === canonicalJson(record.result);
    if (!recountAgrees) problems.push('the result is not what the roll and the ballots give');
    problems.push(...tieSettlementRecordProblems(record));
  } catch (error) {
    problems.push(`the result cannot be recounted: ${(error as Error).message}`);
  }
  return { sealHolds: !!stated && stated === computed, stated, computed, recountAgrees, problems };
}

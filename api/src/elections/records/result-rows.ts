import { ARTICLE_278_ITEM, Matter } from '../thresholds';
import type { Choice } from '../tally';
import type {
  ElectionRecordResult, RecordCheck, RecordDeemed, RecordIssue, ResolutionRecordResult,
} from './vote-record';

/**
 * A stored result as rows of vote_result, vote_result_check and vote_result_line (migration 1764720300000)
 * and back: each threshold as exact numerator/denominator columns, each candidate's or option's outcome as
 * a line. Pure, so the round trip is tested by table; the service only moves the rows.
 */
export interface ResultRow {
  counted_at: string;
  matter: Matter;
  seats: number | null;
  deemed_votes: boolean;
  ballots: number;
  participating_headcount: number;
  participating_area: string;
  outcome: string | null;
  decided_by: string | null;
  issues: RecordIssue[];
}

export interface CheckRow {
  subject: string;
  rule: string;
  threshold_numerator: number;
  threshold_denominator: number;
  inclusive: boolean;
  headcount_numerator: number;
  headcount_denominator: number;
  headcount_met: boolean;
  area_numerator: string;
  area_denominator: string;
  area_met: boolean;
  met: boolean;
  deemed_outcome: string | null;
  deemed_side: string | null;
  deemed_headcount: number | null;
  deemed_area: string | null;
}

export interface LineRow {
  position: number;
  candidate_id: number | null;
  option: Choice | null;
  name: string | null;
  votes_headcount: number;
  votes_area: string;
  rank: number | null;
  status: string | null;
}

export interface ResultRows {
  result: ResultRow;
  checks: CheckRow[];
  lines: LineRow[];
}

const QUORUM = 'QUORUM';
const PASS = 'PASS';
const candidateSubject = (id: string) => `candidate:${id}`;

function split(fraction: string): [string, string] {
  const [numerator, denominator] = fraction.split('/');
  return [numerator, denominator];
}

function checkRow(subject: string, check: RecordCheck, deemed: RecordDeemed | null): CheckRow {
  const [tn, td] = split(check.threshold);
  const [hn, hd] = split(check.headcount.fraction);
  const [an, ad] = split(check.area.fraction);
  return {
    subject,
    rule: check.rule,
    threshold_numerator: Number(tn),
    threshold_denominator: Number(td),
    inclusive: check.inclusive,
    headcount_numerator: Number(hn),
    headcount_denominator: Number(hd),
    headcount_met: check.headcount.met,
    area_numerator: an,
    area_denominator: ad,
    area_met: check.area.met,
    met: check.met,
    deemed_outcome: deemed?.outcome ?? null,
    deemed_side: deemed?.side ?? null,
    deemed_headcount: deemed ? Number(deemed.persons.headcount) : null,
    deemed_area: deemed?.persons.area ?? null,
  };
}

function recordCheckOf(row: CheckRow): RecordCheck {
  return {
    rule: row.rule,
    threshold: `${row.threshold_numerator}/${row.threshold_denominator}`,
    inclusive: row.inclusive,
    met: row.met,
    headcount: { fraction: `${row.headcount_numerator}/${row.headcount_denominator}`, met: row.headcount_met },
    area: { fraction: `${row.area_numerator}/${row.area_denominator}`, met: row.area_met },
  };
}

function deemedOf(row: CheckRow): RecordDeemed {
  return { outcome: row.deemed_outcome!, side: row.deemed_side, persons: { headcount: String(row.deemed_headcount), area: row.deemed_area! } };
}

export function resultRows(result: ElectionRecordResult | ResolutionRecordResult): ResultRows {
  const common = {
    counted_at: result.countedAt,
    matter: result.matter,
    deemed_votes: result.deemedVotes,
    ballots: Number(result.ballots),
    participating_headcount: Number(result.participating.headcount),
    participating_area: result.participating.area,
  };
  const quorum = checkRow(QUORUM, result.quorum, null);
  if (result.kind === 'ELECTION') {
    return {
      result: { ...common, seats: Number(result.seats), outcome: null, decided_by: null, issues: result.issues },
      checks: [quorum, ...result.candidates.map((c) => checkRow(candidateSubject(c.id), c.pass, c.deemed))],
      lines: result.candidates.map((c, i) => ({
        position: i + 1,
        candidate_id: Number(c.id),
        option: null,
        name: c.name,
        votes_headcount: Number(c.approvals.headcount),
        votes_area: c.approvals.area,
        rank: Number(c.rank),
        status: c.status,
      })),
    };
  }
  return {
    result: { ...common, seats: null, outcome: result.outcome, decided_by: result.decidedBy, issues: [] },
    checks: [quorum, checkRow(PASS, result.pass, result.deemed)],
    lines: result.options.map((o, i) => ({
      position: i + 1,
      candidate_id: null,
      option: o.option,
      name: null,
      votes_headcount: Number(o.votes.headcount),
      votes_area: o.votes.area,
      rank: null,
      status: null,
    })),
  };
}

/** The stored result as the record holds it; an election's voting day comes from the election. */
export function resultOfRows(rows: ResultRows, votedOn: string | null): ElectionRecordResult | ResolutionRecordResult {
  const { result } = rows;
  const checkOf = new Map(rows.checks.map((c) => [c.subject, c]));
  const lines = [...rows.lines].sort((a, b) => a.position - b.position);
  const common = {
    matter: result.matter,
    article278Item: String(ARTICLE_278_ITEM[result.matter]),
    deemedVotes: result.deemed_votes,
    countedAt: result.counted_at,
    ballots: String(result.ballots),
    participating: { headcount: String(result.participating_headcount), area: result.participating_area },
    quorum: recordCheckOf(checkOf.get(QUORUM)!),
  };
  if (result.seats !== null) {
    const candidates = lines.map((line) => {
      const check = checkOf.get(candidateSubject(String(line.candidate_id)))!;
      return {
        id: String(line.candidate_id),
        name: line.name!,
        approvals: { headcount: String(line.votes_headcount), area: line.votes_area },
        deemed: deemedOf(check),
        pass: recordCheckOf(check),
        rank: String(line.rank),
        status: line.status!,
      };
    });
    return {
      kind: 'ELECTION',
      ...common,
      seats: String(result.seats),
      votedOn,
      candidates,
      elected: candidates.filter((c) => c.status === 'ELECTED').map((c) => c.id),
      issues: result.issues,
    } as ElectionRecordResult;
  }
  const pass = checkOf.get(PASS)!;
  return {
    kind: 'RESOLUTION',
    ...common,
    options: lines.map((line) => ({ option: line.option!, votes: { headcount: String(line.votes_headcount), area: line.votes_area } })),
    deemed: deemedOf(pass),
    pass: recordCheckOf(pass),
    outcome: result.outcome!,
    decidedBy: result.decided_by!,
  };
}

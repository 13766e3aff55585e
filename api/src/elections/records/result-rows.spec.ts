import { electionRecord, resolutionRecord } from '../../../test/fixtures/vote-records';
import { tallyElection, tallyResolution } from '../tally';
import { Matter } from '../thresholds';
import { canonicalJson } from './canonical-json';
import { resultOfRows, resultRows } from './result-rows';
import {
  ElectionRecordResult, electionResultOf, electionResultRecord, ResolutionRecordResult, resolutionResultOf, resolutionResultRecord, votingRollOf,
} from './vote-record';

describe('a stored result: rows of exact fractions, read back as the record holds it', () => {
  const election = electionRecord();
  const resolution = resolutionRecord();

  it('an election: one check per threshold as numerator/denominator columns, one line per candidate', () => {
    const rows = resultRows(election.result);
    expect(rows.checks[0]).toMatchObject({
      subject: 'QUORUM', rule: 'QUORUM_TWO_THIRDS', threshold_numerator: 2, threshold_denominator: 3, inclusive: true,
      headcount_numerator: 5, headcount_denominator: 6, area_numerator: '665.50', area_denominator: '760.50', met: true, deemed_outcome: null,
    });
    expect(rows.checks[1]).toMatchObject({ subject: 'candidate:11', rule: 'MORE_THAN_HALF', headcount_numerator: 4, headcount_denominator: 5, deemed_outcome: 'OFF' });
    expect(rows.lines.map((l) => [l.position, l.candidate_id, l.name, l.votes_headcount, l.votes_area, l.rank, l.status])).toEqual([
      [1, 11, '张伟', 4, '485.50', 1, 'ELECTED'],
      [2, 12, '王芳', 2, '295.50', 2, 'NOT_PASSED'],
      [3, 13, '刘洋', 1, '90.00', 3, 'NOT_PASSED'],
    ]);
    expect(rows.result).toMatchObject({ seats: 2, ballots: 5, outcome: null });
  });

  it('a resolution: the quorum and PASS checks, one line per option', () => {
    const rows = resultRows(resolution.result);
    expect(rows.checks.map((c) => c.subject)).toEqual(['QUORUM', 'PASS']);
    expect(rows.lines.map((l) => [l.option, l.votes_headcount, l.votes_area])).toEqual([['YES', 3, '390.50'], ['NO', 1, '90.00'], ['ABSTAIN', 1, '180.00']]);
    expect(rows.result).toMatchObject({ seats: null, outcome: 'PASSED', decided_by: 'MORE_THAN_HALF' });
  });

  it.each<[string, () => ElectionRecordResult | ResolutionRecordResult, string | null]>([
    ['an election', () => election.result, '2026-05-10'],
    ['a resolution', () => resolution.result, null],
  ])('%s reads back exactly as it was stored (same canonical JSON, so the same seal)', (_why, result, votedOn) => {
    // rows come back from PostgreSQL in any order
    const rows = resultRows(result());
    const shuffled = { ...rows, checks: [...rows.checks].reverse(), lines: [...rows.lines].reverse() };
    expect(canonicalJson(resultOfRows(shuffled, votedOn))).toBe(canonicalJson(result()));
  });
});

describe('a stored result shown in the tally’s terms is the tally that was stored', () => {
  it.each([true, false])('an election (deemed votes %s), with a tie and an unfilled seat', (deemedVotes) => {
    const record = electionRecord();
    const roll = votingRollOf(record.roll);
    // 张伟 is elected; 王芳 and 刘洋 pass with 3 approving persons each and tie for the last seat
    const tally = tallyElection({
      seats: 2, candidates: ['11', '12', '13'], roll, deemedVotes,
      ballots: [
        { personKey: 'owner:1', approvals: ['11', '12'] }, { personKey: 'owner:2', approvals: ['11', '12'] },
        { personKey: 'owner:4', approvals: ['11', '13'] }, { personKey: 'owner:5', approvals: ['11', '13'] },
        { personKey: 'DEVELOPER', approvals: ['12', '13'] },
      ],
    });
    expect(tally.issues.map((i) => i.code)).toEqual(['TIE_AT_LAST_SEAT', 'SEATS_UNFILLED']);
    const stored = electionResultRecord(tally, { deemedVotes, ballots: 5, countedAt: 'x', votedOn: null, nameOf: String });
    expect(electionResultOf(stored, record.roll.totals)).toEqual(tally);
  });

  it.each([Matter.OTHER_MAJOR_MATTER, Matter.RAISE_MAINTENANCE_FUND])('a resolution on %s', (matter) => {
    const record = resolutionRecord();
    const tally = tallyResolution({ matter, roll: votingRollOf(record.roll), ballots: record.ballots.map((b) => ({ personKey: b.voter, choice: b.choice })), deemedVotes: true });
    const stored = resolutionResultRecord(tally, { deemedVotes: true, ballots: 5, countedAt: 'x' });
    expect(resolutionResultOf(stored, record.roll.totals)).toEqual(tally);
  });
});

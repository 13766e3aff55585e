import type { VotingRoll } from '../owners/voting-weights';
import { tallyElection } from './tally';
import { ElectionPhase } from './election-phases';
import { applyTieSettlement, tieConfirmRefusal, TieFacts, TieSettlement, tieSettlementProblems } from './tie-settlement';

// the tie: a and b level for the one seat left (docs/domain-rules.md#election-tally)
const facts: TieFacts = { tie: { candidates: ['11', '12'], seatsLeft: 1 }, countedOn: '2026-11-20', today: '2026-11-25' };
const good: TieSettlement = { method: 'DRAWING_LOTS', chosen: ['12'], decidedOn: '2026-11-22', note: '街道干部王某监督抽签，见业主大会会议记录第3页' };
const rules = (s: Partial<TieSettlement>, f: Partial<TieFacts> = {}) => tieSettlementProblems({ ...good, ...s }, { ...facts, ...f }).map((p) => `${p.field}:${p.rule}`);

describe('a settlement of a tie at the last seat', () => {
  it.each<[string, Partial<TieSettlement>, Partial<TieFacts>, string[]]>([
    ['lots drawn among the tied, one chosen for one seat', {}, {}, []],
    ['a runoff vote decided it', { method: 'RUNOFF_VOTE' }, {}, []],
    ['decided the day it was counted', { decidedOn: '2026-11-20' }, {}, []],
    ['decided today', { decidedOn: '2026-11-25' }, {}, []],
    ['two of three tied for two seats', { chosen: ['13', '11'] }, { tie: { candidates: ['11', '12', '13'], seatsLeft: 2 } }, []],
    ['a method the rules do not know', { method: 'COIN' }, {}, ['method:TIE_METHOD_UNKNOWN']],
    ['a candidate outside the tie', { chosen: ['10'] }, {}, ['chosenCandidateIds:TIE_CHOICE_NOT_TIED']],
    ['nobody chosen', { chosen: [] }, {}, ['chosenCandidateIds:TIE_CHOICE_COUNT']],
    ['both tied chosen for one seat', { chosen: ['11', '12'] }, {}, ['chosenCandidateIds:TIE_CHOICE_COUNT']],
    ['one chosen twice for two seats', { chosen: ['11', '11'] }, { tie: { candidates: ['11', '12', '13'], seatsLeft: 2 } }, ['chosenCandidateIds:TIE_CHOICE_REPEATED']],
    ['one chosen twice for one seat', { chosen: ['11', '11'] }, {}, ['chosenCandidateIds:TIE_CHOICE_REPEATED', 'chosenCandidateIds:TIE_CHOICE_COUNT']],
    ['decided tomorrow', { decidedOn: '2026-11-26' }, {}, ['decidedOn:DECIDED_ON_FUTURE']],
    ['decided before the count', { decidedOn: '2026-11-19' }, {}, ['decidedOn:DECIDED_ON_BEFORE_COUNT']],
    ['not a real day', { decidedOn: '2026-02-30' }, {}, ['decidedOn:DECIDED_ON_INVALID']],
    ['no note', { note: '' }, {}, ['note:TIE_NOTE_REQUIRED']],
    ['a note of blanks and zero-width characters', { note: ' \u200b\u3000\u200d ' }, {}, ['note:TIE_NOTE_REQUIRED']],
    ['a note too long', { note: '记'.repeat(2001) }, {}, ['note:TIE_NOTE_TOO_LONG']],
    ['everything wrong at once', { method: 'X', chosen: ['9', '9'], decidedOn: '2027-01-01', note: '' }, {}, [
      'method:TIE_METHOD_UNKNOWN', 'chosenCandidateIds:TIE_CHOICE_NOT_TIED', 'chosenCandidateIds:TIE_CHOICE_REPEATED', 'chosenCandidateIds:TIE_CHOICE_COUNT',
      'decidedOn:DECIDED_ON_FUTURE', 'note:TIE_NOTE_REQUIRED',
    ]],
  ])('%s', (_why, settlement, f, expected) => {
    expect(rules(settlement, f)).toEqual(expected);
  });
});

/** n persons of 100 m² each. */
function roll(n: number): VotingRoll {
  const persons = Array.from({ length: n }, (_, i) => ({ personKey: `p${i + 1}`, unitIds: [`u${i + 1}`], areaHundredths: 10_000 }));
  return { persons, totals: { headcount: n, areaHundredths: n * 10_000 }, undesignatedUnitIds: [] };
}
// 2 seats, 7 voters: a has 6, b and c 4 each (both more than half), d none
const tied = tallyElection({
  seats: 2,
  candidates: ['a', 'b', 'c', 'd'],
  roll: roll(7),
  ballots: [['a', 'b'], ['a', 'b'], ['a', 'b'], ['a', 'c'], ['a', 'c'], ['a', 'c'], ['b', 'c']].map((approvals, i) => ({ personKey: `p${i + 1}`, approvals })),
});

describe('applying a settlement to the count', () => {
  it('the count reports the tie and leaves the seat open', () => {
    expect(tied.elected).toEqual(['a']);
    expect(tied.issues.map((i) => i.code)).toEqual(['TIE_AT_LAST_SEAT', 'SEATS_UNFILLED']);
  });

  it('the chosen is elected, the other of the tie not, the tie settled and no seat unfilled', () => {
    const settled = applyTieSettlement(tied, { chosen: ['c'] });
    expect(settled.elected).toEqual(['a', 'c']);
    expect(Object.fromEntries(settled.candidates.map((c) => [c.candidate, c.status]))).toEqual({ a: 'ELECTED', b: 'PASSED_NOT_ELECTED', c: 'ELECTED', d: 'NOT_PASSED' });
    expect(settled.issues).toEqual([expect.objectContaining({ code: 'TIE_AT_LAST_SEAT', settled: true, candidates: ['b', 'c'] })]);
  });

  it.each<[string, string[]]>([
    ['a candidate outside the tie', ['d']],
    ['both tied for one seat', ['b', 'c']],
    ['nobody', []],
    ['one repeated', ['b', 'b']],
  ])('a settlement naming %s changes nothing', (_why, chosen) => {
    expect(applyTieSettlement(tied, { chosen })).toBe(tied);
  });

  it('no settlement, or a result without a tie, is left as it is', () => {
    expect(applyTieSettlement(tied, null)).toBe(tied);
    const clear = applyTieSettlement(tied, { chosen: ['b'] });
    expect(applyTieSettlement(clear, { chosen: ['c'] })).toBe(clear);
  });
});

describe('a settlement confirmed by another officer (maker-checker)', () => {
  const { COUNTING, RESULT_PUBLICITY, CERTIFIED, CANCELLED } = ElectionPhase;
  it.each<[string, { recordedById: number | null; confirmed: boolean }, number | null, ElectionPhase, string | null]>([
    ['another officer confirms it while counted', { recordedById: 7, confirmed: false }, 8, COUNTING, null],
    ['another officer confirms it while the result is published', { recordedById: 7, confirmed: false }, 8, RESULT_PUBLICITY, null],
    ['the officer who recorded it', { recordedById: 7, confirmed: false }, 7, COUNTING, 'MAKER_CHECKER'],
    ['a caller unknown', { recordedById: 7, confirmed: false }, null, COUNTING, 'MAKER_CHECKER'],
    ['a settlement whose recorder is unknown', { recordedById: null, confirmed: false }, 8, COUNTING, 'MAKER_CHECKER'],
    ['an election cancelled with its settlement unconfirmed', { recordedById: 7, confirmed: false }, 8, CANCELLED, 'PHASE'],
    ['an election certified (it waits for a confirmation first, so only by hand)', { recordedById: 7, confirmed: false }, 8, CERTIFIED, 'PHASE'],
    ['the recorder of a cancelled election', { recordedById: 7, confirmed: false }, 7, CANCELLED, 'PHASE'],
    ['one confirmed already', { recordedById: 7, confirmed: true }, 8, COUNTING, 'CONFIRMED'],
    ['one confirmed already, asked by its recorder', { recordedById: 7, confirmed: true }, 7, RESULT_PUBLICITY, 'CONFIRMED'],
  ])('%s', (_why, settlement, caller, phase, refusal) => {
    expect(tieConfirmRefusal(settlement, caller, phase)).toBe(refusal);
  });
});

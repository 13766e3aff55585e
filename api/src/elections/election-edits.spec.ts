import { checkElectionEdit, checkPhaseOrder, checkPublicationWindow, defaultVotedOn, ElectionEdit, ElectionNow, PlannedPhase, StoredPhase, votedOnProblem } from './election-edits';
import { ElectionPhase as P } from './election-phases';

const TODAY = '2026-12-28';

/** An election in `phase`, entered on the planned start of each phase reached, with the seed's kind of plan. */
function electionIn(phase: P, changes: Partial<ElectionNow> = {}): ElectionNow {
  const plan: StoredPhase[] = [
    { phase: P.PREPARATION, startsOn: '2026-11-01', endsOn: '2026-11-09', enteredOn: '2026-11-01' },
    { phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: '2026-11-19', enteredOn: '2026-11-10' },
    { phase: P.ELIGIBILITY_REVIEW, startsOn: '2026-11-20', endsOn: '2026-11-29', enteredOn: '2026-11-20' },
    { phase: P.CANDIDATE_PUBLICITY, startsOn: '2026-12-01', endsOn: '2026-12-11', enteredOn: '2026-12-01' },
    { phase: P.VOTING, startsOn: '2026-12-12', endsOn: '2026-12-12', enteredOn: '2026-12-12' },
    { phase: P.COUNTING, startsOn: '2026-12-13', endsOn: '2026-12-14', enteredOn: '2026-12-13' },
    { phase: P.RESULT_PUBLICITY, startsOn: '2026-12-15', endsOn: '2026-12-21', enteredOn: '2026-12-15' },
  ];
  const order = Object.values(P);
  const reached = (p: P) => order.indexOf(p) <= order.indexOf(phase) && phase !== P.CANCELLED;
  return {
    phase,
    title: '龙庭小区第三届业主委员会换届选举',
    seats: 5,
    deemedVotes: false,
    plannedVotingOn: '2026-12-12',
    votedOn: order.indexOf(phase) >= order.indexOf(P.COUNTING) && phase !== P.CANCELLED ? '2026-12-12' : null,
    plan: plan.map((p) => (reached(p.phase) ? p : { ...p, enteredOn: null })),
    today: TODAY,
    ...changes,
  };
}

/** The edit that changes nothing, with `changes` on top. */
const sameAs = (now: ElectionNow, changes: Partial<ElectionEdit> = {}): ElectionEdit => ({
  title: now.title,
  seats: now.seats,
  deemedVotes: now.deemedVotes,
  plannedVotingOn: now.plannedVotingOn,
  votedOn: now.votedOn,
  phases: now.plan.map(({ phase, startsOn, endsOn }) => ({ phase, startsOn, endsOn })),
  ...changes,
});

const window = (startsOn: string | null, endsOn: string | null): PlannedPhase => ({ phase: P.CANDIDATE_PUBLICITY, startsOn, endsOn });
const rulesOf = (now: ElectionNow, edit: ElectionEdit) => {
  const refusal = checkElectionEdit(now, edit);
  if (!refusal) return 'OK';
  return refusal.kind === 'FIELDS' ? refusal.problems.map((p) => `${p.subject}/${p.rule}`).join(' ') : refusal.kind;
};

describe('a final election is a record', () => {
  it.each([P.CERTIFIED, P.CANCELLED])('%s refuses every edit, even one that changes nothing', (phase) => {
    const now = electionIn(phase);
    expect(checkElectionEdit(now, sameAs(now))).toEqual({ kind: 'FINAL' });
    expect(checkElectionEdit(now, sameAs(now, { title: '测试选举改名' }))).toEqual({ kind: 'FINAL' });
    expect(checkElectionEdit(now, sameAs(now, { phases: [] }))).toEqual({ kind: 'FINAL' });
  });
});

describe('an edit that changes nothing is accepted in every running phase', () => {
  it.each([P.PREPARATION, P.NOMINATION, P.ELIGIBILITY_REVIEW, P.CANDIDATE_PUBLICITY, P.VOTING, P.COUNTING, P.RESULT_PUBLICITY])('%s', (phase) => {
    const now = electionIn(phase);
    expect(checkElectionEdit(now, sameAs(now))).toBeNull();
    expect(checkElectionEdit(now, sameAs(now, { phases: [] }))).toBeNull();
  });
});

describe('settings, field by field', () => {
  // [phase, the change, outcome]
  const rows: Array<[P, string, Partial<ElectionEdit>, string]> = [
    [P.PREPARATION, 'seats', { seats: 7 }, 'OK'],
    [P.CANDIDATE_PUBLICITY, 'seats', { seats: 7 }, 'OK'],
    [P.VOTING, 'seats', { seats: 7 }, 'FROZEN'],
    [P.CANDIDATE_PUBLICITY, 'deemed votes', { deemedVotes: true }, 'OK'],
    [P.COUNTING, 'deemed votes', { deemedVotes: true }, 'FROZEN'],
    [P.PREPARATION, 'title', { title: '新标题的选举' }, 'OK'],
    [P.COUNTING, 'title', { title: '新标题的选举' }, 'OK'],
    [P.RESULT_PUBLICITY, 'title', { title: '新标题的选举' }, 'FROZEN'],
    [P.CANDIDATE_PUBLICITY, 'the planned voting day, outside the voting period', { plannedVotingOn: '2026-12-20' }, 'plannedVotingOn/PLANNED_VOTING_DAY_OUTSIDE_PERIOD'],
    [P.CANDIDATE_PUBLICITY, 'the planned voting day, cleared', { plannedVotingOn: null }, 'OK'],
    [P.VOTING, 'the planned voting day', { plannedVotingOn: '2026-12-20' }, 'plannedVotingOn/VOTING_OPENED'],
    // F6 (round 9): everything the posted result notice prints is frozen with it, as a class
    [P.RESULT_PUBLICITY, 'the planned voting day, cleared', { plannedVotingOn: null }, 'FROZEN'],
    [P.VOTING, 'the voting day, before closing', { votedOn: '2026-12-13' }, 'votedOn/ONLY_WHEN_CLOSING'],
    // F4: the voting period was 12 December only; the day after it is not the day the owners voted
    [P.COUNTING, 'the voting day, after the voting period', { votedOn: '2026-12-13' }, 'votedOn/VOTED_ON_AFTER_VOTING_PERIOD'],
    [P.RESULT_PUBLICITY, 'the voting day, after the voting period', { votedOn: '2026-12-13' }, 'FROZEN'],
    [P.RESULT_PUBLICITY, 'the voting day, within the voting period', { votedOn: '2026-12-12' }, 'OK'],
    [P.COUNTING, 'the voting day, before voting opened', { votedOn: '2026-12-11' }, 'votedOn/VOTED_ON_BEFORE_OPENING'],
    [P.COUNTING, 'the voting day, cleared', { votedOn: null }, 'votedOn/REQUIRED'],
    [P.COUNTING, 'the voting day, tomorrow', { votedOn: '2026-12-29' }, 'votedOn/VOTED_ON_FUTURE'],
  ];
  it.each(rows)('in %s, %s: %s', (phase, _label, change, outcome) => {
    const now = electionIn(phase);
    expect(rulesOf(now, sameAs(now, change))).toBe(outcome);
  });

  // F6 (round 9): the posted notice's voting day is corrected by a recount, which posts it anew; a real change only
  it.each<[string, ElectionNow, Partial<ElectionEdit>, string]>([
    ['posted, a voting day of the period', electionIn(P.RESULT_PUBLICITY, { plan: electionIn(P.VOTING).plan, votedOn: '2026-12-11' }), { votedOn: '2026-12-12' }, 'FROZEN'],
    ['posted, the same voting day', electionIn(P.RESULT_PUBLICITY), { votedOn: '2026-12-12' }, 'OK'],
    ['recounting after the notice was posted', electionIn(P.COUNTING, { plan: electionIn(P.RESULT_PUBLICITY).plan, votedOn: '2026-12-11' }), { votedOn: '2026-12-12' }, 'OK'],
  ])('%s: %s', (_label, now, change, outcome) => {
    expect(rulesOf(now, sameAs(now, change))).toBe(outcome);
  });

  // announced before the days are near (25 November, in review): voting's days move without a new 15 days' notice
  it.each<[string, Partial<ElectionEdit>, string]>([
    ['the planned voting day, with the voting period', { plannedVotingOn: '2026-12-13', phases: [{ phase: P.VOTING, startsOn: '2026-12-12', endsOn: '2026-12-13' }] }, 'OK'],
    ['the voting period, leaving the planned day behind', { phases: [{ phase: P.VOTING, startsOn: '2026-12-13', endsOn: '2026-12-13' }] }, 'plannedVotingOn/PLANNED_VOTING_DAY_OUTSIDE_PERIOD'],
  ])('in ELIGIBILITY_REVIEW on 25 November, %s: %s', (_label, change, outcome) => {
    const now = electionIn(P.ELIGIBILITY_REVIEW, { today: '2026-11-25' });
    expect(rulesOf(now, sameAs(now, change))).toBe(outcome);
  });

  // [voted on, voting opened, its announced last day, the vote closed, outcome]; today 28 December
  it.each([
    ['2026-12-29', '2026-12-01', null, null, 'VOTED_ON_FUTURE'],
    ['2026-11-30', '2026-12-01', null, null, 'VOTED_ON_BEFORE_OPENING'],
    ['2026-12-01', '2026-12-01', null, null, null],
    [TODAY, '2026-12-01', null, null, null],
    ['2026-11-30', null, null, null, null],
    // F4: within the announced period, its last day included, and not after the day the vote closed
    ['2026-12-21', '2026-12-20', '2026-12-21', '2026-12-23', null],
    ['2026-12-22', '2026-12-20', '2026-12-21', '2026-12-23', 'VOTED_ON_AFTER_VOTING_PERIOD'],
    ['2026-12-23', '2026-12-20', '2026-12-21', '2026-12-23', 'VOTED_ON_AFTER_VOTING_PERIOD'],
    ['2026-12-19', '2026-12-20', '2026-12-21', '2026-12-23', 'VOTED_ON_BEFORE_OPENING'],
    ['2026-12-21', '2026-12-20', '2026-12-25', '2026-12-21', null],
    ['2026-12-22', '2026-12-20', '2026-12-25', '2026-12-21', 'VOTED_ON_AFTER_CLOSING'],
    ['2026-12-22', '2026-12-20', null, '2026-12-21', 'VOTED_ON_AFTER_CLOSING'],
  ])('a voting day of %s, voting opened on %s, announced to end on %s, closed on %s: %s', (votedOn, openedOn, endsOn, closedOn, rule) => {
    expect(votedOnProblem(votedOn, { today: TODAY, openedOn, endsOn, closedOn })?.rule ?? null).toBe(rule);
  });

  // [closed on, voting opened, its announced last day, the day recorded]
  it.each([
    ['2026-12-21', '2026-12-20', '2026-12-21', '2026-12-21'],
    ['2026-12-20', '2026-12-20', '2026-12-21', '2026-12-20'],
    ['2026-12-23', '2026-12-20', '2026-12-21', '2026-12-21'],
    ['2026-12-23', null, null, '2026-12-23'],
    ['2026-12-23', '2026-12-22', '2026-12-21', '2026-12-22'],
  ])('closed on %s with no day given (opened %s, announced to end %s): the voting day is %s', (closedOn, openedOn, endsOn, recorded) => {
    expect(defaultVotedOn(closedOn, { openedOn, endsOn })).toBe(recorded);
  });

  it('a voting day corrected after the vote closed stays within the period and before the close', () => {
    const now = electionIn(P.COUNTING, { votingClosedOn: '2026-12-13' });
    expect(rulesOf(now, sameAs(now, { votedOn: '2026-12-12' }))).toBe('OK');
    expect(rulesOf(now, sameAs(now, { votedOn: '2026-12-13' }))).toBe('votedOn/VOTED_ON_AFTER_VOTING_PERIOD');
    const longer = { ...now, plan: now.plan.map((p) => (p.phase === P.VOTING ? { ...p, endsOn: '2026-12-20' } : p)) };
    expect(rulesOf(longer, sameAs(longer, { votedOn: '2026-12-14' }))).toBe('votedOn/VOTED_ON_AFTER_CLOSING');
  });
});

describe('the plan of dates', () => {
  // [phase now, the plan entry given, outcome]
  const rows: Array<[P, string, PlannedPhase, string]> = [
    // a phase not yet entered is planned freely
    [P.ELIGIBILITY_REVIEW, 'the window planned shorter before publication', window('2026-12-01', '2026-12-05'), 'OK'],
    // F2: a publicity still ahead lasts its minimum, five days both counted (publicity.ts)
    [P.ELIGIBILITY_REVIEW, 'the window planned four days', window('2026-12-01', '2026-12-04'), 'phases[0].endsOn/CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    [P.ELIGIBILITY_REVIEW, 'the window planned for one day', window('2026-12-01', '2026-12-01'), 'phases[0].endsOn/CANDIDATE_PUBLICITY_BELOW_MINIMUM'],
    [P.ELIGIBILITY_REVIEW, 'the window planned with its end only', window(null, '2026-12-01'), 'OK'],
    [P.COUNTING, 'result publicity announced anew for four days', { phase: P.RESULT_PUBLICITY, startsOn: '2026-12-29', endsOn: '2027-01-01' }, 'phases[0].endsOn/RESULT_PUBLICITY_TOO_SHORT phases[0].endsOn/RESULT_PUBLICITY_BELOW_MINIMUM'],
    // voting's announced days all passed (today 28 December): new ones are a vote called anew, 15 days ahead
    [P.NOMINATION, 'voting planned a day longer, its days passed', { phase: P.VOTING, startsOn: '2026-12-12', endsOn: '2026-12-13' }, 'phases[0].startsOn/VOTING_NOTICE_TOO_SHORT'],
    [P.NOMINATION, 'voting planned after the counting', { phase: P.VOTING, startsOn: '2027-01-20', endsOn: '2027-01-25' }, 'phases[0].startsOn/PHASE_ORDER plannedVotingOn/PLANNED_VOTING_DAY_OUTSIDE_PERIOD'],
    // the objection window once published: extended, never shortened
    [P.CANDIDATE_PUBLICITY, 'the window extended', window('2026-12-01', '2026-12-18'), 'OK'],
    [P.CANDIDATE_PUBLICITY, 'the window kept', window('2026-12-01', '2026-12-11'), 'OK'],
    [P.CANDIDATE_PUBLICITY, 'the window shortened by a day', window('2026-12-01', '2026-12-10'), 'phases[0].endsOn/OBJECTION_WINDOW_SHORTENED'],
    [P.CANDIDATE_PUBLICITY, 'the window cleared', window('2026-12-01', null), 'phases[0].endsOn/OBJECTION_WINDOW_SHORTENED'],
    [P.CANDIDATE_PUBLICITY, 'F6: the window ending before publication', window('2026-12-01', '2026-11-30'), 'phases[0].endsOn/PHASE_ENDS_BEFORE_ENTERED phases[0].endsOn/OBJECTION_WINDOW_SHORTENED'],
    [P.CANDIDATE_PUBLICITY, 'its start moved', window('2026-11-28', '2026-12-11'), 'phases[0].startsOn/PHASE_STARTED'],
    // the current phase's end moves, not before the day it was entered
    [P.ELIGIBILITY_REVIEW, 'the review extended', { phase: P.ELIGIBILITY_REVIEW, startsOn: '2026-11-20', endsOn: '2026-11-25' }, 'OK'],
    [P.ELIGIBILITY_REVIEW, 'the review shortened to the day it opened', { phase: P.ELIGIBILITY_REVIEW, startsOn: '2026-11-20', endsOn: '2026-11-20' }, 'OK'],
    [P.ELIGIBILITY_REVIEW, 'the review ending before it opened', { phase: P.ELIGIBILITY_REVIEW, startsOn: '2026-11-20', endsOn: '2026-11-19' }, 'phases[0].endsOn/PHASE_ENDS_BEFORE_ENTERED'],
    // the nomination and result-publicity periods, like voting's: moved, never withdrawn; not revived once over (today 2026-12-28)
    [P.PREPARATION, 'nomination dates withdrawn', { phase: P.NOMINATION, startsOn: null, endsOn: null }, 'phases[0].startsOn/NOMINATION_PERIOD_REQUIRED'],
    [P.NOMINATION, 'nomination extended after it ended', { phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: '2026-12-30' }, 'phases[0].endsOn/NOMINATION_PERIOD_ENDED'],
    [P.COUNTING, 'result publicity moved before publication', { phase: P.RESULT_PUBLICITY, startsOn: '2026-12-29', endsOn: '2027-01-04' }, 'OK'],
    [P.COUNTING, 'result publicity withdrawn', { phase: P.RESULT_PUBLICITY, startsOn: '2026-12-15', endsOn: null }, 'phases[0].endsOn/RESULT_PUBLICITY_REQUIRED'],
    // the voting period: re-announced before it opens, never withdrawn; once open extended while it runs (today 2026-12-28)
    [P.CANDIDATE_PUBLICITY, 'voting dates withdrawn', { phase: P.VOTING, startsOn: null, endsOn: null }, 'phases[0].startsOn/VOTING_PERIOD_REQUIRED'],
    [P.VOTING, 'voting ending earlier, after it ended', { phase: P.VOTING, startsOn: '2026-12-12', endsOn: '2026-12-30' }, 'phases[0].endsOn/VOTING_PERIOD_ENDED'],
    [P.VOTING, 'voting end withdrawn while open', { phase: P.VOTING, startsOn: '2026-12-12', endsOn: null }, 'phases[0].endsOn/VOTING_PERIOD_REQUIRED'],
    // a phase over is history
    [P.VOTING, 'the window after voting opened', window('2026-12-01', '2026-12-20'), 'phases[0].endsOn/PHASE_OVER'],
    [P.RESULT_PUBLICITY, 'nomination rewritten', { phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: '2026-11-12' }, 'phases[0].endsOn/PHASE_OVER'],
    [P.NOMINATION, 'preparation given dates after the fact', { phase: P.PREPARATION, startsOn: '2026-10-01', endsOn: '2026-11-09' }, 'phases[0].startsOn/PHASE_OVER'],
    // order and repetition, as before
    [P.PREPARATION, 'voting before nomination', { phase: P.VOTING, startsOn: '2026-11-05', endsOn: '2026-11-06' }, 'phases[0].startsOn/PHASE_ORDER phases[0].startsOn/VOTING_NOTICE_TOO_SHORT plannedVotingOn/PLANNED_VOTING_DAY_OUTSIDE_PERIOD'],
  ];
  it.each(rows)('in %s, %s: %s', (phase, _label, entry, outcome) => {
    const now = electionIn(phase);
    expect(rulesOf(now, sameAs(now, { phases: [entry] }))).toBe(outcome);
  });

  it('once the candidates were published, a reopened review keeps the window (no shortening before republication)', () => {
    // REOPEN_REVIEW: back in review, the publicity phase entered once already
    const now = electionIn(P.ELIGIBILITY_REVIEW, { plan: electionIn(P.CANDIDATE_PUBLICITY).plan });
    expect(rulesOf(now, sameAs(now, { phases: [window('2026-12-01', '2026-12-04')] }))).toBe('phases[0].endsOn/OBJECTION_WINDOW_SHORTENED phases[0].endsOn/CANDIDATE_PUBLICITY_BELOW_MINIMUM');
    expect(rulesOf(now, sameAs(now, { phases: [window('2026-12-06', '2026-12-16')] }))).toBe('OK');
  });

  it('a late officer re-announces voting, with the phases after it, 15 days ahead', () => {
    const now = electionIn(P.CANDIDATE_PUBLICITY);
    const phases = [
      { phase: P.VOTING, startsOn: '2027-01-12', endsOn: '2027-01-14' },
      { phase: P.COUNTING, startsOn: '2027-01-15', endsOn: '2027-01-16' },
      { phase: P.RESULT_PUBLICITY, startsOn: '2027-01-17', endsOn: '2027-01-23' },
    ];
    expect(rulesOf(now, sameAs(now, { phases, plannedVotingOn: '2027-01-12' }))).toBe('OK');
    expect(rulesOf(now, sameAs(now, { phases }))).toBe('plannedVotingOn/PLANNED_VOTING_DAY_OUTSIDE_PERIOD');
    expect(rulesOf(now, sameAs(now, { phases: phases.slice(0, 1), plannedVotingOn: '2027-01-12' }))).toBe('phases[0].startsOn/PHASE_ORDER');
    // called for tomorrow instead, the owners would have a day's notice
    const tomorrow = [{ ...phases[0], startsOn: '2026-12-29', endsOn: '2026-12-31' }, ...phases.slice(1)];
    expect(rulesOf(now, sameAs(now, { phases: tomorrow, plannedVotingOn: '2026-12-29' }))).toBe('phases[0].startsOn/VOTING_NOTICE_TOO_SHORT');
  });

  it('an open vote’s period is extended while it runs, never shortened', () => {
    const open = electionIn(P.VOTING, { today: '2026-12-20' });
    const plan = open.plan.map((p) => (p.phase === P.VOTING ? { ...p, endsOn: '2026-12-24' } : p));
    const now = { ...open, plan };
    const voting = (endsOn: string) => ({ phases: [{ phase: P.VOTING, startsOn: '2026-12-12', endsOn }] });
    expect(rulesOf(now, sameAs(now, voting('2026-12-31')))).toBe('OK');
    expect(rulesOf(now, sameAs(now, voting('2026-12-22')))).toBe('phases[0].endsOn/VOTING_PERIOD_SHORTENED');
  });

  it('a running nomination period is extended, never shortened', () => {
    const now = electionIn(P.NOMINATION, { today: '2026-11-15' });
    const nomination = (endsOn: string) => ({ phases: [{ phase: P.NOMINATION, startsOn: '2026-11-10', endsOn }] });
    expect(rulesOf(now, sameAs(now, nomination('2026-11-19')))).toBe('OK');
    expect(rulesOf(now, sameAs(now, nomination('2026-11-22')))).toBe('OK');
    expect(rulesOf(now, sameAs(now, nomination('2026-11-16')))).toBe('phases[0].endsOn/NOMINATION_PERIOD_SHORTENED');
    expect(rulesOf(now, sameAs(now, nomination('2026-11-09')))).toBe('phases[0].endsOn/PHASE_ENDS_BEFORE_ENTERED phases[0].endsOn/NOMINATION_PERIOD_SHORTENED');
  });

  it('a plan stored before the phase was entered late is kept as it is, unless it is edited', () => {
    const late = electionIn(P.ELIGIBILITY_REVIEW);
    const plan = late.plan.map((p) => (p.phase === P.ELIGIBILITY_REVIEW ? { ...p, enteredOn: '2026-11-30' } : p));
    const now = { ...late, plan };
    expect(rulesOf(now, sameAs(now))).toBe('OK');
    expect(rulesOf(now, sameAs(now, { phases: [{ phase: P.ELIGIBILITY_REVIEW, startsOn: '2026-11-20', endsOn: '2026-11-28' }] }))).toBe('phases[0].endsOn/PHASE_ENDS_BEFORE_ENTERED');
  });

  it.each([
    [[{ phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: null }, { phase: P.PREPARATION, startsOn: '2026-11-11', endsOn: null }], ['phases[0].startsOn/PHASE_ORDER']],
    [
      [
        { phase: P.PREPARATION, startsOn: '2026-11-01', endsOn: null },
        { phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: null },
        { phase: P.ELIGIBILITY_REVIEW, startsOn: '2026-11-05', endsOn: null },
      ],
      ['phases[2].startsOn/PHASE_ORDER'],
    ],
    [[{ phase: P.NOMINATION, startsOn: null, endsOn: null }, { phase: P.NOMINATION, startsOn: null, endsOn: null }], ['phases[1].phase/PHASE_REPEATED']],
    [[{ phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: null }, { phase: P.VOTING, startsOn: '2026-11-10', endsOn: null }], []],
    [[], []],
  ])('checkPhaseOrder(%j): %j, each on the entry it is about', (phases, rules) => {
    expect(checkPhaseOrder(phases as PlannedPhase[]).map((p) => `${p.subject}/${p.rule}`)).toEqual(rules);
  });

  it('reports a date problem on the entry of the plan it is about, wherever that entry is in the list', () => {
    const now = electionIn(P.CANDIDATE_PUBLICITY);
    // the whole plan given, the voting days (entry 4) moved to tomorrow: too short a notice, on that start
    const later: Partial<Record<P, Pick<PlannedPhase, 'startsOn' | 'endsOn'>>> = {
      [P.VOTING]: { startsOn: '2026-12-29', endsOn: '2026-12-30' },
      [P.COUNTING]: { startsOn: '2026-12-31', endsOn: '2027-01-01' },
      [P.RESULT_PUBLICITY]: { startsOn: '2027-01-02', endsOn: '2027-01-08' },
    };
    const phases = sameAs(now).phases.map((p) => ({ ...p, ...later[p.phase] }));
    expect(phases[4].phase).toBe(P.VOTING);
    expect(rulesOf(now, sameAs(now, { phases, plannedVotingOn: '2026-12-29' }))).toBe('phases[4].startsOn/VOTING_NOTICE_TOO_SHORT');
    // and the window (entry 3) shortened, on its end
    const shortened = phases.map((p) => (p.phase === P.CANDIDATE_PUBLICITY ? { ...p, endsOn: '2026-12-10' } : p));
    expect(rulesOf(now, sameAs(now, { phases: shortened, plannedVotingOn: '2026-12-29' }))).toBe('phases[3].endsOn/OBJECTION_WINDOW_SHORTENED phases[4].startsOn/VOTING_NOTICE_TOO_SHORT');
  });

  it('orders a changed entry against the stored plan of the phases not given', () => {
    const stored = electionIn(P.PREPARATION).plan;
    expect(checkPhaseOrder([{ phase: P.VOTING, startsOn: '2026-11-05', endsOn: null }], stored).map((p) => p.rule)).toEqual(['PHASE_ORDER']);
    expect(checkPhaseOrder([{ phase: P.VOTING, startsOn: '2026-12-12', endsOn: null }], stored)).toEqual([]);
    // a stored plan out of order holds back no edit that leaves those phases alone
    const disordered = stored.map((p) => (p.phase === P.COUNTING ? { ...p, startsOn: '2026-10-01' } : p));
    expect(checkPhaseOrder([{ phase: P.NOMINATION, startsOn: '2026-11-10', endsOn: '2026-11-18' }], disordered)).toEqual([]);
  });
});

describe('publishing the candidates', () => {
  it.each([
    [window('2026-12-01', '2026-12-27'), 'before today'],
    [window('2026-12-01', TODAY), null],
    [window(null, '2027-01-05'), null],
    [window(null, null), null],
    [undefined, null],
  ])('with the window %j: %s', (planned, refused) => {
    const why = checkPublicationWindow(planned, TODAY);
    if (refused) expect(why).toMatch(refused);
    else expect(why).toBeNull();
  });
});

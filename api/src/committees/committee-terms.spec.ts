import { CommitteeTerm, compositionDayProblem, filingEventProblem, succeededBy, termOrderProblem, termOverlapProblem } from './committee-terms';

const term = (termNumber: number, termStart: string, termEnd: string): CommitteeTerm => ({ termNumber, termStart, termEnd });
// the certified committee of the review: 2026-12-20 – 2031-12-19
const sitting = term(1, '2026-12-20', '2031-12-19');

describe('one committee sits at a time: a new term shares no day with another', () => {
  it.each([
    ['no other committee', term(1, '2026-12-21', '2029-12-20'), [], null],
    ['a day after the sitting term ends', term(2, '2031-12-20', '2034-12-19'), [sitting], null],
    ['on the last day of the sitting term', term(2, '2031-12-19', '2034-12-18'), [sitting], 'COMMITTEE_TERM_OVERLAP'],
    ['the day after the sitting one was elected', term(2, '2026-12-21', '2029-12-20'), [sitting], 'COMMITTEE_TERM_OVERLAP'],
    ['starting before it and ending inside it', term(3, '2025-06-01', '2030-05-31'), [sitting], 'COMMITTEE_TERM_OVERLAP'],
    ['ending the day before it starts', term(0, '2021-12-20', '2026-12-19'), [sitting], null],
    ['ending on the day it starts', term(0, '2021-12-20', '2026-12-20'), [sitting], 'COMMITTEE_TERM_OVERLAP'],
    ['enclosing it', term(2, '2026-01-01', '2032-01-01'), [sitting], 'COMMITTEE_TERM_OVERLAP'],
    ['one day long inside it', term(2, '2027-01-01', '2027-01-01'), [sitting], 'COMMITTEE_TERM_OVERLAP'],
  ])('%s → %s', (_label, t, others, rule) => {
    expect(termOverlapProblem(t, others)?.rule ?? null).toBe(rule);
  });

  it('names every committee it clashes with', () => {
    const next = term(2, '2031-12-20', '2036-12-19');
    expect(termOverlapProblem(term(3, '2031-01-01', '2032-01-01'), [sitting, next])?.message).toMatch(/term 1 \(2026-12-20 – 2031-12-19\), term 2 \(2031-12-20 – 2036-12-19\)/);
  });
});

describe('term numbers follow the dates', () => {
  it.each([
    ['the next number after the last term', term(2, '2031-12-20', '2034-12-19'), [sitting], null],
    ['a later number starting before the last term', term(2, '2021-12-20', '2026-12-19'), [sitting], 'COMMITTEE_TERM_ORDER'],
    ['an earlier number after the last term', term(0, '2031-12-20', '2034-12-19'), [sitting], 'COMMITTEE_TERM_ORDER'],
    ['an earlier number before it (history registered late)', term(0, '2021-12-20', '2026-12-19'), [sitting], null],
    ['a gap in the numbers', term(5, '2031-12-20', '2034-12-19'), [sitting], null],
    ['an overlap is the overlap rule’s, not this one’s', term(3, '2025-06-01', '2030-05-31'), [sitting], null],
  ])('%s → %s', (_label, t, others, rule) => {
    expect(termOrderProblem(t, others)?.rule ?? null).toBe(rule);
  });
});

describe('a certified successor ends the sitting term the day before its election, when it can', () => {
  it.each([
    ['elected during the sitting term', '2029-06-01', '2029-05-31'],
    ['elected two days after it began: one day of term left to it', '2026-12-22', '2026-12-21'],
    ['elected the day after it began: it cannot end before it began', '2026-12-21', '2031-12-19'],
    ['elected on the day it began', '2026-12-20', '2031-12-19'],
    ['elected after it ended: nothing to end', '2032-01-10', '2031-12-19'],
    ['elected the day after its last day', '2031-12-20', '2031-12-19'],
  ])('%s (%s) → it ends %s', (_label, successorStart, termEnd) => {
    expect(succeededBy(sitting, successorStart)).toEqual({ ...sitting, termEnd });
  });

  it('a successor elected the day after the sitting one began still overlaps it: refused', () => {
    const successor = term(2, '2026-12-21', '2031-12-20');
    expect(termOverlapProblem(successor, [succeededBy(sitting, successor.termStart)])?.rule).toBe('COMMITTEE_TERM_OVERLAP');
    const later = term(2, '2029-06-01', '2034-05-31');
    expect(termOverlapProblem(later, [succeededBy(sitting, later.termStart)])).toBeNull();
  });
});

describe('the day a new composition takes effect', () => {
  const term = { termStart: '2024-03-31', termEnd: '2029-03-30' };
  it.each([
    ['today, after the one in force', '2026-12-05', '2026-12-05', '2024-03-31', null],
    ['the day the one in force began (a same-day correction)', '2026-06-01', '2026-12-05', '2026-06-01', null],
    ['the first day of the term', '2024-03-31', '2026-12-05', null, null],
    ['tomorrow', '2026-12-06', '2026-12-05', '2024-03-31', 'NOT_FUTURE'],
    ['before the one in force (the review’s 2024 date after a 2026 change)', '2024-06-20', '2026-12-05', '2026-12-05', 'BEFORE_COMPOSITION_IN_FORCE'],
    ['before the term', '2024-03-30', '2026-12-05', null, 'OUTSIDE_TERM'],
  ])('%s: %s (today %s, in force since %s) → %s', (_case, effectiveOn, today, inForceSince, rule) => {
    expect(compositionDayProblem(effectiveOn, { today, term, inForceSince })?.rule ?? null).toBe(rule);
  });

  it('a term that has ended takes no composition, even one dated within it', () => {
    expect(compositionDayProblem('2016-06-01', { today: '2026-12-05', term: { termStart: '2015-03-01', termEnd: '2018-02-28' }, inForceSince: '2015-03-01' })?.rule).toBe('COMMITTEE_TERM_ENDED');
  });
});

describe('the event a committee filing is of', () => {
  const committee = { electedOn: '2024-03-31', termStart: '2024-03-31', termEnd: '2029-03-30' };
  it.each([
    ['ESTABLISHMENT', '2024-03-31', null],
    ['ESTABLISHMENT', '2009-03-02', 'ESTABLISHMENT_NOT_ELECTION_DAY'],
    ['ESTABLISHMENT', '2024-04-01', 'ESTABLISHMENT_NOT_ELECTION_DAY'],
    ['CHANGE', '2025-01-10', null],
    ['CHANGE', '2024-03-31', null],
    ['CHANGE', '2024-03-30', 'OUTSIDE_TERM'],
    ['CHANGE', '2009-03-02', 'OUTSIDE_TERM'],
    ['CHANGE', '2026-12-06', 'NOT_FUTURE'],
  ] as const)('%s on %s → %s', (kind, eventDate, rule) => {
    expect(filingEventProblem(kind, eventDate, committee, '2026-12-05')?.rule ?? null).toBe(rule);
  });
});

import { NOTICES_2024_2026 } from '../../../migrations/1764720200000-holiday-notices';
import { noticeFromText } from '../shared/notice-text';
import { CommitteePosition as P, checkCommitteeSize, checkPositions, checkTermYears, termEndOf } from './committee-composition';
import { filingDeadline, firstMeetingDeadline } from './committee-rules';

const calendar = { notices: NOTICES_2024_2026.map(noticeFromText) };

describe('committee size: odd, 5 to 11; 3 for ≤ 100 households', () => {
  it.each([
    [5, 428, null],
    [7, 428, null],
    [11, 428, null],
    [13, 428, 'COMMITTEE_SIZE'],
    [9, 101, null],
    [6, 428, 'COMMITTEE_SIZE'], // even
    [3, 101, 'COMMITTEE_SIZE'], // one household too many for 3
    [3, 100, null], // exactly 100
    [3, 0, null],
    [1, 40, 'COMMITTEE_SIZE'],
    [4, 40, 'COMMITTEE_SIZE'],
    [5, 40, null], // a small estate may still choose 5
    [0, 428, 'COMMITTEE_SIZE'],
    [5.5, 428, 'COMMITTEE_SIZE'],
    [5, -1, 'COMMITTEE_HOUSEHOLDS_INVALID'],
  ])('%s members for %s households → %s', (size, households, rule) => {
    expect(checkCommitteeSize(size, households)?.rule ?? null).toBe(rule);
  });

  it('explains the small-estate allowance in the message', () => {
    expect(checkCommitteeSize(4, 80)?.message).toBe('a committee has an odd number of members from 3 to 11 (3 allowed: 80 households ≤ 100), got 4');
    expect(checkCommitteeSize(3, 101)?.message).toBe('a committee has an odd number of members from 5 to 11, got 3');
  });
});

describe('positions: one chair, 1–2 vice-chairs, no more vice-chairs than members', () => {
  const positions = (chairs: number, vices: number, members: number) => [
    ...Array(chairs).fill(P.CHAIR), ...Array(vices).fill(P.VICE_CHAIR), ...Array(members).fill(P.MEMBER),
  ];
  it.each([
    [1, 1, 3, []],
    [1, 2, 2, []],
    [1, 2, 8, []],
    [1, 1, 1, []], // a committee of 3
    [0, 1, 4, ['COMMITTEE_CHAIR_COUNT']],
    [2, 1, 2, ['COMMITTEE_CHAIR_COUNT']],
    [1, 0, 4, ['COMMITTEE_VICE_CHAIR_COUNT']],
    [1, 3, 3, ['COMMITTEE_VICE_CHAIR_COUNT']],
    [1, 2, 0, ['COMMITTEE_VICE_CHAIRS_OUTNUMBER_MEMBERS']], // 3 members, all officers
    [0, 0, 0, ['COMMITTEE_CHAIR_COUNT', 'COMMITTEE_VICE_CHAIR_COUNT']],
  ])('%i chair(s), %i vice-chair(s), %i member(s) → %j', (chairs, vices, members, rules) => {
    expect(checkPositions(positions(chairs, vices, members)).map((p) => p.rule)).toEqual(rules);
  });
});

describe('term of office: 3 to 5 years', () => {
  it.each([
    [2, 'COMMITTEE_TERM_YEARS'],
    [3, null],
    [5, null],
    [6, 'COMMITTEE_TERM_YEARS'],
    [4.5, 'COMMITTEE_TERM_YEARS'],
  ])('%s years → %s', (years, rule) => {
    expect(checkTermYears(years)?.rule ?? null).toBe(rule);
  });
});

describe('the last day of a term: the day before its anniversary', () => {
  it.each([
    ['2026-03-10', 5, '2031-03-09'],
    ['2026-01-01', 3, '2028-12-31'],
    ['2025-03-01', 3, '2028-02-29'], // the day before 1 March of a leap year
    ['2024-02-29', 5, '2029-02-28'], // anniversary 1 March in a common year: not a day short
    ['2024-02-29', 4, '2028-02-28'], // a leap year has its 29 February
    ['2024-02-28', 5, '2029-02-27'],
  ])('elected %s for %i years → last day %s', (electedOn, years, last) => {
    expect(termEndOf(electedOn, years)).toBe(last);
  });
});

describe('deadlines after the election', () => {
  it.each([
    ['2025-06-10', '2025-07-10'], // Thursday, a working day
    ['2026-04-10', '2026-05-11'], // day 30 is Sunday 10 May
    ['2026-01-16', '2026-02-24'], // day 30 is the first day of 春节 2026
    ['2025-12-02', '2026-01-04'], // day 30 is 元旦; Sunday 4 January is a working day
  ])('filing for an election on %s is due by %s', (election, due) => {
    expect(filingDeadline(election, calendar).lastDay).toBe(due);
  });

  it('calls the first meeting within 7 days, moved over a holiday', () => {
    expect(firstMeetingDeadline('2025-06-10', calendar).lastDay).toBe('2025-06-17'); // Tuesday
    expect(firstMeetingDeadline('2025-09-24', calendar).lastDay).toBe('2025-10-09'); // day 7 is 1 October
  });
});

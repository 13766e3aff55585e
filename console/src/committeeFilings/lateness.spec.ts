import { daysSubmittedLate } from './lateness';

describe('daysSubmittedLate', () => {
  it('counts the days after the last day, by the China calendar', () => {
    expect(daysSubmittedLate({ dueOn: '2026-11-20', submittedAt: '2026-12-05T09:00:00.000Z' })).toBe(15);
    // 17:00 UTC on the 20th is already the 21st in China
    expect(daysSubmittedLate({ dueOn: '2026-11-20', submittedAt: '2026-11-20T17:00:00.000Z' })).toBe(1);
  });

  it('is null on time or when not submitted', () => {
    expect(daysSubmittedLate({ dueOn: '2026-11-20', submittedAt: '2026-11-20T15:59:00.000Z' })).toBeNull();
    expect(daysSubmittedLate({ dueOn: '2026-11-20', submittedAt: null })).toBeNull();
  });
});

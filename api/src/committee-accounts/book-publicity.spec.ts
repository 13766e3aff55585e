import { BookQuarter, bookYearIsPublic, publicBookYears } from './book-publicity';

const q = (year: number, quarter: number, status: BookQuarter['status']): BookQuarter => ({ year, quarter, status });

describe('a committee book’s year is public when nothing dated in it can still be booked', () => {
  it.each<[string, BookQuarter[], number, boolean]>([
    ['all four quarters published', [q(2025, 1, 'PUBLISHED'), q(2025, 2, 'PUBLISHED'), q(2025, 3, 'PUBLISHED'), q(2025, 4, 'PUBLISHED')], 2025, true],
    ['a book opened in the third quarter: its two quarters published', [q(2025, 3, 'PUBLISHED'), q(2025, 4, 'PUBLISHED')], 2025, true],
    ['one quarter only countersigned', [q(2025, 1, 'PUBLISHED'), q(2025, 2, 'COUNTERSIGNED'), q(2025, 4, 'PUBLISHED')], 2025, false],
    ['one quarter closed, not yet countersigned', [q(2025, 3, 'PUBLISHED'), q(2025, 4, 'CLOSED')], 2025, false],
    ['the last quarter still open', [q(2025, 3, 'PUBLISHED'), q(2025, 4, 'OPEN')], 2025, false],
    ['no fourth quarter and nothing later closed: an entry of December could still be booked', [q(2025, 1, 'PUBLISHED'), q(2025, 2, 'PUBLISHED')], 2025, false],
    ['no fourth quarter, the next year’s first countersigned: the year is shut for good', [q(2025, 1, 'PUBLISHED'), q(2026, 1, 'COUNTERSIGNED')], 2025, true],
    ['no fourth quarter, the next year’s first published', [q(2025, 1, 'PUBLISHED'), q(2026, 1, 'PUBLISHED')], 2025, true],
    ['no fourth quarter, the next year’s first only closed: the community may still return it', [q(2025, 1, 'PUBLISHED'), q(2026, 1, 'CLOSED')], 2025, false],
    ['no fourth quarter, the next year’s first only open', [q(2025, 1, 'PUBLISHED'), q(2026, 1, 'OPEN')], 2025, false],
    ['a year the book never had', [q(2025, 4, 'PUBLISHED'), q(2026, 1, 'PUBLISHED')], 2024, false],
  ])('%s', (_case, quarters, year, expected) => {
    expect(bookYearIsPublic(quarters, year)).toBe(expected);
  });

  it('lists the public years, oldest first', () => {
    expect(publicBookYears([q(2026, 1, 'PUBLISHED'), q(2024, 4, 'PUBLISHED'), q(2025, 2, 'PUBLISHED'), q(2025, 4, 'PUBLISHED'), q(2026, 2, 'CLOSED')])).toEqual([2024, 2025]);
  });
});

/**
 * When a committee book's statement is the owners' to read without signing in
 * (docs/domain-rules.md#public-statements): only when its figures can no longer change, so what an owner
 * printed yesterday still holds today.
 */

export interface BookQuarter {
  year: number;
  quarter: number;
  status: 'OPEN' | 'CLOSED' | 'COUNTERSIGNED' | 'PUBLISHED';
}

/** Countersigned or published: a quarter that can no longer go back to the committee (a closed one can be returned). */
const forGood = (q: BookQuarter) => q.status === 'COUNTERSIGNED' || q.status === 'PUBLISHED';

/**
 * A committee book's year is public when the book has quarters in it, every one of them is published, and the
 * book is shut for good through the year's last quarter: a quarter at or after it is countersigned or published,
 * so no entry dated in the year can ever be booked (docs/domain-rules.md#committee-accounts). A later quarter only
 * closed does not shut it: the community may send that one back, and the year would open again.
 */
export function bookYearIsPublic(quarters: readonly BookQuarter[], year: number): boolean {
  const ofYear = quarters.filter((q) => q.year === year);
  if (!ofYear.length || ofYear.some((q) => q.status !== 'PUBLISHED')) return false;
  return quarters.some((q) => forGood(q) && (q.year > year || (q.year === year && q.quarter === 4)));
}

/** The years of a book that are public, oldest first. */
export function publicBookYears(quarters: readonly BookQuarter[]): number[] {
  return [...new Set(quarters.map((q) => q.year))].sort((a, b) => a - b).filter((year) => bookYearIsPublic(quarters, year));
}

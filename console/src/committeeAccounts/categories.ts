import type { EntryDirection } from '../generated/graphql';

/** The categories of each side of the book, as the server takes them (IncomeCategory / SpendingCategory). */
export const ENTRY_CATEGORIES: Record<EntryDirection, string[]> = {
  INCOME: ['PARKING', 'ADVERTISING', 'VENUE_AND_SPACE_RENTAL', 'TELECOM_FACILITIES', 'INTEREST', 'OTHER_INCOME'],
  SPENDING: ['REPAIRS_AND_MAINTENANCE', 'PUBLIC_SERVICES', 'COMMITTEE_OPERATIONS', 'COMMUNITY_ACTIVITIES', 'TAXES_AND_FEES', 'OTHER_SPENDING'],
};

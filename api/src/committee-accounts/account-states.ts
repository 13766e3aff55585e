import { TransitionTable } from '../filings/transitions';

/**
 * A quarter of a committee's book (业账社管, docs/roles-and-workflows.md#committee-accounts): open for entries,
 * closed by the committee, countersigned by the community, then published. The community may instead send a closed
 * quarter back (RETURN, with its reason) for the committee to correct and close again; once countersigned there is
 * no way back: a mistake found later is corrected by a new entry in an open quarter.
 */
export enum PeriodStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  COUNTERSIGNED = 'COUNTERSIGNED',
  PUBLISHED = 'PUBLISHED',
}

export enum PeriodAction {
  CLOSE = 'CLOSE',
  COUNTERSIGN = 'COUNTERSIGN',
  PUBLISH = 'PUBLISH',
  RETURN = 'RETURN',
}

export const PERIOD_TRANSITIONS: TransitionTable<PeriodStatus, PeriodAction> = {
  [PeriodAction.CLOSE]: { from: [PeriodStatus.OPEN], to: PeriodStatus.CLOSED },
  [PeriodAction.COUNTERSIGN]: { from: [PeriodStatus.CLOSED], to: PeriodStatus.COUNTERSIGNED },
  [PeriodAction.PUBLISH]: { from: [PeriodStatus.COUNTERSIGNED], to: PeriodStatus.PUBLISHED },
  [PeriodAction.RETURN]: { from: [PeriodStatus.CLOSED], to: PeriodStatus.OPEN },
};

export enum EntryDirection {
  INCOME = 'INCOME',
  SPENDING = 'SPENDING',
}

/** Public income (公共收益): what the owners' common parts earn. */
export enum IncomeCategory {
  PARKING = 'PARKING',
  ADVERTISING = 'ADVERTISING',
  VENUE_AND_SPACE_RENTAL = 'VENUE_AND_SPACE_RENTAL',
  TELECOM_FACILITIES = 'TELECOM_FACILITIES',
  INTEREST = 'INTEREST',
  OTHER_INCOME = 'OTHER_INCOME',
}

/** What the committee spends public income on. */
export enum SpendingCategory {
  REPAIRS_AND_MAINTENANCE = 'REPAIRS_AND_MAINTENANCE',
  PUBLIC_SERVICES = 'PUBLIC_SERVICES',
  COMMITTEE_OPERATIONS = 'COMMITTEE_OPERATIONS',
  COMMUNITY_ACTIVITIES = 'COMMUNITY_ACTIVITIES',
  TAXES_AND_FEES = 'TAXES_AND_FEES',
  OTHER_SPENDING = 'OTHER_SPENDING',
}

export const ENTRY_CATEGORY_ORDER: readonly string[] = [...Object.values(IncomeCategory), ...Object.values(SpendingCategory)];

export function categoryFits(direction: EntryDirection, category: string): boolean {
  return direction === EntryDirection.INCOME
    ? (Object.values(IncomeCategory) as string[]).includes(category)
    : (Object.values(SpendingCategory) as string[]).includes(category);
}

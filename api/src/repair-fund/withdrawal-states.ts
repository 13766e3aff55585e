import { TransitionTable } from '../filings/transitions';

/** A withdrawal's lifecycle (docs/roles-and-workflows.md#repair-fund): requested, then decided once. */
export enum WithdrawalStatus {
  REQUESTED = 'REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export enum WithdrawalAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

export const WITHDRAWAL_TRANSITIONS: TransitionTable<WithdrawalStatus, WithdrawalAction> = {
  [WithdrawalAction.APPROVE]: { from: [WithdrawalStatus.REQUESTED], to: WithdrawalStatus.APPROVED },
  [WithdrawalAction.REJECT]: { from: [WithdrawalStatus.REQUESTED], to: WithdrawalStatus.REJECTED },
};

/** What small repairs are paid for (the statement totals withdrawals by these). */
export enum WithdrawalCategory {
  ELEVATOR = 'ELEVATOR',
  WATER_AND_DRAINAGE = 'WATER_AND_DRAINAGE',
  ELECTRICAL_AND_LIGHTING = 'ELECTRICAL_AND_LIGHTING',
  ROOF_AND_WALLS = 'ROOF_AND_WALLS',
  ROADS_AND_PARKING = 'ROADS_AND_PARKING',
  FIRE_SAFETY = 'FIRE_SAFETY',
  DOORS_AND_SECURITY = 'DOORS_AND_SECURITY',
  GREENERY = 'GREENERY',
  OTHER = 'OTHER',
}

export const WITHDRAWAL_CATEGORY_ORDER: readonly string[] = Object.values(WithdrawalCategory);

import { TransitionTable } from './transitions';

/**
 * A change that loosens a control, or adds money to a ledger, made by one officer and confirmed by another
 * (maker-checker, docs/roles-and-workflows.md#money-proposals): pending, then decided once. Pure: no database.
 */
export enum ProposalStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REFUSED = 'REFUSED',
  WITHDRAWN = 'WITHDRAWN',
}

export enum ProposalAction {
  CONFIRM = 'CONFIRM',
  REFUSE = 'REFUSE',
  WITHDRAW = 'WITHDRAW',
}

export const PROPOSAL_TRANSITIONS: TransitionTable<ProposalStatus, ProposalAction> = {
  [ProposalAction.CONFIRM]: { from: [ProposalStatus.PENDING], to: ProposalStatus.CONFIRMED },
  [ProposalAction.REFUSE]: { from: [ProposalStatus.PENDING], to: ProposalStatus.REFUSED },
  [ProposalAction.WITHDRAW]: { from: [ProposalStatus.PENDING], to: ProposalStatus.WITHDRAWN },
};

/** Why `actorId` may not take `action` on a pending proposal of `proposedById`, or null when they may. */
export function proposalRefusal(action: ProposalAction, proposedById: number, actorId: number): 'MAKER_CHECKER' | 'PROPOSER_ONLY' | null {
  const own = proposedById === actorId;
  // the checker is never the maker; only the maker takes back what they proposed
  if (action === ProposalAction.WITHDRAW) return own ? null : 'PROPOSER_ONLY';
  return own ? 'MAKER_CHECKER' : null;
}

/** What the caller may do with a proposal now (the console's buttons). */
export function proposalActions(status: ProposalStatus, proposedById: number, actorId: number | null, confirmBlocker: ConfirmBlocker | null = null): ProposalAction[] {
  if (actorId === null || status !== ProposalStatus.PENDING) return [];
  return Object.values(ProposalAction).filter(
    // a confirmation the service would refuse (the record changed since, the proposer gone) is not offered: refusing is
    (action) => proposalRefusal(action, proposedById, actorId) === null && !(action === ProposalAction.CONFIRM && confirmBlocker),
  );
}

/** Why a pending proposal's confirmation would be refused whoever confirms it: the service's refusal codes (INVALID_TRANSITION / …, FORBIDDEN / SELF). */
export type ConfirmBlocker = 'PROPOSAL_STALE' | 'PROPOSER_GONE' | 'SELF';

/**
 * Why CONFIRM is not offered to the caller (the console says it beside the buttons): their own proposal (MAKER_CHECKER), or
 * a blocker; null when it is offered, or when the caller decides no such proposal, or it is decided.
 */
export function confirmRefusal(status: ProposalStatus, proposedById: number, actorId: number | null, confirmBlocker: ConfirmBlocker | null): string | null {
  if (actorId === null || status !== ProposalStatus.PENDING) return null;
  return proposalRefusal(ProposalAction.CONFIRM, proposedById, actorId) ?? confirmBlocker;
}

import type { ConfirmBlocker } from '../filings/proposals';
import { Role } from '../request/principal';

/**
 * Which parts of an admin's edit of an account take effect at once and which wait for a second admin
 * (docs/roles-and-workflows.md#account-dual-control): what would let someone act under the account is proposed; what
 * takes power away or gives none is done. Pure: no database.
 */
export interface AccountNow {
  role: Role;
  active: boolean;
}

export interface AccountAsked {
  role: Role;
  active: boolean;
  /** a reset to a one-time password was asked */
  password: boolean;
  /** the officer's subdistricts: left as they are, only some taken away, or any added */
  subdistricts: 'keep' | 'takesAway' | 'adds';
}

export type ProposedPart = 'role' | 'activates' | 'password' | 'subdistricts';
export type AtOncePart = 'deactivates' | 'subdistricts';

export function splitAccountEdit(now: AccountNow, asked: AccountAsked): { proposed: ProposedPart[]; atOnce: AtOncePart[] } {
  const proposed: ProposedPart[] = [];
  const atOnce: AtOncePart[] = [];
  const roleChanges = asked.role !== now.role;
  if (roleChanges) proposed.push('role');
  if (asked.active && !now.active) proposed.push('activates');
  if (!asked.active && now.active) atOnce.push('deactivates');
  // a one-time password is a way to act as the person: always two admins, each holding half (an admin's own: changeOwnPassword)
  if (asked.password) proposed.push('password');
  // subdistricts taken away under the same role give nothing; added ones, or any under a new role, wait
  if (asked.subdistricts === 'takesAway' && !roleChanges) atOnce.push('subdistricts');
  else if (asked.subdistricts !== 'keep') proposed.push('subdistricts');
  return { proposed, atOnce };
}

/**
 * Why a pending account change cannot be confirmed by `confirmerId`, on its proposer and account as they stand, or null:
 * the proposer no longer an active admin (round 11 O1), an admin taking away their own admin role, the account changed
 * since the proposal (round 11 F6). The confirmation refuses by it, and the console's offer leaves CONFIRM out by it.
 */
export function accountConfirmBlocker(
  proposal: { role: Role | null; userVersion: number | null },
  proposer: { role: Role; active: boolean } | null,
  account: { id: number; version: number },
  confirmerId: number | null,
): ConfirmBlocker | null {
  if (!proposer || proposer.role !== Role.ADMIN || !proposer.active) return 'PROPOSER_GONE';
  if (confirmerId === account.id && proposal.role && proposal.role !== Role.ADMIN) return 'SELF';
  if (proposal.userVersion !== null && account.version !== proposal.userVersion) return 'PROPOSAL_STALE';
  return null;
}

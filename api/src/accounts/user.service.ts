import { In } from 'typeorm';
import { recordAudit } from '../audit/audit.service';
import { decideProposal, ProposalKind, proposalPending } from '../filings/proposal-decision';
import { ConfirmBlocker, ProposalAction, ProposalStatus } from '../filings/proposals';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { toId } from '../shared/ids';
import { fail } from '../shared/errors';
import { findList, ListResult } from '../shared/list';
import { insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { AccountChangeProposalListOptions, UserInput, UserListOptions, UserUpdateInput } from './auth.inputs';
import { halvesHash, hashPassword } from './password';
import { generateHalf, showOnce } from './one-time-password';
import { Role } from '../request/principal';
import { AccountChangeProposal } from './account-change.entity';
import { accountConfirmBlocker, splitAccountEdit } from './account-change';
import { User } from './user.entity';

const CONSTRAINT_ERRORS = {
  app_user_username_key: () => fail.badField('username', 'TAKEN', 'is already in use'),
  app_user_display_name_key: () => displayNameTaken(),
};

/** A display name names one person: records show it as maker, checker and actor (round 11 F7). */
const displayNameTaken = () => fail.badField('displayName', 'DISPLAY_NAME_TAKEN', 'is the name of another account (compared without case or width)');

/** Refused when another account has the name, compared as the unique index does (NFKC, lower). */
async function assertDisplayNameFree(ctx: RequestContext, displayName: string, exceptId: number | null): Promise<void> {
  const [holder] = await ctx.em.query(
    `SELECT id FROM app_user WHERE lower(normalize(display_name, NFKC)) = lower(normalize($1, NFKC)) AND id IS DISTINCT FROM $2 LIMIT 1`,
    [displayName.trim(), exceptId],
  );
  if (holder) throw displayNameTaken();
}

/** People and their roles; administered by admins, every change audited (never with the password hash). */
export class UserService {
  list(ctx: RequestContext, options: UserListOptions | undefined, wantTotal: boolean): Promise<ListResult<User>> {
    return findList(
      ctx,
      {
        entity: User,
        alias: 'u',
        defaultSort: 'username',
        filters: {
          q: { op: 'contains', columns: ['u.username', 'u.displayName'] },
          role: { op: 'enum', column: 'u.role', values: Role },
          active: { op: 'eq', column: 'u.active' },
        },
      },
      options,
      { wantTotal },
    );
  }

  async get(ctx: RequestContext, id: number): Promise<User> {
    const user = await ctx.loaders.byId(User).load(id);
    if (!user) throw fail.notFound('User', id);
    return user;
  }

  /**
   * A new account waits for another admin (docs/roles-and-workflows.md#account-dual-control): the row is made
   * inactive and without a password, and the proposal carries the one-time password's first half (shown to the
   * proposer in this answer), its role and subdistricts until confirmed.
   */
  async create(ctx: RequestContext, input: UserInput): Promise<User> {
    const reason = reasonOf(input.reason);
    const subdistrictIds = input.subdistrictIds?.length ? await this.subdistrictIdsOf(ctx, input.role, input.subdistrictIds) : null;
    try {
      return await withTransaction(ctx, async (ctx) => {
        await assertDisplayNameFree(ctx, input.displayName, null);
        const created = await insertReturning(ctx, User, {
          username: input.username,
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash: null,
          active: false,
          // the admin knows it: the person must choose their own before acting (attacker round 9 F5)
          mustChangePassword: true,
        });
        await recordAudit(ctx, { action: 'user.create', entityType: 'User', entityId: created.id, after: created });
        await this.propose(ctx, created, { creates: true, role: input.role, subdistrictIds, reason }, { resetsPassword: true });
        return created;
      });
    } catch (error) {
      translateDbError(error, CONSTRAINT_ERRORS);
    }
  }

  /**
   * The subdistricts an officer acts in, replaced as a whole, under the user's version (the user's version moves):
   * taking some away is at once; adding any is proposed for another admin (docs/roles-and-workflows.md#account-dual-control).
   */
  async setJurisdiction(ctx: RequestContext, userId: number, version: number, subdistrictIds: string[], reason?: string | null): Promise<User> {
    return withTransaction(ctx, async (ctx) => {
      const user = await lockVersion(ctx, User, userId, version, noRowRule);
      if (user.role !== Role.OFFICER) throw fail.badField('userId', 'NOT_OFFICER', 'jurisdictions are for officers');
      const ids = await this.subdistrictIdsOf(ctx, user.role, subdistrictIds);
      const takesAway = await this.onlyTakesAway(ctx, user.id, ids);
      if (takesAway) await this.writeJurisdiction(ctx, user, ids);
      // proposed on the account as it is after this call (its version moved), so the proposal is not stale at once
      const updated = await saveVersion(ctx, User, user, {});
      if (!takesAway) await this.propose(ctx, updated, { subdistrictIds: ids, reason: reasonOf(reason) }, { resetsPassword: false });
      return updated;
    });
  }

  /** The pending proposal of an account, if any (one at a time: account_change_one_pending). */
  pendingChanges(ctx: RequestContext, userIds: readonly number[]): Promise<Array<AccountChangeProposal | null>> {
    return ctx.em
      .find(AccountChangeProposal, { where: { userId: In([...userIds]), status: ProposalStatus.PENDING } })
      .then((rows) => userIds.map((id) => rows.find((r) => r.userId === id) ?? null));
  }

  /** Proposals as every list is read (docs/architecture.md#list-contract): by status and account, oldest first unless sorted. */
  proposals(ctx: RequestContext, options: AccountChangeProposalListOptions | undefined, wantTotal: boolean): Promise<ListResult<AccountChangeProposal>> {
    return findList(
      ctx,
      {
        entity: AccountChangeProposal,
        alias: 'p',
        defaultSort: 'id',
        filters: {
          status: { op: 'enum', column: 'p.status', values: ProposalStatus },
          userId: { op: 'eq', column: 'p.userId', id: true },
        },
      },
      options,
      { wantTotal },
    );
  }

  decide(ctx: RequestContext, id: number, version: number, action: ProposalAction, note: string | null): Promise<AccountChangeProposal> {
    // PostgreSQL sees a stale proposal as its status is written, before applyConfirmed does: the same coded refusal
    return decideProposal(ctx, ACCOUNT_CHANGE, id, version, action, note).catch((error: unknown) =>
      translateDbError(error, { account_change_on_account_as_proposed: () => proposalStale(id) }),
    );
  }

  /**
   * Writes a proposal on the locked account, as it stands (its version kept: PROPOSAL_STALE), and audits it
   * (`accountChange.propose`); one pending per account. A one-time password's first half is shown in this answer only.
   */
  private async propose(ctx: RequestContext, user: User, change: Partial<AccountChangeProposal>, { resetsPassword }: { resetsPassword: boolean }): Promise<AccountChangeProposal> {
    try {
      // the first half of a one-time password is shown now and kept only as its hash
      const firstHalf = resetsPassword ? generateHalf() : null;
      const passwordFirstHalfHash = firstHalf ? await hashPassword(firstHalf) : null;
      const proposal = await insertReturning(ctx, AccountChangeProposal, { ...change, passwordFirstHalfHash, userId: user.id, userVersion: user.version, proposedById: actorId(ctx)! });
      await recordAudit(ctx, { action: 'accountChange.propose', entityType: 'User', entityId: user.id, after: proposal });
      if (firstHalf) showOnce(ctx, proposal.id, firstHalf);
      return proposal;
    } catch (error) {
      translateDbError(error, { account_change_one_pending: () => proposalPending('User', user.id) });
    }
  }

  /** Why `confirmerId` could not confirm a pending proposal now (accountConfirmBlocker), read through the request's loaders; null when decided. */
  async confirmBlocker(ctx: RequestContext, proposal: AccountChangeProposal, confirmerId: number | null): Promise<ConfirmBlocker | null> {
    if (confirmerId === null || proposal.status !== ProposalStatus.PENDING) return null;
    const [proposer, account] = await Promise.all([ctx.loaders.byId(User).load(proposal.proposedById), ctx.loaders.byId(User).load(proposal.userId)]);
    return account ? accountConfirmBlocker(proposal, proposer, account, confirmerId) : null;
  }

  /** Carries out a confirmed proposal on its account, in the deciding transaction; audited as the account's update. */
  async applyConfirmed(ctx: RequestContext, proposal: AccountChangeProposal): Promise<void> {
    const [proposer] = await ctx.em.query(`SELECT role, active FROM app_user WHERE id = $1`, [proposal.proposedById]);
    const row = await lockVersion(ctx, User, proposal.userId, null, noRowRule);
    const blocker = accountConfirmBlocker(proposal, proposer ?? null, row, actorId(ctx));
    if (blocker === 'PROPOSER_GONE') {
      throw fail.invalidTransition('AccountChangeProposal', proposal.id, 'PENDING', 'confirmed: its proposer is no longer an active admin; refuse it', { rule: 'PROPOSER_GONE' });
    }
    if (blocker === 'SELF') throw fail.forbidden('You cannot take away your own admin role', 'SELF');
    // confirmed on the account it was proposed on: a change since (a removal at once, the person's own password) voids it (F6)
    if (blocker === 'PROPOSAL_STALE') throw proposalStale(proposal.id);
    const role = proposal.role ?? row.role;
    if (row.role === Role.ADMIN && row.active && role !== Role.ADMIN) {
      await assertAdminsLeft(ctx, row.id);
      await this.withdrawProposalsOf(ctx, row.id, 'withdrawn: its proposer is no longer an admin');
    }
    // the second half is made now and shown to the confirmer only; the account keeps each half's hash, neither half (F1)
    const secondHalf = proposal.passwordFirstHalfHash ? generateHalf() : null;
    const passwordHash = secondHalf ? halvesHash(proposal.passwordFirstHalfHash!, await hashPassword(secondHalf)) : null;
    const updated = await saveVersion(ctx, User, row, {
      ...(proposal.creates || proposal.activates ? { active: true } : {}),
      ...(proposal.role ? { role: proposal.role } : {}),
      // a one-time credential: the person chooses their own first (attacker round 9 F5)
      ...(passwordHash ? { passwordHash, mustChangePassword: true } : {}),
    });
    if (passwordHash) {
      await ctx.em.query(`UPDATE access_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [row.id]);
      showOnce(ctx, proposal.id, secondHalf!);
    }
    if (proposal.creates || proposal.activates || proposal.role || passwordHash) {
      await recordAudit(ctx, { action: passwordHash ? 'user.update+password' : 'user.update', entityType: 'User', entityId: row.id, before: row, after: updated });
    }
    // jurisdictions are an officer's only: a role taken away takes them with it
    if (role !== Role.OFFICER) await this.writeJurisdiction(ctx, updated, []);
    else if (proposal.subdistrictIds) await this.writeJurisdiction(ctx, updated, proposal.subdistrictIds);
  }

  /** Withdraws the pending account changes `adminId` proposed, in the caller's transaction, each audited as its withdrawal. */
  private async withdrawProposalsOf(ctx: RequestContext, adminId: number, note: string): Promise<void> {
    // locked as read: one a confirmation holds is waited for, then skipped once decided, never written over (race13)
    const pending = await ctx.em.find(AccountChangeProposal, { where: { proposedById: adminId, status: ProposalStatus.PENDING }, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } });
    for (const row of pending) {
      const withdrawn = await saveVersion(ctx, AccountChangeProposal, row, { status: ProposalStatus.WITHDRAWN, decidedById: adminId, decisionNote: note });
      await recordAudit(ctx, { action: 'accountChange.withdraw', entityType: 'User', entityId: row.userId, before: row, after: withdrawn });
    }
  }

  /** The subdistricts' ids, unique and sorted; refused when the role is not an officer's or one names no subdistrict. */
  private async subdistrictIdsOf(ctx: RequestContext, role: Role, ids: readonly string[]): Promise<number[]> {
    const unique = [...new Set(ids.map((id) => toId(id, 'subdistrictIds')))].sort((a, b) => a - b);
    if (unique.length && role !== Role.OFFICER) throw fail.badField('subdistrictIds', 'NOT_OFFICER', 'jurisdictions are for officers');
    const known: Array<{ id: number }> = await ctx.em.query(`SELECT id FROM subdistrict WHERE id = ANY($1::int[])`, [unique]);
    if (known.length !== unique.length) throw fail.badField('subdistrictIds', 'REFERENCE', 'refers to a subdistrict that does not exist');
    return unique;
  }

  /** Whether `ids` only takes subdistricts away from the officer's (or changes nothing): that gives no power, so it needs no checker. */
  private async onlyTakesAway(ctx: RequestContext, userId: number, ids: readonly number[]): Promise<boolean> {
    const before = new Set(await this.jurisdictionIdsIn(ctx, userId));
    return ids.every((id) => before.has(id));
  }

  /**
   * Replaces an officer's subdistricts (checked by subdistrictIdsOf) and audits the change (none when nothing
   * changed), in the caller's transaction.
   */
  private async writeJurisdiction(ctx: RequestContext, user: User, unique: readonly number[]): Promise<void> {
    const before = await this.jurisdictionIdsIn(ctx, user.id);
    if (before.length === unique.length && before.every((id, i) => id === unique[i])) return;
    await ctx.em.query(`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [user.id]);
    if (unique.length) {
      await ctx.em.query(`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) SELECT $1, unnest($2::int[])`, [user.id, unique]);
    }
    await recordAudit(ctx, {
      action: 'user.jurisdiction',
      entityType: 'User',
      entityId: user.id,
      before: { subdistrictIds: before },
      after: { subdistrictIds: unique },
    });
  }

  private async jurisdictionIdsIn(ctx: RequestContext, userId: number): Promise<number[]> {
    const rows: Array<{ subdistrict_id: number }> = await ctx.em.query(
      `SELECT subdistrict_id FROM officer_jurisdiction WHERE user_id = $1 ORDER BY subdistrict_id`,
      [userId],
    );
    return rows.map((r) => r.subdistrict_id);
  }

  /**
   * A display name and a deactivation are at once (they give no power); a role, a reactivation, a one-time password
   * and added subdistricts are proposed for another admin (docs/roles-and-workflows.md#account-dual-control).
   */
  async update(ctx: RequestContext, id: number, version: number, input: UserUpdateInput): Promise<User> {
    const own = ctx.principal?.id === id;
    if (own && (!input.active || input.role !== 'admin')) {
      throw fail.forbidden('You cannot disable your own account or take away your own admin role', 'SELF');
    }
    // an admin's own password is changed as everyone's is, knowing the current one
    if (own && input.resetPassword) throw fail.badField('resetPassword', 'OWN_PASSWORD', 'change your own password with changeOwnPassword');
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, User, id, version, noRowRule);
      await assertDisplayNameFree(ctx, input.displayName, id);
      const roleChanges = input.role !== row.role;
      // jurisdictions are an officer's only: a role taken away takes them with it (when it is confirmed)
      const asked = input.role === Role.OFFICER ? input.subdistrictIds : null;
      const subdistrictIds = asked ? await this.subdistrictIdsOf(ctx, input.role, asked) : null;
      const subdistricts = subdistrictIds === null ? 'keep' : !roleChanges && (await this.onlyTakesAway(ctx, id, subdistrictIds)) ? 'takesAway' : 'adds';
      // dual control needs two admins: never fewer left active (round 11 O2; the recovery is the owner's, ADMIN_USERNAME at start-up)
      if (row.role === Role.ADMIN && row.active && (!input.active || input.role !== Role.ADMIN)) await assertAdminsLeft(ctx, row.id);
      const { proposed, atOnce } = splitAccountEdit(row, { role: input.role, active: input.active, password: !!input.resetPassword, subdistricts });
      const change: Partial<AccountChangeProposal> = {
        ...(proposed.includes('role') ? { role: input.role } : {}),
        ...(proposed.includes('activates') ? { activates: true } : {}),
        ...(proposed.includes('subdistricts') ? { subdistrictIds } : {}),
      };
      const updated = await saveVersion(ctx, User, row, {
        displayName: input.displayName.trim(),
        ...(atOnce.includes('deactivates') ? { active: false } : {}),
      }).catch((error: unknown) => translateDbError(error, CONSTRAINT_ERRORS));
      // a disabled account ends the person's open sessions, and an admin's proposals with them (round 11 O1)
      if (!input.active) {
        await ctx.em.query(`UPDATE access_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      }
      if (atOnce.includes('deactivates') && row.role === Role.ADMIN) await this.withdrawProposalsOf(ctx, id, 'withdrawn: its proposer was deactivated');
      await recordAudit(ctx, {
        action: 'user.update',
        entityType: 'User',
        entityId: id,
        before: row,
        after: updated,
      });
      if (atOnce.includes('subdistricts')) await this.writeJurisdiction(ctx, updated, subdistrictIds!);
      const resetsPassword = proposed.includes('password');
      if (Object.keys(change).length || resetsPassword) await this.propose(ctx, updated, { ...change, reason: reasonOf(input.reason) }, { resetsPassword });
      return updated;
    });
  }
}

const proposalStale = (id: number) =>
  fail.invalidTransition('AccountChangeProposal', id, 'PENDING', 'confirmed: the account changed since it was proposed; its proposer withdraws it and proposes again', { rule: 'PROPOSAL_STALE' });

/**
 * Dual control needs two admins: refused (LAST_ADMINS) when fewer than two would stay active without `leaving`; the admins' rows
 * locked, so two such edits queue. NO KEY UPDATE: an admin's own decision meanwhile (its decided_by_id reference takes KEY SHARE)
 * is not blocked by it, so the two never deadlock (race13).
 */
async function assertAdminsLeft(ctx: RequestContext, leaving: number): Promise<void> {
  const admins: Array<{ id: number }> = await ctx.em.query(`SELECT id FROM app_user WHERE role = 'admin' AND active ORDER BY id FOR NO KEY UPDATE`);
  if (admins.filter((a) => a.id !== leaving).length < 2) {
    throw fail.invalidTransition('User', leaving, 'ADMIN', 'left: at least two active admins stay, so that account changes can be confirmed; make another admin first', { rule: 'LAST_ADMINS' });
  }
}

function reasonOf(reason: string | null | undefined): string | null {
  return reason?.trim() || null;
}

/** How an account change is decided (api/src/filings/proposal-decision.ts): by another admin, on the account's row. */
const ACCOUNT_CHANGE: ProposalKind<AccountChangeProposal> = {
  entity: AccountChangeProposal,
  auditName: 'accountChange',
  auditOn: (row) => ({ entityType: 'User', entityId: row.userId }),
  parentTable: 'app_user',
  checker: 'admin',
  authorize: noRowRule,
  onConfirm: (ctx, confirmed) => userService.applyConfirmed(ctx, confirmed),
};

export const userService = new UserService();

/** Each user's subdistricts' ids, by the subdistricts' names in pinyin order: one statement for a page of users. */
export async function jurisdictionsByName(ctx: RequestContext, userIds: readonly number[]): Promise<number[][]> {
  const rows: Array<{ user_id: number; subdistrict_id: number }> = await ctx.em.query(
    `SELECT j.user_id, j.subdistrict_id FROM officer_jurisdiction j JOIN subdistrict s ON s.id = j.subdistrict_id
      WHERE j.user_id = ANY($1) ORDER BY s.name, s.id`,
    [userIds],
  );
  return userIds.map((id) => rows.filter((r) => r.user_id === id).map((r) => r.subdistrict_id));
}

import { recordAudit } from '../audit/audit.service';
import { RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { toId } from '../shared/ids';
import { fail } from '../shared/errors';
import { findList, ListResult } from '../shared/list';
import { insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { UserInput, UserListOptions, UserUpdateInput } from './auth.inputs';
import { hashPassword } from './password';
import { passwordPolicyProblem } from './password-policy';
import { Role } from '../request/principal';
import { User } from './user.entity';

const CONSTRAINT_ERRORS = {
  app_user_username_key: () => fail.badField('username', 'TAKEN', 'is already in use'),
};

/** A password an admin sets meets the rules a person's own does (docs/roles-and-workflows.md#own-password). */
function assertPasswordPolicy(password: string, username: string): void {
  const problem = passwordPolicyProblem(password, { username });
  if (problem) throw fail.badField('password', problem.rule, problem.message);
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

  async create(ctx: RequestContext, input: UserInput): Promise<User> {
    assertPasswordPolicy(input.password, input.username);
    const passwordHash = await hashPassword(input.password);
    try {
      return await withTransaction(ctx, async (ctx) => {
        const created = await insertReturning(ctx, User, {
          username: input.username,
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash,
          active: true,
          // the admin knows it: the person must choose their own before acting (attacker round 9 F5)
          mustChangePassword: true,
        });
        await recordAudit(ctx, { action: 'user.create', entityType: 'User', entityId: created.id, after: created });
        if (input.subdistrictIds?.length) await this.writeJurisdiction(ctx, created, input.subdistrictIds);
        return created;
      });
    } catch (error) {
      translateDbError(error, CONSTRAINT_ERRORS);
    }
  }

  /** The subdistricts an officer acts in, replaced as a whole, under the user's version (the user's version moves). */
  async setJurisdiction(ctx: RequestContext, userId: number, version: number, subdistrictIds: string[]): Promise<User> {
    return withTransaction(ctx, async (ctx) => {
      const user = await lockVersion(ctx, User, userId, version, noRowRule);
      if (user.role !== Role.OFFICER) throw fail.badField('userId', 'NOT_OFFICER', 'jurisdictions are for officers');
      await this.writeJurisdiction(ctx, user, subdistrictIds);
      return saveVersion(ctx, User, user, {});
    });
  }

  /**
   * Replaces an officer's subdistricts and audits the change (none when nothing changed), in the caller's
   * transaction; ids that name no subdistrict are refused as `subdistrictIds`.
   */
  private async writeJurisdiction(ctx: RequestContext, user: User, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids.map((id) => toId(id, 'subdistrictIds')))].sort((a, b) => a - b);
    if (unique.length && user.role !== Role.OFFICER) throw fail.badField('subdistrictIds', 'NOT_OFFICER', 'jurisdictions are for officers');
    const known: Array<{ id: number }> = await ctx.em.query(`SELECT id FROM subdistrict WHERE id = ANY($1::int[])`, [unique]);
    if (known.length !== unique.length) throw fail.badField('subdistrictIds', 'REFERENCE', 'refers to a subdistrict that does not exist');
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

  async update(ctx: RequestContext, id: number, version: number, input: UserUpdateInput): Promise<User> {
    if (ctx.principal?.id === id && (!input.active || input.role !== 'admin')) {
      throw fail.forbidden('You cannot disable your own account or take away your own admin role', 'SELF');
    }
    if (input.password) assertPasswordPolicy(input.password, (await this.get(ctx, id)).username);
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, User, id, version, noRowRule);
      const updated = await saveVersion(ctx, User, row, {
        displayName: input.displayName.trim(),
        role: input.role,
        active: input.active,
        // a password the admin set for another is a one-time credential: the person chooses their own first (attacker round 9 F5)
        ...(passwordHash ? { passwordHash, mustChangePassword: ctx.principal?.id !== id } : {}),
      });
      // a disabled account or a new password ends the person's open sessions
      if (!input.active || passwordHash) {
        await ctx.em.query(`UPDATE access_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      }
      await recordAudit(ctx, {
        action: passwordHash ? 'user.update+password' : 'user.update',
        entityType: 'User',
        entityId: id,
        before: row,
        after: updated,
      });
      // jurisdictions are an officer's only: a role taken away takes them with it
      const subdistrictIds = updated.role === Role.OFFICER ? input.subdistrictIds : [];
      if (subdistrictIds) await this.writeJurisdiction(ctx, updated, subdistrictIds);
      return updated;
    });
  }
}

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

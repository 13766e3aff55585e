import { recordAudit } from '../audit/audit.service';
import { RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { fail } from '../shared/errors';
import { findList, ListResult } from '../shared/list';
import { lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { UserInput, UserListOptions, UserUpdateInput } from './auth.inputs';
import { hashPassword } from './password';
import { Role } from '../request/principal';
import { User } from './user.entity';

const CONSTRAINT_ERRORS = {
  app_user_username_key: () => fail.badField('username', 'TAKEN', 'is already in use'),
};

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
          role: { op: 'eq', column: 'u.role' },
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
    const passwordHash = await hashPassword(input.password);
    try {
      return await withTransaction(ctx, async (ctx) => {
        const result = await ctx.em.insert(User, {
          username: input.username,
          displayName: input.displayName.trim(),
          role: input.role,
          passwordHash,
          active: true,
        });
        const created = await ctx.em.findOneByOrFail(User, { id: result.identifiers[0].id });
        await recordAudit(ctx, { action: 'user.create', entityType: 'User', entityId: created.id, after: created });
        return created;
      });
    } catch (error) {
      translateDbError(error, CONSTRAINT_ERRORS);
    }
  }

  async setJurisdiction(ctx: RequestContext, userId: number, subdistrictIds: number[]): Promise<User> {
    return withTransaction(ctx, async (ctx) => {
      const user = await ctx.em.findOne(User, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw fail.notFound('User', userId);
      if (user.role !== Role.OFFICER) throw fail.badField('userId', 'NOT_OFFICER', 'jurisdictions are for officers');
      const before = await this.jurisdictionIdsIn(ctx, userId);
      await ctx.em.query(`DELETE FROM officer_jurisdiction WHERE user_id = $1`, [userId]);
      const unique = [...new Set(subdistrictIds)];
      if (unique.length) {
        await ctx.em.query(`INSERT INTO officer_jurisdiction (user_id, subdistrict_id) SELECT $1, unnest($2::int[])`, [userId, unique]);
      }
      await recordAudit(ctx, {
        action: 'user.jurisdiction',
        entityType: 'User',
        entityId: userId,
        before: { subdistrictIds: before },
        after: { subdistrictIds: unique.sort((a, b) => a - b) },
      });
      return user;
    }).catch((error: unknown) => translateDbError(error));
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
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return withTransaction(ctx, async (ctx) => {
      const row = await lockVersion(ctx, User, id, version, noRowRule);
      const updated = await saveVersion(ctx, User, row, {
        displayName: input.displayName.trim(),
        role: input.role,
        active: input.active,
        ...(passwordHash ? { passwordHash } : {}),
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
      return updated;
    });
  }
}

export const userService = new UserService();

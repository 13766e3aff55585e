import { DataSource } from 'typeorm';
import { verifyPassword } from '../accounts/password';
import { recordAudit } from '../audit/audit.service';
import { Config } from '../config';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed';

/** The token a demo start-up issues and prints (main.ts): issued by the server itself, never by a person. */
export const DEMO_INTEGRATOR_TOKEN_NAME = 'demo integrator';

export interface RetiredDemoAccess {
  /** demo accounts that still had the published password, now inactive with their sessions revoked */
  accounts: string[];
  /** demo integrator tokens (printed at a demo start-up) now revoked */
  tokens: number;
}

/**
 * In production, what a demo start-up left in the database is closed before anyone is served
 * (docs/roles-and-workflows.md#demo-accounts): a data folder first run by a demo start-up (or by a version that seeded
 * the demo in production) keeps the accounts whose password the README publishes, and the integrator token it printed.
 * An account whose password was changed since is a person's and is left alone; the password policy (10+ characters)
 * refuses the demo's, so only seeded accounts can have it. Closing the demo admin lets ADMIN_USERNAME/ADMIN_PASSWORD
 * create the operator's admin. KEEP_DEMO_ACCOUNTS=1 keeps them, for the benchmark on its seeded copy.
 */
export async function retireDemoAccess(ds: DataSource, config: Config): Promise<RetiredDemoAccess> {
  const retired: RetiredDemoAccess = { accounts: [], tokens: 0 };
  if (config.nodeEnv !== 'production' || config.keepDemoAccounts) return retired;
  const candidates: Array<{ id: number; username: string; password_hash: string }> = await ds.query(
    `SELECT id, username, password_hash FROM app_user WHERE active AND username = ANY($1)`,
    [DEMO_ACCOUNTS.map((a) => a.username)],
  );
  for (const user of candidates) {
    if (!(await verifyPassword(user.password_hash, DEMO_PASSWORD))) continue;
    await ds.transaction(async (em) => {
      // only if still active with that hash: a second process starting at once retires it once
      const [, changed] = await em.query(`UPDATE app_user SET active = false WHERE id = $1 AND active AND password_hash = $2`, [user.id, user.password_hash]);
      if (!changed) return;
      await em.query(`UPDATE access_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
      await recordAudit({ em, principal: null }, { action: 'user.retireDemo', entityType: 'User', entityId: user.id, before: { active: true }, after: { active: false }, actorName: 'system' });
      retired.accounts.push(user.username);
    });
  }
  await ds.transaction(async (em) => {
    // an UPDATE … RETURNING comes back from TypeORM as [rows, affected]
    const [tokens]: [Array<{ id: number }>, number] = await em.query(
      `UPDATE access_token SET revoked_at = now() WHERE kind = 'API' AND name = $1 AND created_by_id IS NULL AND revoked_at IS NULL RETURNING id`,
      [DEMO_INTEGRATOR_TOKEN_NAME],
    );
    for (const token of tokens) {
      await recordAudit({ em, principal: null }, { action: 'apiToken.revoke', entityType: 'ApiToken', entityId: token.id, actorName: 'system' });
    }
    retired.tokens = tokens.length;
  });
  return retired;
}

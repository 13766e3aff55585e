import crypto from 'node:crypto';
import { verifyPassword } from '../../api/src/accounts/password';
import { Role } from '../../api/src/request/principal';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../api/src/seed/seed';
import { Scenario } from './scenario';

/**
 * Sign-in with the KDF's real cost (Argon2id, 19 MiB, 2 passes) and valid credentials, so the throttle never
 * counts a failure (each attempt takes its places and a successful login gives them back). The raw side runs the same statements and
 * the same Argon2 verification in this process.
 */
const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token expiresAt } }`;
// every demo account but the admins', so that 8 users seldom sign in as one account at once: the throttle holds five
// sign-ins of an account in flight (api/src/auth/login-throttle.ts), and a sixth is refused SIGN_INS_AT_ONCE
const USERS = DEMO_ACCOUNTS.filter((a) => a.role !== Role.ADMIN).map((a) => a.username);

export const login: Scenario = {
  name: 'login',
  title: '6 login: Argon2id (19 MiB, t=2), session token',
  api: (ctx) => async (vu, i) => {
    const { sqlStatements } = await ctx.api.request(LOGIN, { username: USERS[(vu + i) % USERS.length], password: DEMO_PASSWORD });
    return { requests: 1, sqlStatements };
  },
  raw: (ctx) => async (vu, i) => {
    const username = USERS[(vu + i) % USERS.length];
    const userKey = `user:${crypto.createHash('sha256').update(username).digest('base64url')}`;
    // each key's place is taken before the password is checked (api/src/auth/login-throttle.ts)
    for (const [key, limit] of [[userKey, 5], ['ip:bench', 20]] as const) {
      await ctx.pool.query(
        `INSERT INTO login_throttle AS t (key, failures, in_flight, window_started_at) VALUES ($1, 0, 1, now())
         ON CONFLICT (key) DO UPDATE SET in_flight = t.in_flight + 1, locked_until = NULL
         WHERE NOT coalesce(t.locked_until > now(), false) AND t.failures + t.in_flight < $2 RETURNING 1`,
        [key, limit],
      );
    }
    const { rows } = await ctx.pool.query(`SELECT id, password_hash, active FROM app_user WHERE lower(username) = lower($1)`, [username]);
    if (!(await verifyPassword(rows[0].password_hash, DEMO_PASSWORD))) throw new Error('wrong password');
    const client = await ctx.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`UPDATE login_throttle SET failures = 0, in_flight = greatest(in_flight - 1, 0), locked_until = NULL WHERE key = $1`, [userKey]);
      await client.query(`UPDATE login_throttle SET in_flight = greatest(in_flight - 1, 0) WHERE key = $1`, ['ip:bench']);
      const token = `wys_${crypto.randomBytes(32).toString('base64url')}`;
      await client.query(
        `INSERT INTO access_token (kind, token_hash, user_id, name, scopes, expires_at) VALUES ('SESSION', $1, $2, $3, '{}', now() + interval '8 hours')`,
        [crypto.createHash('sha256').update(token).digest(), rows[0].id, username],
      );
      await client.query(`INSERT INTO audit_event (actor_id, actor_name, action, entity_type, entity_id) VALUES ($1, $2, 'session.login', 'User', $3)`, [rows[0].id, username, String(rows[0].id)]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    return { requests: 1, sqlStatements: 9 };
  },
};

import { session } from '../session';
import { sessionEnded } from './sessionEnded';

interface LoginResponse {
  data?: {
    login?: { token: string; expiresAt: string; idleTimeoutSeconds: number; idleWarningSeconds: number; mustChangePassword: boolean; user: { id: string; username: string; displayName: string; role: string } };
  };
  errors?: Array<{ message: string; extensions?: { code?: string; retryAfterSeconds?: number; reason?: string } }>;
}

/** A refused sign-in: `message` is the key of the sign-in page's text, `params` fill it in (the wait of a lock). */
export class SignInRefusal extends Error {
  constructor(
    key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** The lock after too many failures: how long to wait, in minutes from a minute on, in seconds below. */
function lockRefusal(retryAfterSeconds: number | undefined): SignInRefusal {
  if (typeof retryAfterSeconds !== 'number' || !(retryAfterSeconds > 0)) return new SignInRefusal('wuye.errors.RATE_LIMITED');
  return retryAfterSeconds >= 60
    ? new SignInRefusal('wuye.session.locked_minutes', { minutes: Math.ceil(retryAfterSeconds / 60) })
    : new SignInRefusal('wuye.session.locked_seconds', { seconds: Math.ceil(retryAfterSeconds) });
}

type RefusalExtensions = NonNullable<NonNullable<LoginResponse['errors']>[number]['extensions']>;

/** What the sign-in page says of a refused sign-in, from the answer's status and its error's extensions. */
export function refusalOf(status: number, extensions: RefusalExtensions | undefined): SignInRefusal {
  // 429: the address's requests without an account are spent (not this account's failures, which answer 200)
  if (extensions?.code === 'RATE_LIMITED' && status === 429) return new SignInRefusal('wuye.session.address_limited', { seconds: Math.max(1, Math.ceil(extensions.retryAfterSeconds ?? 60)) });
  // others being checked at this moment fill the limit: no lock, a wait of seconds
  if (extensions?.code === 'RATE_LIMITED' && extensions.reason === 'SIGN_INS_AT_ONCE') return new SignInRefusal('wuye.session.at_once', { seconds: Math.max(1, Math.ceil(extensions.retryAfterSeconds ?? 5)) });
  if (extensions?.code === 'RATE_LIMITED') return lockRefusal(extensions.retryAfterSeconds);
  return new SignInRefusal(extensions?.code === 'UNAUTHENTICATED' ? 'wuye.errors.LOGIN_FAILED' : 'wuye.errors.INTERNAL_SERVER_ERROR');
}

/**
 * Signs in with the API's login mutation and keeps the session (session.ts). Plain fetch, no GraphQL client: the
 * sign-in page (quickLogin.ts) uses it before the app's bundle is loaded (docs/architecture.md). A refusal throws
 * a SignInRefusal: the message key of its coded error, and for a lock (RATE_LIMITED) the wait the server gave.
 * A disabled account is refused as a wrong password (the API does not tell which accounts exist).
 */
export async function signInWithPassword(username: string, password: string): Promise<void> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation Login($username: String!, $password: String!) {
        login(username: $username, password: $password) { token expiresAt idleTimeoutSeconds idleWarningSeconds mustChangePassword user { id username displayName role } } }`,
      variables: { username, password },
    }),
  }).catch(() => {
    throw new SignInRefusal('wuye.errors.NETWORK');
  });
  const body = (await response.json().catch(() => ({}))) as LoginResponse;
  const login = body.data?.login;
  if (!login) {
    throw refusalOf(response.status, body.errors?.[0]?.extensions);
  }
  // the API's Role enum is upper case (MANAGER); the console's permission table uses the role names
  session.save({
    token: login.token,
    expiresAt: login.expiresAt,
    idleTimeoutSeconds: login.idleTimeoutSeconds,
    idleWarningSeconds: login.idleWarningSeconds,
    user: { ...login.user, role: login.user.role.toLowerCase(), mustChangePassword: login.mustChangePassword === true } as never,
  });
  // the notice of why the last session ended has been read
  sessionEnded.clear();
}

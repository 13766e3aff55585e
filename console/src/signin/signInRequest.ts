import { session } from '../session';

interface LoginResponse {
  data?: {
    login?: { token: string; expiresAt: string; idleTimeoutSeconds: number; idleWarningSeconds: number; user: { id: string; username: string; displayName: string; role: string } };
  };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/**
 * Signs in with the API's login mutation and keeps the session (session.ts). Plain fetch, no GraphQL client: the
 * first page a signed-out person sees uses it before the app's bundle is loaded (docs/architecture.md). A refusal
 * throws the message key of its coded error (wuye.errors.*).
 */
export async function signInWithPassword(username: string, password: string): Promise<void> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation Login($username: String!, $password: String!) {
        login(username: $username, password: $password) { token expiresAt idleTimeoutSeconds idleWarningSeconds user { id username displayName role } } }`,
      variables: { username, password },
    }),
  }).catch(() => {
    throw new Error('wuye.errors.NETWORK');
  });
  const body = (await response.json().catch(() => ({}))) as LoginResponse;
  const login = body.data?.login;
  if (!login) {
    const code = body.errors?.[0]?.extensions?.code;
    throw new Error(code === 'RATE_LIMITED' ? 'wuye.errors.RATE_LIMITED' : code === 'UNAUTHENTICATED' ? 'wuye.errors.LOGIN_FAILED' : 'wuye.errors.INTERNAL_SERVER_ERROR');
  }
  // the API's Role enum is upper case (MANAGER); the console's permission table uses the role names
  session.save({
    token: login.token,
    expiresAt: login.expiresAt,
    idleTimeoutSeconds: login.idleTimeoutSeconds,
    idleWarningSeconds: login.idleWarningSeconds,
    user: { ...login.user, role: login.user.role.toLowerCase() } as never,
  });
}

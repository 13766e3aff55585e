import http from 'node:http';
import { buildClientSchema, getIntrospectionQuery, getNamedType, getNullableType, GraphQLSchema, isListType, isNonNullType, isObjectType } from 'graphql';
import { FuzzCase, FuzzGenerator, KnownIds } from './generator';

/**
 * Sends the generator's requests to a running server, each case as every role in turn, and tallies the
 * replies by HTTP status and error code. A failure is what a client must never get: HTTP 5xx, an
 * INTERNAL_SERVER_ERROR, an error without a code, no reply, or a reply slower than `slowMs`.
 */
export interface FuzzRole {
  name: string;
  /** a session or API token; null for an anonymous caller */
  token: string | null;
}

export interface FuzzFailure {
  why: string;
  role: string;
  request: FuzzCase;
  status: number | null;
  reply: string;
  ms: number;
}

export interface FuzzReport {
  requests: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  failures: FuzzFailure[];
  slowest: Array<{ title: string; role: string; ms: number }>;
  /** milliseconds spent waiting for replies, by request title */
  msByTitle: Record<string, number>;
  /** the operations fuzzed, and those a resolver answered with data at least once */
  operations: Set<string>;
  answered: Set<string>;
  seconds: number;
}

export interface FuzzOptions {
  baseUrl: string;
  schema: GraphQLSchema;
  /** existing records' ids by type (knownIds), so that plausible requests find their records */
  ids?: KnownIds;
  roles: FuzzRole[];
  seed: number;
  requests: number;
  concurrency: number;
  /** a reply slower than this is a failure (default 10 s) */
  slowMs?: number;
  onProgress?: (done: number) => void;
}

/** The demo accounts the fuzzer signs in as (README "Demo accounts"), plus an integrator and anonymous. */
export const DEMO_ROLES = ['admin', 'clerk', 'registrar', 'officer', 'officer2', 'manager'] as const;

const LOGIN = 'mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token } }';
const CREATE_TOKEN = 'mutation T($input: ApiTokenInput!) { createApiToken(input: $input) { token } }';

async function post(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<any> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Signs in every demo account, creates an integrator token (as admin) and adds the anonymous caller. */
export async function fuzzRoles(baseUrl: string, password: string): Promise<FuzzRole[]> {
  const roles: FuzzRole[] = [];
  for (const name of DEMO_ROLES) roles.push({ name, token: (await post(baseUrl, LOGIN, { u: name, p: password })).login.token });
  const admin = roles[0].token!;
  const integrator = await post(baseUrl, CREATE_TOKEN, { input: { name: 'fuzz integrator', scopes: ['REGISTRY_READ', 'ELECTIONS_READ'], expiresInDays: 1 } }, admin);
  roles.push({ name: 'integrator', token: integrator.createApiToken.token }, { name: 'anonymous', token: null });
  return roles;
}

/** The schema the server serves, read by introspection as `token`'s holder. */
export async function servedSchema(baseUrl: string, token: string): Promise<GraphQLSchema> {
  return buildClientSchema(await post(baseUrl, getIntrospectionQuery(), {}, token));
}

/**
 * The ids of existing records, read through every list of the schema (and the lists nested one level in
 * their items, e.g. an election's candidates) as each role, since each sees its own part.
 */
export async function knownIds(baseUrl: string, schema: GraphQLSchema, roles: FuzzRole[]): Promise<KnownIds> {
  const found: Record<string, Set<string>> = {};
  const collect = (typeName: string, rows: Array<Record<string, any>> | undefined, nested: string[]) => {
    for (const row of rows ?? []) {
      (found[typeName] ??= new Set()).add(String(row.id));
      for (const name of nested) for (const child of row[name] ?? []) (found[nestedTypes[name]] ??= new Set()).add(String(child.id));
    }
  };
  const nestedTypes: Record<string, string> = {};
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    const list = getNamedType(field.type);
    if (!isObjectType(list) || !('items' in list.getFields()) || field.args.some((arg) => isNonNullType(arg.type))) continue;
    const item = getNamedType(list.getFields().items.type);
    if (!isObjectType(item) || !('id' in item.getFields())) continue;
    const nested = Object.values(item.getFields()).filter((child) => {
      const type = getNamedType(child.type);
      return isListType(getNullableType(child.type)) && isObjectType(type) && 'id' in type.getFields() && child.args.every((arg) => !isNonNullType(arg.type));
    });
    for (const child of nested) nestedTypes[child.name] = getNamedType(child.type).name;
    const query = `{ list: ${field.name}(options: { take: 100 }) { items { id ${nested.map((child) => `${child.name} { id }`).join(' ')} } } }`;
    for (const role of roles.filter((r) => r.token)) {
      const data = await post(baseUrl, query, {}, role.token!).catch(() => null); // a role that may not read it
      collect(item.name, data?.list?.items, nested.map((child) => child.name));
    }
  }
  return Object.fromEntries(Object.entries(found).map(([type, ids]) => [type, [...ids].sort((a, b) => Number(a) - Number(b))]));
}

/**
 * One request on a connection of its own (no keep-alive): a request the server answers by closing its
 * connection cannot then fail the next one, and a path goes out exactly as written (`/%ff` included).
 */
function send(baseUrl: string, request: FuzzCase, headers: Record<string, string>, timeoutMs: number): Promise<{ status: number; text: string }> {
  const url = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, method: request.method, path: request.path, headers, agent: false, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no reply within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(request.body);
  });
}

function classify(status: number, text: string): { code: string; why: string | null; answered: boolean } {
  let body: { errors?: Array<{ extensions?: { code?: unknown } }>; data?: unknown } | null = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: the console's HTML, a probe's text
  }
  const errors = Array.isArray(body?.errors) ? body!.errors : [];
  const codes = errors.map((error) => (typeof error?.extensions?.code === 'string' ? error.extensions.code : 'NO_CODE'));
  const code = codes[0] ?? (body ? 'none' : 'not JSON');
  const answered = status === 200 && !!body?.data && Object.values(body.data).some((value) => value !== null);
  if (status >= 500) return { code, why: `HTTP ${status}`, answered };
  if (codes.includes('INTERNAL_SERVER_ERROR')) return { code, why: 'INTERNAL_SERVER_ERROR', answered };
  if (codes.includes('NO_CODE')) return { code, why: 'an error without extensions.code', answered };
  return { code, why: null, answered };
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const generator = new FuzzGenerator(options.schema, options.seed, options.ids);
  const slowMs = options.slowMs ?? 10_000;
  const report: FuzzReport = { requests: 0, byStatus: {}, byCode: {}, failures: [], slowest: [], msByTitle: {}, operations: new Set(), answered: new Set(), seconds: 0 };
  const started = Date.now();
  let claimed = 0;
  let current: FuzzCase | null = null;

  // each case goes out once per role, in order; the cases come from the seeded generator one after another
  const claim = (): { request: FuzzCase; role: FuzzRole } | null => {
    if (claimed >= options.requests) return null;
    const roleIndex = claimed % options.roles.length;
    if (roleIndex === 0) current = generator.next();
    claimed++;
    return { request: current!, role: options.roles[roleIndex] };
  };

  const fire = async ({ request, role }: { request: FuzzCase; role: FuzzRole }): Promise<void> => {
    const headers = { ...request.headers, ...(role.token && !request.ownAuth ? { authorization: `Bearer ${role.token}` } : {}) };
    const t0 = Date.now();
    let status: number | null = null;
    let text = '';
    let why: string | null = null;
    let code = 'no reply';
    if (request.operation) report.operations.add(request.operation);
    try {
      ({ status, text } = await send(options.baseUrl, request, headers, 60_000));
      let answered: boolean;
      ({ code, why, answered } = classify(status, text));
      if (answered && request.operation) report.answered.add(request.operation);
    } catch (error) {
      why = `no reply (${error instanceof Error ? `${(error as NodeJS.ErrnoException).code ?? ''} ${error.message}` : String(error)})`;
    }
    const ms = Date.now() - t0;
    if (!why && ms > slowMs) why = `slow: ${ms} ms`;
    report.requests++;
    report.byStatus[String(status ?? 'none')] = (report.byStatus[String(status ?? 'none')] ?? 0) + 1;
    report.byCode[code] = (report.byCode[code] ?? 0) + 1;
    if (why) report.failures.push({ why, role: role.name, request, status, reply: text.slice(0, 1000), ms });
    report.slowest.push({ title: request.title, role: role.name, ms });
    report.msByTitle[request.title] = (report.msByTitle[request.title] ?? 0) + ms;
    if (report.slowest.length > 20) report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (report.requests % 1000 === 0) options.onProgress?.(report.requests);
  };

  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      for (let next = claim(); next; next = claim()) await fire(next);
    }),
  );
  report.slowest = report.slowest.sort((a, b) => b.ms - a.ms).slice(0, 10);
  report.seconds = (Date.now() - started) / 1000;
  return report;
}

const count = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => `${key.padEnd(28)} ${String(n).padStart(8)}`)
    .join('\n');

/** The report as text: replies by status and code, the slowest, and every failure with its request. */
export function formatReport(report: FuzzReport, failuresShown = 20): string {
  const lines = [
    `${report.requests} requests in ${report.seconds.toFixed(1)} s`,
    '',
    'HTTP status                       replies',
    count(report.byStatus),
    '',
    'first error code                  replies',
    count(report.byCode),
    '',
    'most time: ' +
      Object.entries(report.msByTitle)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([title, ms]) => `${title} ${(ms / 1000).toFixed(1)} s`)
        .join('; '),
    'slowest: ' + report.slowest.slice(0, 5).map((s) => `${s.title} as ${s.role} ${s.ms} ms`).join('; '),
    '',
    `operations answered with data: ${report.answered.size} of ${report.operations.size}; never: ${[...report.operations].filter((op) => !report.answered.has(op)).sort().join(', ') || '-'}`,
    '',
    `failures: ${report.failures.length}`,
  ];
  for (const failure of report.failures.slice(0, failuresShown)) {
    lines.push(
      '',
      `✗ ${failure.why} — ${failure.request.title}, as ${failure.role}, ${failure.ms} ms`,
      `  ${failure.request.method} ${failure.request.path.slice(0, 300)} ${JSON.stringify(failure.request.headers)}`,
      `  body: ${(failure.request.body ?? '').slice(0, 2000)}`,
      `  reply ${failure.status}: ${failure.reply.slice(0, 500)}`,
    );
  }
  return lines.join('\n');
}

import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config';
import { APOLLO_CLIENT_CODES } from '../src/graphql/plugins';
import { ErrorCode } from '../src/shared/errors';
import { startTestApp, TestApp } from './harness';
import { CREATE_API_TOKEN, CREATE_FIRM, firmInput } from './operations';

/**
 * docs/integrators.md and what it promises: its error table holds every code the API uses, its feed-follow
 * example runs against a server (so it cannot rot), its webhook check accepts exactly the signed delivery,
 * and the offline GraphQL IDE it is served beside loads nothing from another host.
 */
const GUIDE = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'integrators.md'), 'utf8');
const EXAMPLES = path.join(REPO_ROOT, 'docs', 'examples');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}
const SRC = path.join(REPO_ROOT, 'api', 'src');
const source = (files: string[]) => files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
const matches = (text: string, pattern: RegExp) => [...new Set([...text.matchAll(pattern)].map((m) => m[1]))].sort();
/** The table rows of the guide: `| \`CODE\` | …`. */
const documented = new Set(matches(GUIDE, /^\| `([A-Z][A-Z0-9_]+)` \|/gm));

describe('the error table', () => {
  it('names every code of the error mechanism and every Apollo code passed through', () => {
    const codes = [...Object.values(ErrorCode), ...APOLLO_CLIENT_CODES];
    expect(codes.length).toBeGreaterThan(15);
    expect(codes.filter((code) => !documented.has(code))).toEqual([]);
  });

  it('names every FORBIDDEN reason used in api/src', () => {
    const reasons = [...matches(source(sourceFiles(SRC)), /fail\.forbidden\([^;]*?,\s*'([A-Z][A-Z_]+)'\)/g), 'ROLE' /* fail.forbidden's default */];
    expect(reasons).toEqual(expect.arrayContaining(['SCOPE', 'JURISDICTION', 'MAKER_CHECKER']));
    expect(reasons.filter((reason) => !documented.has(reason))).toEqual([]);
  });

  it('names every field-error rule of reading: the request checks, the list contract, ids and the feed', () => {
    const files = [...sourceFiles(path.join(SRC, 'graphql')), ...sourceFiles(path.join(SRC, 'feed')), path.join(SRC, 'shared', 'list.ts'), path.join(SRC, 'shared', 'ids.ts')];
    const text = source(files);
    const rules = [...matches(text, /rule:\s*'([A-Z][A-Z0-9_]+)'/g), ...matches(text, /badField\(\s*[^,]+?,\s*'([A-Z][A-Z0-9_]+)'/g)];
    expect(rules).toEqual(expect.arrayContaining(['CURSOR_INVALID', 'FEED_POSITION_PRUNED', 'SUBSCRIPTION_ONLY', 'VARIABLE']));
    expect(rules.filter((rule) => !documented.has(rule))).toEqual([]);
  });
});

/** Runs a docs/examples script with node; resolves with its output and exit code. */
function run(script: string, args: string[], env: Record<string, string>, stdin = '', onLine?: (line: string) => void) {
  const child = spawn(process.execPath, [path.join(EXAMPLES, script), ...args], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    const before = stdout.split('\n').length - 1;
    stdout += chunk.toString('utf8');
    stdout.split('\n').slice(before, -1).forEach((line) => onLine?.(line));
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  child.stdin.end(stdin);
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}

describe('with a server', () => {
  let app: TestApp;
  beforeAll(async () => {
    // the console's build (global setup makes it) holds GraphiQL and this guide
    app = await startTestApp({ API_ONLY: '' });
  });
  afterAll(() => app?.close());

  it('docs/examples/follow-feed.mjs prints the changes written after the position it is given, in order', async () => {
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: `example ${Date.now().toString(36)}`, scopes: ['REGISTRY_READ'] } });
    const start = Number((await app.ds.query(`SELECT last FROM change_feed_head`))[0].last);
    const created: string[] = [];
    // one change before it starts (replayed from WUYE_AFTER), two while it follows
    created.push((await app.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm.id);
    let firstLine!: () => void;
    const printed = new Promise<void>((resolve) => (firstLine = resolve));
    const example = run('follow-feed.mjs', [], { WUYE_URL: app.baseUrl, WUYE_TOKEN: createApiToken.token, WUYE_AFTER: String(start), MAX_EVENTS: '3' }, '', () => firstLine());
    await printed;
    for (let i = 0; i < 2; i++) created.push((await app.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm.id);
    const timer = setTimeout(() => example.child.kill(), 20_000);
    const { code, stdout, stderr } = await example.done;
    clearTimeout(timer);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const events = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(events.map((e) => [e.position, e.entityType, e.entityId, e.action])).toEqual(created.map((id, i) => [start + 1 + i, 'Firm', id, 'firm.create']));
  });

  it('docs/examples/follow-feed.mjs without a position starts at the head, on a feed whose oldest events were pruned (a new user’s first run)', async () => {
    const { createApiToken } = await app.as('admin', CREATE_API_TOKEN, { input: { name: `example head ${Date.now().toString(36)}`, scopes: ['REGISTRY_READ'] } });
    expect(Number((await app.ds.query(`SELECT pruned_through FROM change_feed_head`))[0].pruned_through)).toBeGreaterThan(0);
    let printed = false;
    const example = run('follow-feed.mjs', [], { WUYE_URL: app.baseUrl, WUYE_TOKEN: createApiToken.token, MAX_EVENTS: '1' }, '', () => (printed = true));
    // it follows from the head it read when it started: changes written until it prints one, whenever that was
    const created: string[] = [];
    for (let i = 0; i < 40 && !printed; i++) {
      created.push((await app.as('clerk', CREATE_FIRM, { input: firmInput() })).createFirm.id);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const timer = setTimeout(() => example.child.kill(), 20_000);
    const { code, stdout, stderr } = await example.done;
    clearTimeout(timer);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const event = JSON.parse(stdout.trim());
    expect(event).toMatchObject({ entityType: 'Firm', action: 'firm.create' });
    expect(created).toContain(event.entityId);
  });

  it('docs/examples/verify-webhook.mjs accepts the signed delivery, and refuses a changed body, another secret or an old timestamp', async () => {
    const secret = crypto.randomBytes(16).toString('hex');
    const body = JSON.stringify({ event: 'firm.approve', entityId: '17', version: 4 });
    const sign = (timestamp: string, text: string, key = secret) => `sha256=${crypto.createHmac('sha256', key).update(`${timestamp}.${text}`).digest('hex')}`;
    const now = String(Math.floor(Date.now() / 1000));
    const check = async (timestamp: string, signature: string, text: string) => (await run('verify-webhook.mjs', [timestamp, signature], { WEBHOOK_SECRET: secret }, text).done).code;
    expect(await check(now, sign(now, body), body)).toBe(0);
    expect(await check(now, sign(now, body), body.replace('17', '18'))).toBe(1);
    expect(await check(now, sign(now, body, 'another secret'), body)).toBe(1);
    const old = String(Math.floor(Date.now() / 1000) - 3600);
    expect(await check(old, sign(old, body), body)).toBe(1);
  });

  it('serves GraphiQL at /graphiql and the guide beside it, from this server only, under the Content-Security-Policy', async () => {
    for (const page of ['/graphiql', '/graphiql/integrators']) {
      const response = await fetch(`${app.baseUrl}${page}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      const csp = response.headers.get('content-security-policy')!;
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      const html = await response.text();
      // nothing from another host: every script, style and preload is a path of this server
      expect(html).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
      const assets = matches(html, /(?:src|href)="([^"]+)"/g);
      expect(assets.length).toBeGreaterThan(0);
      for (const asset of assets) {
        // a path of this server (the build's assets, the favicon), never protocol-relative
        expect(asset).toMatch(/^\/(assets\/|favicon\.)/);
        expect((await fetch(`${app.baseUrl}${asset}`)).status).toBe(200);
      }
    }
    const graphiql = await (await fetch(`${app.baseUrl}/graphiql`)).text();
    expect(graphiql).toContain('<div id="graphiql"></div>');
  });
});

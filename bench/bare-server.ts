/**
 * A bare HTTP server for the benchmark's reads: node:http, a `pg` pool and JSON.stringify, no framework,
 * no GraphQL, no access rules. Run by bench/run.ts in its own process with DATABASE_URL and PORT; a POST of
 * `{"query": "<scenario>", "variables": {…}}` is answered `{"data": …}` with that scenario's raw fetch
 * (Scenario.bare), so the benchmark's GraphQL client drives it as it drives the API. One user alone against it is
 * what a plain Node.js server pays over the raw floor for the same read: HTTP both ways and JSON written and parsed.
 */
import http from 'node:http';
import pg from 'pg';
import { SCENARIOS } from './scenarios';

const connectionString = process.env.DATABASE_URL;
const port = Number(process.env.PORT);
if (!connectionString || !port) throw new Error('DATABASE_URL and PORT are required');

const pool = new pg.Pool({ connectionString, max: 8, application_name: 'wuye-bench-bare' });
pool.on('error', (error) => process.stderr.write(`idle connection lost: ${error.message}\n`)); // pg's default is to throw
const fetches = new Map(SCENARIOS.flatMap((s) => (s.bare ? [[s.name, s.bare.fetch] as const] : [])));

const send = (res: http.ServerResponse, status: number, body: unknown) => {
  const bytes = Buffer.from(JSON.stringify(body));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': bytes.length });
  res.end(bytes);
};

http
  .createServer((req, res) => {
    if (req.method === 'GET' && req.url === '/healthz') return send(res, 200, { ok: true });
    const chunks: Buffer[] = [];
    req.on('error', () => res.destroy()); // a client that aborts mid-body: drop its request, keep serving the others
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      (async () => {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
        const fetch = fetches.get(query);
        if (!fetch) return send(res, 404, { errors: [{ message: `no bare fetch for ${query}` }] });
        send(res, 200, { data: await fetch(pool, variables ?? {}) });
      })().catch((error: unknown) => send(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
    });
  })
  .listen(port, '127.0.0.1', () => process.stdout.write(`bare server on ${port}\n`));

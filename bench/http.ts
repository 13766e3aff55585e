import http from 'node:http';

/** What one GraphQL request cost: its data, and the SQL statements the server counted for it. */
export interface GqlResult<T = any> {
  data: T;
  sqlStatements: number;
}

export class GqlError extends Error {}

/**
 * A GraphQL client over keep-alive HTTP/1.1 connections (one socket per virtual user at most), so the
 * benchmark measures the server, not connection set-up. Any GraphQL error fails the request: a benchmark
 * that counts errors as fast answers lies.
 */
export class GqlClient {
  private readonly agent: http.Agent;
  private readonly url: URL;
  /** while an array: each answer's JSON.parse in ms, the part of a request's latency a client pays to read it */
  parseTimes: number[] | null = null;

  constructor(baseUrl: string, maxSockets: number) {
    this.url = new URL('/graphql', baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
  }

  request<T = any>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult<T>> {
    const body = Buffer.from(JSON.stringify({ query, variables }));
    return new Promise((resolve, reject) => {
      const req = http.request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            try {
              const parseStarted = this.parseTimes ? performance.now() : 0;
              const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { data: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
              this.parseTimes?.push(performance.now() - parseStarted);
              if (parsed.errors?.length) {
                const first = parsed.errors[0];
                return reject(new GqlError(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`));
              }
              resolve({ data: parsed.data, sqlStatements: Number(res.headers['x-sql-statements'] ?? NaN) });
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

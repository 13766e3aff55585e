import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifyRecord } from '../src/elections/records/verify-record';
import { startTestApp, TestApp } from './harness';

/** `npm run verify-record` on records as the API gives them: a sealed one holds, one not sealed yet is said to be so. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

// the way the README finds an election to check: by its phase
const ELECTIONS = `query Elections($phase: ElectionPhase!) { elections(options: { filter: { phase: $phase }, take: 1 }) { items { id record { json } } } }`;

async function verify(phase: string): Promise<{ code: number; out: string }> {
  const { elections } = await app.as('officer', ELECTIONS, { phase });
  const file = join(mkdtempSync(join(tmpdir(), 'verify-record-')), 'record.json');
  writeFileSync(file, JSON.stringify(elections.items[0].record.json));
  let out = '';
  const code = runVerifyRecord([file], { write: (text: string) => (out += text) }, { write: (text: string) => (out += text) });
  return { code, out };
}

describe('verify-record', () => {
  it('a certified election’s record: the seal holds and the recount agrees, exit 0', async () => {
    const { code, out } = await verify('CERTIFIED');
    expect(out).toMatch(/seal: +HOLDS/);
    expect(out).toMatch(/recount: +AGREES/);
    expect(code).toBe(0);
  });

  it('an election counted but not certified: "not sealed yet", never BROKEN, exit 3', async () => {
    const { code, out } = await verify('RESULT_PUBLICITY');
    expect(out).not.toMatch(/BROKEN/);
    expect(out).toMatch(/seal: +NOT SEALED YET/);
    expect(out).toMatch(/recount: +AGREES/);
    expect(out).toContain('not sealed yet: the vote is still open or its result not yet final');
    expect(code).toBe(3);
  });

  it('a sealed record edited afterwards is still BROKEN, exit 1', async () => {
    const { elections } = await app.as('officer', ELECTIONS, { phase: 'CERTIFIED' });
    const record = elections.items[0].record.json;
    const file = join(mkdtempSync(join(tmpdir(), 'verify-record-')), 'record.json');
    writeFileSync(file, JSON.stringify({ ...record, seal: { ...record.seal, sha256: '0'.repeat(64) } }));
    let out = '';
    const code = runVerifyRecord([file], { write: (text: string) => (out += text) });
    expect(out).toMatch(/seal: +BROKEN/);
    expect(code).toBe(1);
  });
});

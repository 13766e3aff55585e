import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runVerifyRecord } from '../src/elections/records/verify-record';
import { sealedContent, sealRecord } from '../src/elections/records/vote-record';
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
  it('the server’s refusal saved as the file (a manager’s record.json is 403) is said to be one, never BROKEN, exit 2', async () => {
    const { elections } = await app.as('officer', `{ elections(options: { filter: { phase: CERTIFIED }, take: 1 }) { items { id } } }`);
    const answer = await fetch(`${app.baseUrl}/documents/elections/${elections.items[0].id}/record.json`, { headers: { authorization: `Bearer ${await app.tokenFor('manager')}` } });
    expect(answer.status).toBe(403);
    const file = join(mkdtempSync(join(tmpdir(), 'verify-record-')), 'record.json');
    writeFileSync(file, await answer.text());
    let out = '';
    const code = runVerifyRecord([file], { write: (text: string) => (out += text) }, { write: (text: string) => (out += text) });
    expect(out).toContain('the server’s refusal, not a vote record: FORBIDDEN');
    expect(out).not.toContain('BROKEN');
    expect(code).toBe(2);
  });

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

  /** a certified election's record as the API gives it, and the seal the database keeps (the one printed on its notice) */
  async function certified(): Promise<{ record: any; published: string }> {
    const { elections } = await app.as('officer', ELECTIONS, { phase: 'CERTIFIED' });
    const [{ sha256 }] = await app.ds.query(`SELECT sha256 FROM vote_record WHERE election_id = $1`, [elections.items[0].id]);
    return { record: elections.items[0].record.json, published: sha256 };
  }
  function run(record: unknown, ...flags: string[]): { code: number; out: string } {
    const file = join(mkdtempSync(join(tmpdir(), 'verify-record-')), 'record.json');
    writeFileSync(file, JSON.stringify(record));
    let out = '';
    const code = runVerifyRecord([file, ...flags], { write: (text: string) => (out += text) }, { write: (text: string) => (out += text) });
    return { code, out };
  }

  it('with the published seal (--sha256, as printed on the notice): the record is the one sealed, exit 0', async () => {
    const { record, published } = await certified();
    for (const flags of [['--sha256', published], [`--sha256=${published.toUpperCase()}`]]) {
      const { code, out } = run(record, ...flags);
      expect(out).toMatch(/published: +MATCHES/);
      expect(code).toBe(0);
    }
  });

  it('a record edited and sealed anew holds by itself, but not against the published seal: exit 1', async () => {
    const { record, published } = await certified();
    // a name changed on the roll changes no count: the recount still agrees, and the new seal is computed honestly
    const edited = sealedContent(record) as any;
    edited.roll.persons[0].name = `${edited.roll.persons[0].name}改`;
    const forged = sealRecord(edited, record.seal.sealedAt);
    const alone = run(forged);
    expect(alone.out).toMatch(/seal: +HOLDS/);
    expect(alone.out).toContain('give the seal printed on the result notice: --sha256');
    expect(alone.code).toBe(0);
    const against = run(forged, '--sha256', published);
    expect(against.out).toMatch(/seal: +BROKEN/);
    expect(against.out).toMatch(/published: +DIFFERS/);
    expect(against.out).toContain(`the published seal is ${published}`);
    expect(against.code).toBe(1);
  });

  it.each([
    [['--sha256']],
    [['--sha256', 'abc']],
    [['--sha256', 'g'.repeat(64)]],
    [['--sha256=']],
    [['--verbose']],
  ])('arguments it does not understand are refused with the usage, exit 2: %j', async (flags) => {
    const { record } = await certified();
    const { code, out } = run(record, ...flags);
    expect(out).toContain('usage: npm run verify-record -- FILE.json [--sha256 HEX]');
    expect(code).toBe(2);
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

import ExcelJS from 'exceljs';
import { IMPORT_BATCH_ROWS } from '../src/imports/pipeline';
import { citizenIdCheckCharacter } from '../src/owners/citizen-id';
import { OFFICER_SUBDISTRICTS } from '../src/seed/election-demo';
import * as matchKeys from '../src/shared/match-key';
import { startTestApp, TestApp } from './harness';
import { freshCreditCode, IMPORT_PROGRESS, PREVIEW_IMPORT, RUN_IMPORT, RUN_IMPORT_TRACKED } from './operations';

/**
 * A 5,000-row import costs a constant number of SQL statements per batch of IMPORT_BATCH_ROWS, and tells how
 * far it has got; its error file is the rows not imported, ready to fix and import again. Nothing here is timed.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const HEADERS = ['企业名称', '统一社会信用代码', '法定代表人', '注册地址', '联系人', '联系电话', '成立日期', '所在区县'];
let serial = 0;
const firmRow = (overrides: Partial<Record<'district' | 'phone', string>> = {}) => [
  `湖州批量物业服务有限公司${++serial}`,
  freshCreditCode(),
  '沈建华',
  '湖州市吴兴区人民路100号',
  '钱丽',
  overrides.phone ?? '13857212345',
  '2015-03-18',
  overrides.district ?? '吴兴区',
];
const csv = (rows: string[][]) => `\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
const file = (name: string, content: string | Buffer) => ({ name, contentBase64: Buffer.from(content).toString('base64') });
const count = async (sql: string, params: unknown[] = []) => Number((await app.ds.query(sql, params))[0].n);

async function runTracked(f: ReturnType<typeof file>, mode: 'ALL_OR_NOTHING' | 'VALID_ROWS', progressKey: string | null = null) {
  return app.gql(RUN_IMPORT_TRACKED, { kind: 'FIRMS', file: f, mode, progressKey }, await app.tokenFor('clerk'));
}

describe('a large import', () => {
  it('writes 5,000 firms with their 5,000 audit events in a constant number of statements per batch', async () => {
    const rows = Array.from({ length: 5000 }, () => firmRow());
    const firmsBefore = await count(`SELECT count(*) AS n FROM firm`);
    const auditsBefore = await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'firm.create'`);
    const result = await runTracked(file('firms.csv', csv([HEADERS, ...rows])), 'ALL_OR_NOTHING', 'scale-5000-rows');
    expect(result.errors).toBeUndefined();
    expect(result.data.runImport).toMatchObject({ committed: true, totalRows: 5000, created: 5000, invalid: 0 });
    expect(await count(`SELECT count(*) AS n FROM firm`)).toBe(firmsBefore + 5000);
    expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'firm.create'`)).toBe(auditsBefore + 5000);

    // per batch: INSERT … RETURNING, the audit INSERT and the progress row; plus a fixed few
    const batches = Math.ceil(5000 / IMPORT_BATCH_ROWS);
    expect(batches).toBe(10);
    expect(result.sqlStatements).toBeLessThanOrEqual(20 + 3 * batches);

    // every record is the one its row named, in the file's order
    const created = result.data.runImport.rows.map((r) => r.recordId);
    const codes = await app.ds.query(`SELECT id::text AS id, credit_code FROM firm WHERE id = ANY($1::int[])`, [created]);
    const codeOf = new Map(codes.map((c: { id: string; credit_code: string }) => [c.id, c.credit_code]));
    expect(created.map((id) => codeOf.get(id!))).toEqual(rows.map((r) => r[1]));

    const { importProgress } = await app.as('clerk', IMPORT_PROGRESS, { key: 'scale-5000-rows' });
    expect(importProgress).toEqual({ phase: 'DONE', done: 5000, total: 5000 });
    // the key is the clerk's: another user sees nothing of it, and may not take it over
    expect((await app.as('registrar', IMPORT_PROGRESS, { key: 'scale-5000-rows' })).importProgress).toBeNull();
    const taken = await app.gql(RUN_IMPORT_TRACKED, { kind: 'FIRMS', file: file('f.csv', csv([HEADERS, firmRow()])), mode: 'ALL_OR_NOTHING', progressKey: 'scale-5000-rows' }, await app.tokenFor('registrar'));
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'progressKey', rule: 'TAKEN' }] });
  });

  it('costs the same statements for 1,000 rows as its two batches, not one per row', async () => {
    const small = await runTracked(file('firms.csv', csv([HEADERS, ...Array.from({ length: 500 }, () => firmRow())])), 'ALL_OR_NOTHING');
    const double = await runTracked(file('firms.csv', csv([HEADERS, ...Array.from({ length: 1000 }, () => firmRow())])), 'ALL_OR_NOTHING');
    expect(small.data.runImport.created).toBe(500);
    expect(double.data.runImport.created).toBe(1000);
    // one more batch: two more statements (no progress key here)
    expect(double.sqlStatements - small.sqlStatements).toBe(2);
  });

  it('shows progress while the import runs, from another request', async () => {
    const key = 'watch-progress-1';
    const rows = Array.from({ length: 3000 }, () => firmRow());
    const running = runTracked(file('firms.csv', csv([HEADERS, ...rows])), 'ALL_OR_NOTHING', key);
    const seen: Array<{ phase: string; done: number; total: number }> = [];
    let finished = false;
    void running.then(() => (finished = true));
    while (!finished) {
      const { importProgress } = await app.as('clerk', IMPORT_PROGRESS, { key });
      if (importProgress) seen.push(importProgress);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await running).data.runImport.created).toBe(3000);
    const last = (await app.as('clerk', IMPORT_PROGRESS, { key })).importProgress;
    expect(last).toEqual({ phase: 'DONE', done: 3000, total: 3000 });
    // what was seen only ever moved forward: checking the rows, then writing them
    const order = ['CHECKING', 'WRITING', 'DONE'];
    for (let i = 1; i < seen.length; i++) {
      expect(order.indexOf(seen[i].phase)).toBeGreaterThanOrEqual(order.indexOf(seen[i - 1].phase));
      if (seen[i].phase === 'WRITING' && seen[i - 1].phase === 'WRITING') expect(seen[i].done).toBeGreaterThanOrEqual(seen[i - 1].done);
    }
    expect(seen.some((p) => p.phase === 'CHECKING' && p.total === 3000)).toBe(true);
  });

  it('a bad progress key is refused before anything is read', async () => {
    const result = await runTracked(file('firms.csv', csv([HEADERS, firmRow()])), 'ALL_OR_NOTHING', 'x');
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'progressKey', rule: 'FORMAT' }] });
  });
});

describe('one caller’s imports at once (attacker round 13)', () => {
  it('are two at most: more sent together are RATE_LIMITED, while another person’s import and the caller’s next are checked', async () => {
    // each file is parsed and checked on the event loop: twenty of one clerk’s held every other answer back
    // one row 5,000 times (a preview checks each; credit codes are not spent on it)
    const row = firmRow();
    const big = file('firms.csv', csv([HEADERS, ...Array.from({ length: 5000 }, () => row)]));
    const clerk = await app.tokenFor('clerk');
    const preview = (token: string) => app.gql(PREVIEW_IMPORT, { kind: 'FIRMS', file: big }, token);
    const registrar = await app.tokenFor('registrar');
    // the clerk's two places held for certain, not by timing: two runs wait on the firms' import lock, held here
    // (a run takes it in its transaction, api/src/imports/pipeline.ts lockImport); their one row is invalid, so nothing is written
    const invalid = file('firms.csv', csv([HEADERS, firmRow({ phone: 'not a phone' })]));
    const holder = app.ds.createQueryRunner();
    await holder.connect();
    let held: Array<Promise<{ data?: any; errors?: any[] }>> = [];
    try {
      await holder.query(`SELECT pg_advisory_lock(hashtext('wuye.import.FIRMS'))`);
      held = [0, 1].map(() => app.gql(RUN_IMPORT, { kind: 'FIRMS', file: invalid, mode: 'ALL_OR_NOTHING' }, clerk));
      // both waiting on the lock in this test's database (the cluster may serve other suites' databases)
      let waiting = 0;
      for (let tries = 0; waiting < 2 && tries < 500; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        [{ waiting }] = await app.ds.query(
          `SELECT count(*)::int AS waiting FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
        );
      }
      expect(waiting).toBe(2);
      const [answers, other] = await Promise.all([Promise.all(Array.from({ length: 4 }, () => preview(clerk))), preview(registrar)]);
      for (const answer of answers) expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
      expect(other.data.previewImport.totalRows).toBe(5000);
    } finally {
      await holder.query(`SELECT pg_advisory_unlock_all()`);
      await holder.release();
    }
    for (const run of await Promise.all(held)) expect(run.data.runImport).toMatchObject({ committed: false, invalid: 1 });
    // places are given back: the clerk's next import is checked
    expect((await preview(clerk)).data.previewImport.totalRows).toBe(5000);
  });
});

describe('a 5,000-row owner roll', () => {
  const ROLL_HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
  const idNumber = (n: number) => {
    const birth = new Date(Date.UTC(1950, 0, 1) + n * 3 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
    const body = `330502${birth}${String(n % 1000).padStart(3, '0')}`;
    return body + citizenIdCheckCharacter(body);
  };
  // 25 buildings of 200 rooms, one owner each; every key of an address (matchKey) counted while it runs
  const roll = (area: string) => csv([ROLL_HEADERS, ...Array.from({ length: 5000 }, (_, n) => [`${1 + Math.floor(n / 200)}幢`, '1单元', String(1000 + (n % 200)), area, '不动产登记', '否', `业主${n}`, idNumber(n), '', '是'])]);

  it('is checked and written with work linear in its rows: each address keyed a bounded number of times, however many units', async () => {
    const [estate] = await app.ds.query(
      `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE s.name = ANY($1) AND NOT EXISTS (SELECT 1 FROM unit u WHERE u.estate_id = e.id) AND NOT EXISTS (SELECT 1 FROM election el WHERE el.estate_id = e.id)
        ORDER BY e.id LIMIT 1`,
      [OFFICER_SUBDISTRICTS],
    );
    const officer = await app.tokenFor('officer');
    const keys = jest.spyOn(matchKeys, 'matchKey');
    try {
      const created = await app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', estateId: estate.id, file: file('roll.csv', roll('89.12')), mode: 'ALL_OR_NOTHING' }, officer);
      expect(created.errors).toBeUndefined();
      expect(created.data.runImport).toMatchObject({ committed: true, created: 5000, invalid: 0 });
      const keysCreating = keys.mock.calls.length;
      keys.mockClear();
      // every unit changes (its area): each one's owners before are looked up for its audit event
      const changed = await app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', estateId: estate.id, file: file('roll.csv', roll('90.12')), mode: 'ALL_OR_NOTHING' }, officer);
      expect(changed.data.runImport).toMatchObject({ committed: true, updated: 5000, invalid: 0 });
      // a key per unit per pass (parsing, checking, planning, writing), never one per unit per unit (25,000,000)
      expect([keysCreating, keys.mock.calls.length].every((calls) => calls < 100 * 5000)).toBe(true);
      expect(await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'unit.update' AND after->>'estateId' = $1`, [estate.id])).toBe(5000);
    } finally {
      keys.mockRestore();
    }
  }, 300_000);
});

describe('the error file', () => {
  it('a CSV import held back by one bad row gives a CSV of the rows to fix, which imports once fixed', async () => {
    const good = [firmRow(), firmRow()];
    const bad = firmRow({ district: '火星区' });
    const formula = firmRow({ phone: '=1+1' });
    const result = await runTracked(file('firms-batch.csv', csv([HEADERS, good[0], bad, formula, good[1]])), 'ALL_OR_NOTHING');
    const report = result.data.runImport;
    expect(report).toMatchObject({ committed: false, invalid: 2, skipped: 2 });
    expect(report.errorFile).toMatchObject({ name: 'firms-batch-errors.csv', contentType: 'text/csv' });
    const text = Buffer.from(report.errorFile!.contentBase64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe([...HEADERS, '错误说明'].join(','));
    expect(lines).toHaveLength(5); // the header and all four rows: two to fix, two held back by them
    expect(lines[1]).toContain('未导入：其他行有错误');
    expect(lines[2]).toContain('火星区');
    expect(lines[2]).toContain('"所在区县: no district is named or coded ""火星区"""');
    // a formula the clerk typed comes back inert, never as a formula a spreadsheet would run
    expect(lines[3]).toContain(",'=1+1,");

    // fixed in place (the messages column stays) and imported again: every row goes in
    const fixed = text.replace('火星区', '吴兴区').replace("'=1+1", '13857212345');
    const again = await runTracked(file('firms-batch-errors.csv', fixed), 'ALL_OR_NOTHING');
    expect(again.errors).toBeUndefined();
    expect(again.data.runImport).toMatchObject({ committed: true, created: 4, invalid: 0 });
    expect(again.data.runImport.errorFile).toBeNull();
  });

  it('an .xlsx import gives an .xlsx error file with text columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('firms');
    sheet.addRow(HEADERS);
    sheet.addRow(firmRow());
    sheet.addRow(firmRow({ phone: '12' }));
    const upload = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await runTracked(file('firms.xlsx', upload), 'VALID_ROWS');
    expect(result.data.runImport).toMatchObject({ committed: true, created: 1, invalid: 1 });
    const errorFile = result.data.runImport.errorFile!;
    expect(errorFile.name).toBe('firms-errors.xlsx');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(Buffer.from(errorFile.contentBase64, 'base64') as never);
    const ws = back.worksheets[0];
    expect(ws.getRow(1).values).toEqual([undefined, ...HEADERS, '错误说明']);
    expect(ws.rowCount).toBe(2);
    expect(ws.getRow(2).getCell(6).value).toBe('12');
    expect(String(ws.getRow(2).getCell(9).value)).toMatch(/^联系电话: /);
    expect(ws.getRow(2).getCell(2).numFmt).toBe('@');
  });

  it('importErrorFile writes the rows named, as uploaded, with the client’s words for them; a row the file lacks is refused', async () => {
    const bad = firmRow({ phone: '12' });
    const upload = file('firms-words.csv', csv([HEADERS, firmRow(), bad]));
    const ERROR_FILE = `mutation($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) { importErrorFile(file: $file, rows: $rows) { name contentType contentBase64 } }`;
    const clerk = await app.tokenFor('clerk');
    const made = await app.gql(ERROR_FILE, { file: upload, rows: [{ row: 3, message: '联系电话：应为11位手机号或带区号的固定电话，如 0572-2345678' }] }, clerk);
    expect(made.errors).toBeUndefined();
    expect(made.data.importErrorFile).toMatchObject({ name: 'firms-words-errors.csv', contentType: 'text/csv' });
    const lines = Buffer.from(made.data.importErrorFile.contentBase64, 'base64').toString('utf8').slice(1).trimEnd().split('\r\n');
    expect(lines).toEqual([[...HEADERS, '错误说明'].join(','), [...bad, '联系电话：应为11位手机号或带区号的固定电话，如 0572-2345678'].join(',')]);

    const refused = await app.gql(ERROR_FILE, { file: upload, rows: [{ row: 9, message: 'x' }] }, clerk);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'rows', rule: 'REFERENCE' }] });
    expect((await app.gql(ERROR_FILE, { file: upload, rows: [] }, clerk)).data.importErrorFile).toBeNull();
  });

  it('importErrorFile names each row once: a row named again would copy it again, past the upload’s size (attacker round 6)', async () => {
    const upload = file('firms-twice.csv', csv([HEADERS, firmRow(), firmRow({ phone: '12' })]));
    const ERROR_FILE = `mutation($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) { importErrorFile(file: $file, rows: $rows) { name } }`;
    const refused = await app.gql(ERROR_FILE, { file: upload, rows: [{ row: 3, message: 'a' }, { row: 2, message: 'b' }, { row: 3, message: 'c' }] }, await app.tokenFor('clerk'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'rows[2].row', rule: 'DUPLICATE', message: 'row 3 is named twice' }] });
    expect(refused.data?.importErrorFile ?? null).toBeNull();
  });
});

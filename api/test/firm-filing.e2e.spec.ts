import { formatFilingNumber } from '../src/filings/filing';
import { Firm } from '../src/firms/firm.entity';
import { systemContext, withTransaction } from '../src/request/context';
import { yearInChina } from '../src/shared/iso-date';
import { createLogger } from '../src/shared/logger';
import { lockVersion, noRowRule } from '../src/shared/versioned';
import { rolledBack, startTestApp, TestApp, untyped } from './harness';
import {
  APPROVE_FIRM,
  AUDIT_EVENTS,
  CREATE_FIRM,
  firmInput,
  freshCreditCode,
  GET_FIRM,
  RETURN_FIRM,
  REVOKE_FIRM,
  SUBMIT_FIRM,
  UPDATE_FIRM,
} from './operations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

async function countRows(table: string): Promise<number> {
  const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

async function auditOf(entityId: string): Promise<Array<{ action: string; actorName: string; before: any; after: any }>> {
  const data = await app.as('manager', AUDIT_EVENTS, { options: { filter: { entityType: 'Firm', entityId }, take: 50 } });
  return data.auditEvents.items;
}

async function draftFirm(overrides: Record<string, unknown> = {}) {
  const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput(overrides) });
  return createFirm;
}

describe('successful firm filing', () => {
  it('a clerk files a firm, a registrar approves it and a filing number is issued', async () => {
    const draft = await draftFirm();
    expect(draft).toMatchObject({ filingStatus: 'DRAFT', version: 1, filingNumber: null, availableActions: ['SUBMIT'] });

    const { submitFirm } = await app.as('clerk', SUBMIT_FIRM, { id: draft.id, version: 1 });
    expect(submitFirm).toMatchObject({ filingStatus: 'SUBMITTED', version: 2, availableActions: [] });

    const { approveFirm } = await app.as('registrar', APPROVE_FIRM, { id: draft.id, version: 2 });
    expect(approveFirm.filingStatus).toBe('APPROVED');
    expect(approveFirm.version).toBe(3);
    expect(approveFirm.filingNumber).toMatch(/^湖物企备〔\d{4}〕\d{4}号$/);
    expect(approveFirm.decidedById).not.toBe(approveFirm.submittedById);

    const history = await auditOf(draft.id);
    expect(history.map((e) => e.action)).toEqual(['firm.create', 'firm.submit', 'firm.approve']);
    expect(history[2]).toMatchObject({
      actorName: '审核员 李强',
      before: { filingStatus: 'SUBMITTED', version: 2 },
      after: { filingStatus: 'APPROVED', version: 3 },
    });
    // what the move wrote is the row as PostgreSQL stored it, its trigger-set time included (read back by the UPDATE itself)
    const [stored] = await app.ds.query(`SELECT updated_at, decided_at, filing_number FROM firm WHERE id = $1`, [draft.id]);
    expect(history[2].after).toMatchObject({ updatedAt: stored.updated_at.toISOString(), decidedAt: stored.decided_at.toISOString(), filingNumber: stored.filing_number });
  });

  it('a move locks the row it reads (its SELECT built once per process), and only inside a transaction', async () => {
    const draft = await draftFirm();
    const ctx = systemContext(app.ds, app.config, createLogger('warn'));
    await expect(lockVersion(ctx, Firm, Number(draft.id), null, noRowRule)).rejects.toThrow('outside a transaction');
    const [locked, again] = await withTransaction(ctx, async (tx) => [await lockVersion(tx, Firm, Number(draft.id), 1, noRowRule), await lockVersion(tx, Firm, Number(draft.id), 1, noRowRule)]);
    expect(locked).toBeInstanceOf(Firm);
    expect({ ...locked }).toEqual({ ...(await app.ds.manager.findOneByOrFail(Firm, { id: Number(draft.id) })) });
    expect(again).toEqual(locked);
    // the row stays locked until the transaction ends: another transaction's NOWAIT lock is refused meanwhile
    await withTransaction(ctx, async (tx) => {
      await lockVersion(tx, Firm, Number(draft.id), 1, noRowRule);
      await expect(app.ds.query(`SELECT id FROM firm WHERE id = $1 FOR UPDATE NOWAIT`, [draft.id])).rejects.toThrow(/could not obtain lock/);
      await expect(app.ds.query(`SELECT id FROM firm WHERE id = $1 FOR SHARE NOWAIT`, [draft.id])).rejects.toThrow(/could not obtain lock/);
      // a row that only refers to it (a foreign key's check takes KEY SHARE) is not held behind it: NO KEY UPDATE (race13)
      expect(await app.ds.query(`SELECT id FROM firm WHERE id = $1 FOR KEY SHARE NOWAIT`, [draft.id])).toEqual([{ id: Number(draft.id) }]);
    });
  });

  it('a draft is created in one write read back by itself: what it answers and audits is the row as stored', async () => {
    const created = await app.gql(CREATE_FIRM, { input: firmInput() }, await app.tokenFor('clerk'));
    const draft = created.data.createFirm;
    // the tables' versions, BEGIN, the INSERT … RETURNING, its audit event, COMMIT: no SELECT of the new row
    expect(created.sqlStatements).toBe(5);
    const [stored] = await app.ds.query(`SELECT version, filing_status, created_at, updated_at FROM firm WHERE id = $1`, [draft.id]);
    expect(draft).toMatchObject({ version: stored.version, filingStatus: stored.filing_status });
    const [{ after }] = await auditOf(draft.id);
    expect(after).toMatchObject({ id: Number(draft.id), version: 1, filingStatus: 'DRAFT', createdAt: stored.created_at.toISOString(), updatedAt: stored.updated_at.toISOString() });
  });

  it('an approval takes its filing number in its own UPDATE: one statement less, the number formatted as formatFilingNumber does', async () => {
    const draft = await draftFirm();
    const submitted = await app.gql(SUBMIT_FIRM, { id: draft.id, version: 1 }, await app.tokenFor('clerk'));
    const approved = await app.gql(APPROVE_FIRM, { id: draft.id, version: 2 }, await app.tokenFor('registrar'));
    // the tables' versions, BEGIN, the lock, the UPDATE (and its number), the audit event, COMMIT: as many as a submission
    // (who made the filing is on its row: filings/makers.ts)
    expect(approved.sqlStatements).toBe(submitted.sqlStatements);
    const [{ last_number }] = await app.ds.query(`SELECT last_number FROM filing_counter WHERE kind = 'firm' AND year = $1`, [yearInChina(new Date())]);
    expect(approved.data.approveFirm.filingNumber).toBe(formatFilingNumber('湖物企备', yearInChina(new Date()), last_number));
    // past four digits the number grows, as formatFilingNumber's does (in a transaction rolled back: the counter is shared)
    await rolledBack(app.ds, async (runner) => {
      for (const [last, expected] of [[0, 1], [8, 9], [998, 999], [9998, 9999], [9999, 10000], [123455, 123456]]) {
        await runner.query(`INSERT INTO filing_counter (kind, year, last_number) VALUES ('probe', 2031, $1) ON CONFLICT (kind, year) DO UPDATE SET last_number = $1`, [last]);
        const [{ n }] = await runner.query(`SELECT next_filing_number('probe', 2031, '湖物企备') AS n`);
        expect(n).toBe(formatFilingNumber('湖物企备', 2031, expected));
      }
      await runner.query(`DELETE FROM filing_counter WHERE kind = 'probe'`);
      const [{ first }] = await runner.query(`SELECT next_filing_number('probe', 2031, '湖业委备') AS first`);
      expect(first).toBe('湖业委备〔2031〕0001号');
    });
  });

  it('normalises the credit code to upper case without blanks', async () => {
    const code = freshCreditCode();
    const draft = await draftFirm({ creditCode: ` ${code.toLowerCase()} ` });
    expect(draft.creditCode).toBe(code);
  });

  it('accepts a credit code typed full-width (a Chinese input method) and stores it half-width, upper case', async () => {
    const code = freshCreditCode();
    const fullWidth = [...code.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    const draft = await draftFirm({ creditCode: `\u3000${fullWidth}\u3000` });
    expect(draft.creditCode).toBe(code);
    const [{ credit_code }] = await app.ds.query(`SELECT credit_code FROM firm WHERE id = $1`, [draft.id]);
    expect(credit_code).toBe(code);
  });

  it('a returned filing is edited and resubmitted with the return reason kept', async () => {
    const draft = await draftFirm();
    await app.as('clerk', SUBMIT_FIRM, { id: draft.id, version: 1 });
    const { returnFirm } = await app.as('registrar', RETURN_FIRM, {
      id: draft.id,
      version: 2,
      reason: 'INCOMPLETE_MATERIALS',
      note: '请补充营业执照副本',
    });
    expect(returnFirm).toMatchObject({ filingStatus: 'RETURNED', returnReason: 'INCOMPLETE_MATERIALS', returnNote: '请补充营业执照副本' });

    const { updateFirm } = await app.as('clerk', UPDATE_FIRM, { id: draft.id, version: 3, input: firmInput({ name: '湖州改正后物业服务有限公司' }) });
    expect(updateFirm).toMatchObject({ name: '湖州改正后物业服务有限公司', version: 4, filingStatus: 'RETURNED' });
    const { submitFirm } = await app.as('clerk', SUBMIT_FIRM, { id: draft.id, version: 4 });
    expect(submitFirm.filingStatus).toBe('SUBMITTED');
  });

  it('an approved filing is revoked with a coded reason', async () => {
    const draft = await draftFirm();
    await app.as('clerk', SUBMIT_FIRM, { id: draft.id, version: 1 });
    await app.as('registrar', APPROVE_FIRM, { id: draft.id, version: 2 });
    const { revokeFirm } = await app.as('registrar', REVOKE_FIRM, { id: draft.id, version: 3, reason: 'FALSE_INFORMATION', note: '虚假材料' });
    expect(revokeFirm).toMatchObject({ filingStatus: 'REVOKED', revokeReason: 'FALSE_INFORMATION', availableActions: [] });
  });
});

describe('failing firm filing', () => {
  it('a wrong check character is BAD_USER_INPUT naming creditCode, and nothing is written', async () => {
    const [firmsBefore, auditBefore] = [await countRows('firm'), await countRows('audit_event')];
    const result = await app.gql(CREATE_FIRM, { input: firmInput({ creditCode: '91350100M000100Y44' }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'creditCode', rule: 'CREDIT_CODE_CHECK', message: "check character should be '3', not '4'" }],
    });
    expect(await countRows('firm')).toBe(firmsBefore);
    expect(await countRows('audit_event')).toBe(auditBefore);
  });

  // docs/domain-rules.md#credit-code: each problem under its own rule, the first one found
  it.each([
    ['91350100M000100Y4', 'CREDIT_CODE_LENGTH', 'must be 18 characters, got 17'],
    ['91350100M000100Y430', 'CREDIT_CODE_LENGTH', 'must be 18 characters, got 19'],
    ['91350100O000100Y43', 'CREDIT_CODE_CHARACTER', "character 9 ('O') is not allowed (I, O, Z, S, V and symbols never appear)"],
    ['91350100M000100Y4Z', 'CREDIT_CODE_CHARACTER', "character 18 ('Z') is not allowed (I, O, Z, S, V and symbols never appear)"],
    ['９１３５０１００Ｍ０００１００Ｙ４４', 'CREDIT_CODE_CHECK', "check character should be '3', not '4'"],
  ])('%p is refused under its own rule %s', async (creditCode, rule, message) => {
    const result = await app.gql(CREATE_FIRM, { input: firmInput({ creditCode }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'creditCode', rule, message }] });
  });

  it('reports every bad field at once', async () => {
    const result = await app.gql(
      CREATE_FIRM,
      { input: firmInput({ name: 'X', contactPhone: '12345', establishedOn: '2999-01-01' }) },
      await app.tokenFor('clerk'),
    );
    const fields = result.errors?.[0].extensions.fieldErrors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(['contactPhone', 'establishedOn', 'name']);
  });

  it('a credit code registered before, written full-width, lower-case or spaced, is the same code (CREDIT_CODE_TAKEN)', async () => {
    const first = await draftFirm();
    const fullWidth = [...first.creditCode.toLowerCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    for (const creditCode of [fullWidth, first.creditCode.toLowerCase(), `${first.creditCode.slice(0, 8)}\u3000${first.creditCode.slice(8)}`]) {
      const result = await app.gql(CREATE_FIRM, { input: firmInput({ creditCode }) }, await app.tokenFor('clerk'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'creditCode', rule: 'CREDIT_CODE_TAKEN' }] });
    }
  });

  it('a credit code already registered is BAD_USER_INPUT on creditCode, naming the firm that holds it', async () => {
    const first = await draftFirm();
    const result = await app.gql(CREATE_FIRM, { input: firmInput({ creditCode: first.creditCode }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'creditCode', rule: 'CREDIT_CODE_TAKEN', args: { firmName: first.name, firmId: first.id } }],
    });
  });

  it('a district that does not exist is BAD_USER_INPUT on districtId', async () => {
    const result = await app.gql(CREATE_FIRM, { input: firmInput({ districtId: '99999' }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'districtId', rule: 'REFERENCE' }] });
  });

  it('a stale version is CONFLICT and changes nothing', async () => {
    const draft = await draftFirm();
    await app.as('clerk', UPDATE_FIRM, { id: draft.id, version: 1, input: firmInput({ name: '湖州第一次修改物业有限公司', creditCode: draft.creditCode }) });
    const auditBefore = await countRows('audit_event');
    const stale = await app.gql(
      UPDATE_FIRM,
      { id: draft.id, version: 1, input: firmInput({ name: '湖州过期版本物业有限公司', creditCode: draft.creditCode }) },
      await app.tokenFor('clerk'),
    );
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { firm } = await app.as('clerk', GET_FIRM, { id: draft.id });
    expect(firm).toMatchObject({ name: '湖州第一次修改物业有限公司', version: 2 });
    expect(await countRows('audit_event')).toBe(auditBefore);

    const staleDecision = await app.gql(SUBMIT_FIRM, { id: draft.id, version: 1 }, await app.tokenFor('clerk'));
    expect(staleDecision.errors?.[0].extensions.code).toBe('CONFLICT');
  });

  it('a registrar cannot decide a filing they submitted (maker-checker)', async () => {
    const { createFirm } = await app.as('registrar', CREATE_FIRM, { input: firmInput() });
    await app.as('registrar', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
    const { firm } = await app.as('registrar', GET_FIRM, { id: createFirm.id });
    expect(firm.availableActions).toEqual([]);
    for (const [query, extra] of [
      [untyped(APPROVE_FIRM), {}],
      [untyped(RETURN_FIRM), { reason: 'OTHER' }],
    ] as const) {
      const result = await app.gql(query, { id: createFirm.id, version: 2, ...extra }, await app.tokenFor('registrar'));
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MAKER_CHECKER' });
    }
    const { firm: unchanged } = await app.as('manager', GET_FIRM, { id: createFirm.id });
    expect(unchanged).toMatchObject({ filingStatus: 'SUBMITTED', version: 2 });
  });

  it('a return or revocation for "other" reason says what it is: without a note it is refused on the note and changes nothing', async () => {
    const draft = await draftFirm();
    await app.as('clerk', SUBMIT_FIRM, { id: draft.id, version: 1 });
    const registrar = await app.tokenFor('registrar');
    for (const note of [undefined, '', '   ']) {
      const refused = await app.gql(RETURN_FIRM, { id: draft.id, version: 2, reason: 'OTHER', note }, registrar);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'note', rule: 'NOTE_REQUIRED' }] });
    }
    const { firm } = await app.as('manager', GET_FIRM, { id: draft.id });
    expect(firm).toMatchObject({ filingStatus: 'SUBMITTED', version: 2 });
    const { returnFirm } = await app.as('registrar', RETURN_FIRM, { id: draft.id, version: 2, reason: 'OTHER', note: '联系电话无法接通，请核实' });
    expect(returnFirm).toMatchObject({ filingStatus: 'RETURNED' });
  });

  it('moves the transitions table forbids are INVALID_TRANSITION', async () => {
    const draft = await draftFirm();
    const approveDraft = await app.gql(APPROVE_FIRM, { id: draft.id, version: 1 }, await app.tokenFor('registrar'));
    expect(approveDraft.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'DRAFT', action: 'approved' });

    await app.as('clerk', SUBMIT_FIRM, { id: draft.id, version: 1 });
    const editSubmitted = await app.gql(UPDATE_FIRM, { id: draft.id, version: 2, input: firmInput({ creditCode: draft.creditCode }) }, await app.tokenFor('clerk'));
    expect(editSubmitted.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    const revokeSubmitted = await app.gql(REVOKE_FIRM, { id: draft.id, version: 2, reason: 'OTHER' }, await app.tokenFor('registrar'));
    expect(revokeSubmitted.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it.each([
    ['manager', untyped(CREATE_FIRM), () => ({ input: firmInput() })],
    ['officer', untyped(CREATE_FIRM), () => ({ input: firmInput() })],
    ['admin', untyped(CREATE_FIRM), () => ({ input: firmInput() })],
    ['clerk', untyped(APPROVE_FIRM), () => ({ id: '1', version: 1 })],
    ['manager', untyped(REVOKE_FIRM), () => ({ id: '1', version: 1, reason: 'OTHER' })],
  ])('the %s role is FORBIDDEN and nothing changes', async (username, query, variables) => {
    const firmsBefore = await countRows('firm');
    const result = await app.gql(query, variables(), await app.tokenFor(username));
    expect(result.status).toBe(403);
    expect(result.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(result.data).toBeUndefined();
    expect(await countRows('firm')).toBe(firmsBefore);
  });

  it('a request without a token is UNAUTHENTICATED', async () => {
    const result = await app.gql(CREATE_FIRM, { input: firmInput() });
    expect(result.status).toBe(401);
    expect(result.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('an unknown firm is NOT_FOUND', async () => {
    const result = await app.gql(GET_FIRM, { id: '987654' }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Firm' });
  });
});

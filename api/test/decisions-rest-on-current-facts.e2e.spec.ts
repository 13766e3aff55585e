import { asRequestRole, idInJurisdictionOf, startTestApp, TestApp } from './harness';
import { APPROVE_FIRM, APPROVE_PROJECT, CREATE_FIRM, firmInput, GET_FIRM, LIST_FIRMS, RETURN_FIRM, REVOKE_FIRM, SUBMIT_FIRM, UPDATE_FIRM } from './operations';
import { confirmFundTerms, OPEN_FUND, POST_ACCRUAL } from './money-operations';
import { ADD_MATERIAL } from './election-operations';
import { todayInChina } from '../src/shared/iso-date';

/**
 * A decision rests on the facts as they are when it is written, and on people other than its makers (attacker
 * round 7): the maker of a filing is whoever shaped it, a row a decision rests on is held until the commit, a
 * fund sets aside only under a contract in force, a committee seat is named as the roll names its owner.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const codeOf = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }) => {
  const e = result.errors?.[0]?.extensions;
  return e ? `${e.code}/${e.reason ?? e.rule ?? e.fieldErrors?.[0]?.rule ?? ''}` : 'ok';
};

describe('maker-checker counts everyone who shaped a filing (F1)', () => {
  it('a registrar who created a firm, or edited it before it was submitted, does not approve it; another registrar does', async () => {
    const registrar = await app.tokenFor('registrar');
    const clerk = await app.tokenFor('clerk');
    // created by the registrar, submitted by the clerk
    const created = (await app.gql(CREATE_FIRM, { input: firmInput() }, registrar)).data.createFirm;
    const submitted = (await app.gql(SUBMIT_FIRM, { id: created.id, version: created.version }, clerk)).data.submitFirm;
    expect(codeOf(await app.gql(APPROVE_FIRM, { id: submitted.id, version: submitted.version }, registrar))).toBe('FORBIDDEN/MAKER_CHECKER');

    // created by the clerk, its content rewritten by the registrar, submitted by the clerk
    const input = firmInput();
    const drafted = (await app.gql(CREATE_FIRM, { input }, clerk)).data.createFirm;
    const edited = (await app.gql(UPDATE_FIRM, { id: drafted.id, version: drafted.version, input: { ...input, legalRepresentative: '王五' } }, registrar)).data.updateFirm;
    const sent = (await app.gql(SUBMIT_FIRM, { id: edited.id, version: edited.version }, clerk)).data.submitFirm;
    expect(codeOf(await app.gql(APPROVE_FIRM, { id: sent.id, version: sent.version }, registrar))).toBe('FORBIDDEN/MAKER_CHECKER');
    const [{ filing_status: still }] = await app.ds.query(`SELECT filing_status FROM firm WHERE id = $1`, [sent.id]);
    expect(still).toBe('SUBMITTED');

    // what a registrar is offered is what the move accepts, in a list (one compiled statement) and alone
    const offered = async (id: string, token: string) => ({
      listed: (await app.gql(LIST_FIRMS, { options: { filter: { ids: [id] } } }, token)).data.firms.items[0].availableActions,
      alone: (await app.gql(GET_FIRM, { id }, token)).data.firm.availableActions,
    });
    expect(await offered(submitted.id, registrar)).toEqual({ listed: [], alone: [] });
    expect(await offered(sent.id, registrar)).toEqual({ listed: [], alone: [] });

    // PostgreSQL refuses a maker's decision whoever writes it (migrations/1764805800000)
    const [{ id: registrarId }] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'registrar'`);
    for (const firm of [submitted, sent]) {
      const refusal = await asRequestRole(app, [`UPDATE firm SET filing_status = 'RETURNED', return_reason = 'OTHER', return_note = '自己退回', decided_by_id = $2, decided_at = now(), version = version + 1 WHERE id = $1`, [firm.id, registrarId]]);
      expect(refusal?.constraint).toBe('filing_decided_by_another');
    }

    // a registrar who took no part is offered the decision and decides it
    await app.createConfirmedUser({ username: 'registrar-two', displayName: '登记员二', role: 'REGISTRAR', password: 'a-checker-passphrase-22' });
    // a person an admin made chooses their own password before acting (roles-and-workflows.md#own-password)
    const other = (await app.firstSignIn('registrar-two', 'a-checker-passphrase-22')).token;
    expect(await offered(sent.id, other)).toEqual({ listed: ['APPROVE', 'RETURN'], alone: ['APPROVE', 'RETURN'] });
    const approved = await app.gql(APPROVE_FIRM, { id: sent.id, version: sent.version }, other);
    expect(approved.data?.approveFirm.filingStatus).toBe('APPROVED');
    // the approval accepts what its makers made: the editor before it may revoke it later
    const [{ maker_ids }] = await app.ds.query(`SELECT maker_ids FROM firm WHERE id = $1`, [sent.id]);
    expect(maker_ids).toEqual([]);
    expect(await offered(sent.id, registrar)).toEqual({ listed: ['REVOKE'], alone: ['REVOKE'] });
  });

  it('a return clears no maker: an editor or an earlier submitter still does not approve after another registrar returned it (round 8 F11)', async () => {
    const registrar = await app.tokenFor('registrar');
    const clerk = await app.tokenFor('clerk');
    // registrar-two chose their own password in the test before (harness firstSignIn)
    const other = (await app.gql(`mutation { login(username: "registrar-two", password: "a-checker-passphrase-22.own") { token } }`)).data.login.token;
    const input = firmInput();
    // edited by the registrar, submitted by the clerk, returned by registrar-two, submitted again unchanged by the clerk
    const drafted = (await app.gql(CREATE_FIRM, { input }, clerk)).data.createFirm;
    const edited = (await app.gql(UPDATE_FIRM, { id: drafted.id, version: drafted.version, input: { ...input, legalRepresentative: '王审核' } }, registrar)).data.updateFirm;
    const sent = (await app.gql(SUBMIT_FIRM, { id: edited.id, version: edited.version }, clerk)).data.submitFirm;
    const returned = (await app.gql(RETURN_FIRM, { id: sent.id, version: sent.version, reason: 'INCONSISTENT_DATA', note: '请核对' }, other)).data.returnFirm;
    const again = (await app.gql(SUBMIT_FIRM, { id: returned.id, version: returned.version }, clerk)).data.submitFirm;
    expect(again.availableActions).toEqual([]);
    expect((await app.gql(GET_FIRM, { id: again.id }, registrar)).data.firm.availableActions).toEqual([]);
    expect(codeOf(await app.gql(APPROVE_FIRM, { id: again.id, version: again.version }, registrar))).toBe('FORBIDDEN/MAKER_CHECKER');

    // submitted by the registrar, returned by registrar-two, submitted again by the clerk
    const second = (await app.gql(CREATE_FIRM, { input: firmInput() }, clerk)).data.createFirm;
    const byRegistrar = (await app.gql(SUBMIT_FIRM, { id: second.id, version: second.version }, registrar)).data.submitFirm;
    const back = (await app.gql(RETURN_FIRM, { id: byRegistrar.id, version: byRegistrar.version, reason: 'INCONSISTENT_DATA', note: '请核对' }, other)).data.returnFirm;
    const resent = (await app.gql(SUBMIT_FIRM, { id: back.id, version: back.version }, clerk)).data.submitFirm;
    expect(codeOf(await app.gql(APPROVE_FIRM, { id: resent.id, version: resent.version }, registrar))).toBe('FORBIDDEN/MAKER_CHECKER');
    // registrar-two, who only returned them, decides both
    for (const firm of [again, resent]) {
      expect((await app.gql(APPROVE_FIRM, { id: firm.id, version: firm.version }, other)).data?.approveFirm.filingStatus).toBe('APPROVED');
    }
  });

  it('a committee filing’s materials make their uploader one of its makers', async () => {
    const filingId = await idInJurisdictionOf(app, 'officer', 'committee_filing', `t.filing_status IN ('DRAFT', 'RETURNED')`, 'k.estate_id', 'JOIN committee k ON k.id = t.committee_id');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Title (委员名单) >> endobj\n').toString('base64');
    const added = await app.gql(ADD_MATERIAL, { filingId, input: { kind: 'MEMBER_LIST', fileName: '名单.pdf', contentType: 'application/pdf', contentBase64: pdf } }, await app.tokenFor('officer'));
    expect(added.errors).toBeUndefined();
    const [row] = await app.ds.query(`SELECT maker_ids FROM committee_filing WHERE id = $1`, [filingId]);
    const [{ id: officerId }] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'officer'`);
    expect(row.maker_ids).toContain(officerId);
  });
});

describe('a row a decision rests on is held until the commit (F3)', () => {
  it('a project’s approval waits for its firm’s revocation in flight, then sees it', async () => {
    const [pick] = await app.ds.query(
      `SELECT p.id, p.version, p.firm_id FROM project p JOIN firm f ON f.id = p.firm_id
        WHERE p.filing_status = 'SUBMITTED' AND f.filing_status = 'APPROVED' AND f.status = 'ACTIVE'
          AND p.submitted_by_id IS DISTINCT FROM (SELECT id FROM app_user WHERE username = 'registrar')
          AND p.created_by_id IS DISTINCT FROM (SELECT id FROM app_user WHERE username = 'registrar')
        ORDER BY p.id LIMIT 1`,
    );
    const [registrar] = await app.ds.query(`SELECT id FROM app_user WHERE username = 'registrar'`);
    // another registrar's revocation of the firm, written and not yet committed
    const revoking = app.ds.createQueryRunner();
    await revoking.connect();
    await revoking.startTransaction();
    try {
      await revoking.query(
        `UPDATE firm SET filing_status = 'REVOKED', revoke_reason = 'FALSE_INFORMATION', decided_by_id = $2, decided_at = now(), version = version + 1 WHERE id = $1`,
        [pick.firm_id, registrar.id],
      );
      const approval = app.gql(APPROVE_PROJECT, { id: String(pick.id), version: pick.version }, await app.tokenFor('registrar'));
      let settled = false;
      void approval.then(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 500));
      // it waits on the firm rather than approving on what the revocation is changing
      expect(settled).toBe(false);
      await revoking.commitTransaction();
      expect(codeOf(await approval)).toBe('INVALID_TRANSITION/FIRM_NOT_APPROVED');
    } finally {
      if (revoking.isTransactionActive) await revoking.rollbackTransaction();
      await revoking.release();
    }
    const [{ filing_status: project }] = await app.ds.query(`SELECT filing_status FROM project WHERE id = $1`, [pick.id]);
    expect(project).toBe('SUBMITTED');
  });
});

describe('a fund sets the fee aside only under a contract in force (F6)', () => {
  /** A project of the officer's estates without a fund, in a filing state. */
  async function projectOfOfficer(where: string): Promise<{ id: string; contract_start: string }> {
    const [row] = await app.ds.query(
      `SELECT p.id::text, to_char(p.contract_start, 'YYYY-MM-DD') AS contract_start FROM project p JOIN estate e ON e.id = p.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE ${where} AND NOT EXISTS (SELECT 1 FROM repair_fund f WHERE f.project_id = p.id) ORDER BY p.id LIMIT 1`,
    );
    if (!row) throw new Error(`no project of the officer's where ${where}`);
    return row;
  }
  const open = async (projectId: string, fromMonth: string) =>
    app.gql(OPEN_FUND, { input: { projectId, feeRate: '1.99', setAsidePercent: '10', fromMonth } }, await app.tokenFor('officer'));

  it('refuses a draft’s or a returned project’s fund, and a month before the contract; opens and posts under one in force', async () => {
    const month = todayInChina().slice(0, 7);
    for (const status of ['DRAFT', 'RETURNED', 'REVOKED']) {
      const project = await projectOfOfficer(`p.filing_status = '${status}'`).catch(() => null);
      if (!project) continue;
      expect([status, codeOf(await open(project.id, month))]).toEqual([status, 'BAD_USER_INPUT/FUND_PROJECT_NOT_SERVING']);
    }
    const serving = await projectOfOfficer(`p.filing_status = 'APPROVED' AND p.contract_start <= now() - interval '2 months' AND p.contract_end >= now()`);
    const beforeContract = `${String(Number(serving.contract_start.slice(0, 4)) - 1)}-01`;
    expect(codeOf(await open(serving.id, beforeContract))).toBe('BAD_USER_INPUT/FUND_PROJECT_NOT_SERVING');
    const opened = await open(serving.id, month);
    expect(codeOf(opened)).toBe('ok');
    await confirmFundTerms(app, opened.data.openRepairFund.id);
    expect(codeOf(await app.gql(POST_ACCRUAL, { fundId: opened.data.openRepairFund.id, month }, await app.tokenFor('officer')))).not.toBe('BAD_USER_INPUT/FUND_PROJECT_NOT_SERVING');
    // a contract revoked since stops setting aside
    await app.ds.query(`UPDATE project SET filing_status = 'REVOKED', revoke_reason = 'FALSE_INFORMATION', decided_at = now() WHERE id = $1`, [serving.id]);
    await app.ds.query(`DELETE FROM repair_fund_accrual WHERE fund_id = $1`, [opened.data.openRepairFund.id]).catch(() => undefined);
    expect(codeOf(await app.gql(POST_ACCRUAL, { fundId: opened.data.openRepairFund.id, month }, await app.tokenFor('officer')))).toBe('BAD_USER_INPUT/FUND_PROJECT_NOT_SERVING');
  });
});

describe('a committee seat is named as the roll names its owner (F9)', () => {
  it('an elected owner’s seat given another person’s name keeps the owner’s name on the roll', async () => {
    const [committee] = await app.ds.query(
      `SELECT k.id, k.version FROM committee k JOIN estate e ON e.id = k.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE k.term_start <= now() AND k.term_end >= now()
          AND NOT EXISTS (SELECT 1 FROM committee_member m WHERE m.committee_id = k.id AND m.ends_on IS NULL AND m.owner_id IS NULL)
          AND EXISTS (SELECT 1 FROM committee_member m WHERE m.committee_id = k.id AND m.ends_on IS NULL)
          AND NOT EXISTS (SELECT 1 FROM committee_filing f WHERE f.committee_id = k.id AND f.filing_status = 'SUBMITTED')
        ORDER BY k.id LIMIT 1`,
    );
    const members: Array<{ owner_id: number; position: string; roll_name: string }> = await app.ds.query(
      `SELECT m.owner_id, m.position, o.name AS roll_name FROM committee_member m JOIN owner o ON o.id = m.owner_id
        WHERE m.committee_id = $1 AND m.ends_on IS NULL ORDER BY m.id`,
      [committee.id],
    );
    const [stranger] = await app.ds.query(`SELECT o.name FROM owner o WHERE o.name <> ALL($1::text[]) ORDER BY o.id LIMIT 1`, [members.map((m) => m.roll_name)]);
    const SET = `mutation($id: ID!, $version: Int!, $input: CommitteeMembersInput!) { setCommitteeMembers(id: $id, version: $version, input: $input) { members { name ownerId } } }`;
    const input = {
      effectiveOn: todayInChina(),
      members: members.map((m, i) => ({ name: i === members.length - 1 ? stranger.name : m.roll_name, ownerId: String(m.owner_id), position: m.position })),
    };
    const result = await app.gql(SET, { id: String(committee.id), version: committee.version, input }, await app.tokenFor('officer'));
    expect(codeOf(result)).toBe('ok');
    const sitting = await app.ds.query(`SELECT name FROM committee_member WHERE committee_id = $1 AND ends_on IS NULL ORDER BY id`, [committee.id]);
    expect(sitting.map((m: { name: string }) => m.name)).toEqual(members.map((m) => m.roll_name));
    expect(sitting.map((m: { name: string }) => m.name)).not.toContain(stranger.name);
  });
});

describe('a firm is not revoked under its projects in force (round 8 F14)', () => {
  it('is refused, naming them, and nothing changes', async () => {
    const today = todayInChina();
    const [firm] = await app.ds.query(
      `SELECT f.id, f.version FROM firm f WHERE f.filing_status = 'APPROVED'
          AND f.created_by_id IS DISTINCT FROM (SELECT id FROM app_user WHERE username = 'registrar')
          AND f.submitted_by_id IS DISTINCT FROM (SELECT id FROM app_user WHERE username = 'registrar')
          AND EXISTS (SELECT 1 FROM project p WHERE p.firm_id = f.id AND p.filing_status = 'APPROVED' AND p.contract_end >= $1)
        ORDER BY f.id LIMIT 1`,
      [today],
    );
    const inForce: Array<{ id: number }> = await app.ds.query(`SELECT id FROM project WHERE firm_id = $1 AND filing_status = 'APPROVED' AND contract_end >= $2 ORDER BY id`, [firm.id, today]);
    const registrar = await app.tokenFor('registrar');
    const refused = await app.gql(REVOKE_FIRM, { id: String(firm.id), version: firm.version, reason: 'FIRM_DEREGISTERED', note: '已注销' }, registrar);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'FIRM_HAS_PROJECTS_IN_FORCE', projectIds: inForce.map((p) => String(p.id)) });
    const [{ filing_status }] = await app.ds.query(`SELECT filing_status FROM firm WHERE id = $1`, [firm.id]);
    expect(filing_status).toBe('APPROVED');
  });
});

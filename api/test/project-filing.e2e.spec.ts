import { startTestApp, TestApp } from './harness';
import { APPROVE_FIRM, APPROVE_PROJECT, AUDIT_EVENTS, CREATE_FIRM, CREATE_PROJECT, firmInput, GET_PROJECT, PROJECT_OVERLAP_WARNING, projectInput, SUBMIT_FIRM, SUBMIT_PROJECT } from './operations';

let app: TestApp;
let firmId: string;
let estateId: string;

beforeAll(async () => {
  app = await startTestApp();
  // a newly approved firm and an estate with no project, so the seeded history does not interfere
  const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
  await app.as('clerk', SUBMIT_FIRM, { id: createFirm.id, version: 1 });
  await app.as('registrar', APPROVE_FIRM, { id: createFirm.id, version: 2 });
  firmId = createFirm.id;
  const [estate] = await app.ds.query(`SELECT id FROM estate e WHERE NOT EXISTS (SELECT 1 FROM project p WHERE p.estate_id = e.id) ORDER BY id LIMIT 1`);
  estateId = String(estate.id);
});
afterAll(() => app?.close());

async function submittedProject(overrides: Record<string, unknown>) {
  const { createProject } = await app.as('clerk', CREATE_PROJECT, { input: projectInput({ firmId, estateId, ...overrides }) });
  const { submitProject } = await app.as('clerk', SUBMIT_PROJECT, { id: createProject.id, version: 1 });
  return submitProject;
}

describe('project filings', () => {
  it('are approved with a project filing number', async () => {
    const project = await submittedProject({ contractStart: '2020-01-01', contractEnd: '2020-12-31' });
    const { approveProject } = await app.as('registrar', APPROVE_PROJECT, { id: project.id, version: 2 });
    expect(approveProject).toMatchObject({ filingStatus: 'APPROVED', residentialFee: '1.99' });
    expect(approveProject.filingNumber).toMatch(/^湖物项备〔\d{4}〕\d{4}号$/);
  });

  it('two approved projects of one estate may not overlap: CONTRACT_OVERLAP, and nothing changes', async () => {
    const first = await submittedProject({ contractStart: '2024-01-01', contractEnd: '2026-12-31' });
    // overlaps by one day: 2026-12-31 is in both (contract dates are inclusive); submitted before the first is approved
    const second = await submittedProject({ contractStart: '2026-12-31', contractEnd: '2029-12-30' });
    await app.as('registrar', APPROVE_PROJECT, { id: first.id, version: 2 });
    const [{ n: eventsBefore }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event`);

    const refused = await app.gql(APPROVE_PROJECT, { id: second.id, version: 2 }, await app.tokenFor('registrar'));
    expect(refused.errors?.[0].extensions.code).toBe('CONTRACT_OVERLAP');
    expect(refused.errors?.[0].message).toMatch(/same contract period/);
    const { project } = await app.as('registrar', GET_PROJECT, { id: second.id });
    expect(project).toMatchObject({ filingStatus: 'SUBMITTED', version: 2, filingNumber: null });
    const [{ n: eventsAfter }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event`);
    expect(eventsAfter).toBe(eventsBefore);
  });

  it('a draft overlapping an approved project is refused at submit, naming that project as the approval would', async () => {
    const approved = await submittedProject({ contractStart: '2050-01-01', contractEnd: '2052-12-31' });
    const { approveProject } = await app.as('registrar', APPROVE_PROJECT, { id: approved.id, version: 2 });
    const { createProject } = await app.as('clerk', CREATE_PROJECT, { input: projectInput({ firmId, estateId, contractStart: '2052-06-01', contractEnd: '2055-05-31' }) });
    // saved as a draft, with a warning: the approved project may yet be revoked
    expect((await app.as('clerk', PROJECT_OVERLAP_WARNING, { id: createProject.id })).project.overlapsApproved).toEqual({
      id: approved.id,
      name: approveProject.name,
      filingNumber: approveProject.filingNumber,
    });

    const refused = await app.gql(SUBMIT_PROJECT, { id: createProject.id, version: 1 }, await app.tokenFor('clerk'));
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONTRACT_OVERLAP',
      projectId: approved.id,
      projectName: approveProject.name,
      filingNumber: approveProject.filingNumber,
    });
    expect(refused.errors?.[0].message).toContain(approveProject.name);
    const { project } = await app.as('clerk', GET_PROJECT, { id: createProject.id });
    expect(project).toMatchObject({ filingStatus: 'DRAFT', version: 1 });
    // a project that overlaps nothing approved carries no warning
    expect((await app.as('clerk', PROJECT_OVERLAP_WARNING, { id: approved.id })).project.overlapsApproved).toBeNull();
  });

  it('the constraint lives in PostgreSQL: a direct UPDATE cannot make an overlap either', async () => {
    const a = await submittedProject({ contractStart: '2031-01-01', contractEnd: '2031-12-31' });
    const b = await submittedProject({ contractStart: '2031-06-01', contractEnd: '2032-05-31' });
    await app.as('registrar', APPROVE_PROJECT, { id: a.id, version: 2 });
    // the registrar deciding the submitted one is told of the overlap before approving (the console holds 通过)
    expect((await app.as('registrar', PROJECT_OVERLAP_WARNING, { id: b.id })).project.overlapsApproved).toMatchObject({ id: a.id });
    await expect(
      app.ds.query(`UPDATE project SET filing_status = 'APPROVED', filing_number = 'X' WHERE id = $1`, [b.id]),
    ).rejects.toThrow(/project_no_overlap/);
  });

  it('a contract starting the day after the previous one ends is no overlap', async () => {
    const a = await submittedProject({ contractStart: '2035-01-01', contractEnd: '2035-12-31' });
    const b = await submittedProject({ contractStart: '2036-01-01', contractEnd: '2036-12-31' });
    await app.as('registrar', APPROVE_PROJECT, { id: a.id, version: 2 });
    const { approveProject } = await app.as('registrar', APPROVE_PROJECT, { id: b.id, version: 2 });
    expect(approveProject.filingStatus).toBe('APPROVED');
  });

  it('cannot be approved while the firm’s own filing is not approved', async () => {
    const { createFirm } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const project = await submittedProject({ firmId: createFirm.id, contractStart: '2040-01-01', contractEnd: '2040-12-31' });
    const refused = await app.gql(APPROVE_PROJECT, { id: project.id, version: 2 }, await app.tokenFor('registrar'));
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'FIRM_NOT_APPROVED' });
    expect(refused.errors?.[0].message).toMatch(/firm/);
  });

  it.each([
    [{ contractEnd: '2019-12-31', contractStart: '2020-01-01' }, 'contractEnd', 'DATE_ORDER'],
    [{ residentialFee: '120.00' }, 'residentialFee', 'RANGE'],
    [{ managerPhone: '0572' }, 'managerPhone', 'PHONE'],
    [{ households: -1 }, 'households', 'RANGE'],
    [{ estateId: '999999' }, 'estateId', 'REFERENCE'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (overrides, field, rule) => {
    const result = await app.gql(CREATE_PROJECT, { input: projectInput({ firmId, estateId, ...overrides }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field, rule }] });
  });

  it('a malformed fee is refused before it reaches the service', async () => {
    const result = await app.gql(CREATE_PROJECT, { input: projectInput({ firmId, estateId, residentialFee: '1,99' }) }, await app.tokenFor('clerk'));
    expect(result.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/Decimal/);
  });

  it('the history names who did what', async () => {
    const project = await submittedProject({ contractStart: '2045-01-01', contractEnd: '2045-12-31' });
    const data = await app.as('clerk', AUDIT_EVENTS, { options: { filter: { entityType: 'Project', entityId: project.id } } });
    expect(data.auditEvents.items.map((e: { action: string; actorName: string }) => [e.action, e.actorName])).toEqual([
      ['project.create', '备案员 张敏'],
      ['project.submit', '备案员 张敏'],
    ]);
    // personal data is masked in the log of changes
    expect(data.auditEvents.items[0].after!.managerPhone).toBe('139****1234');
  });
});

import { startTestApp, TestApp } from './harness';
import { APPROVE_FIRM, CREATE_FIRM, firmInput, SUBMIT_FIRM } from './operations';

/**
 * The audit log names the people its records name by id (createdById, decidedById, …) by their names, for readers
 * who may not open accounts (the new user's walk: a firm's 创建人 read "编号 2"); one statement for a page of events.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

const HISTORY = `query History($options: AuditEventListOptions) {
  auditEvents(options: $options) { items { action before after people { id name } } } }`;
const nameOf = async (username: string) =>
  (await app.ds.query(`SELECT id::text AS id, display_name AS name FROM app_user WHERE username = $1`, [username]))[0] as { id: string; name: string };

describe('an audit event names its people', () => {
  it('a firm created by the clerk and approved by the registrar: the manager reads both by name', async () => {
    const { createFirm: created } = await app.as('clerk', CREATE_FIRM, { input: firmInput() });
    const { submitFirm: submitted } = await app.as('clerk', SUBMIT_FIRM, { id: created.id, version: created.version });
    await app.as('registrar', APPROVE_FIRM, { id: submitted.id, version: submitted.version });
    const [clerk, registrar] = [await nameOf('clerk'), await nameOf('registrar')];
    const options = { filter: { entityType: 'Firm', entityId: String(created.id) }, take: 10 };
    const { auditEvents } = await app.as('manager', HISTORY, { options });
    const byAction = new Map(auditEvents.items.map((e: { action: string }) => [e.action, e]));
    expect((byAction.get('firm.create') as { people: unknown[] }).people).toEqual([clerk]);
    const approval = byAction.get('firm.approve') as { after: Record<string, unknown>; people: Array<{ id: string }> };
    expect(String(approval.after.decidedById)).toBe(registrar.id);
    expect(approval.people).toEqual(expect.arrayContaining([clerk, registrar]));
    // the manager reads no accounts, yet sees these names
    expect((await app.gql(`query { users { items { id } } }`, {}, await app.tokenFor('manager'))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('one statement names the people of a whole page: the same count for one event and for ten', async () => {
    const token = await app.tokenFor('admin');
    // firms' events: each names its maker (createdById), so every page reads people
    const count = async (take: number) => (await app.gql(HISTORY, { options: { take, filter: { entityType: 'Firm' } } }, token)).sqlStatements;
    const [one, ten] = [await count(1), await count(10)];
    expect(Number.isNaN(one)).toBe(false);
    expect(ten).toBe(one);
  });
});

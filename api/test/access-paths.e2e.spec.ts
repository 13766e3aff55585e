import ExcelJS from 'exceljs';
import { getNamedType, GraphQLField, GraphQLObjectType, isObjectType } from 'graphql';
import { admits, findPolicy } from '../src/auth/policies';
import { SAMPLE_PRINCIPALS } from '../src/auth/read-guard';
import { READ_RULES } from '../src/auth/read-rules';
import { appSchema } from '../src/graphql/schema';
import { todayInChina } from '../src/shared/iso-date';
import { idInJurisdictionOf, startTestApp, TestApp } from './harness';
import { ADD_MATERIAL } from './election-operations';
import type { MaterialInput } from './generated/graphql';
import { AUDIT_EVENTS, CREATE_API_TOKEN, LOGIN } from './operations';

/**
 * Issue 10, point 4 (and 3): whatever path reaches an object — a nested field, the audit log, an attached file,
 * a stale write, a burst of sign-ins — the reader's role, token scope and jurisdiction decide what they get.
 */
let app: TestApp;
let electionsToken: string;
let registryToken: string;
beforeAll(async () => {
  // TRUST_PROXY: each test signs in from addresses of its own (X-Forwarded-For), so address limits do not mix
  app = await startTestApp({ TRUST_PROXY: '1' });
  electionsToken = (await app.as('admin', CREATE_API_TOKEN, { input: { name: '选举数据对接', scopes: ['ELECTIONS_READ'] } })).createApiToken.token;
  registryToken = (await app.as('admin', CREATE_API_TOKEN, { input: { name: '备案数据对接', scopes: ['REGISTRY_READ'] } })).createApiToken.token;
});
afterAll(() => app?.close());

type Code = 'OK' | string;

async function login(username: string, password: string, address: string): Promise<Code> {
  const response = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { username, password } }),
  });
  const body = (await response.json()) as { errors?: Array<{ extensions: { code: string } }> };
  return body.errors?.[0].extensions.code ?? 'OK';
}

const count = (codes: Code[], code: Code) => codes.filter((c) => c === code).length;

async function failedLoginsSince(eventId: number, entityId: string): Promise<number> {
  const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE id > $1 AND action = 'session.login_failed' AND entity_id = $2`, [eventId, entityId]);
  return n;
}

async function lastEventId(): Promise<number> {
  const [{ id }] = await app.ds.query(`SELECT coalesce(max(id), 0)::int AS id FROM audit_event`);
  return id;
}

describe('login throttling under concurrency', () => {
  const LIMIT = 5; // LOGIN_MAX_FAILURES' default

  it('a burst of 40 gets at most the limit checked; the right password inside it is refused once the limit is reached', async () => {
    const createUser = await app.createConfirmedUser({ username: 'burst-target', displayName: '被猜测的用户', role: 'MANAGER', password: 'the-right-password' });
    const before = await lastEventId();
    // every attempt from its own address: only the account's limit is at stake
    const codes = await Promise.all(
      Array.from({ length: 40 }, (_, i) => login('burst-target', i === 20 ? app.oneTimePassword('burst-target') : `guess-${i}`, `198.51.100.${i + 1}`)),
    );
    const checked = await failedLoginsSince(before, createUser.id);
    expect(count(codes, 'UNAUTHENTICATED')).toBe(checked);
    expect(checked).toBeLessThanOrEqual(LIMIT);
    expect(count(codes, 'RATE_LIMITED')).toBe(40 - checked);
    expect(codes[20]).toBe('RATE_LIMITED');
    // the failures locked the account: the right password waits, even alone and from a new address
    expect(await login('burst-target', app.oneTimePassword('burst-target'), '198.51.100.99')).toBe('RATE_LIMITED');
    // every place taken by the burst was given back
    const [{ inFlight }] = await app.ds.query(`SELECT coalesce(sum(in_flight), 0)::int AS "inFlight" FROM login_throttle`);
    expect(inFlight).toBe(0);
  });

  it('failures sent from elsewhere lock the account everywhere but at an address its person signed in from; there, its own failures lock it', async () => {
    await app.createConfirmedUser({ username: 'office-admin', displayName: '办公室的人', role: 'MANAGER', password: 'the-right-password' });
    const office = '198.51.100.210';
    expect(await login('office-admin', app.oneTimePassword('office-admin'), office)).toBe('OK');
    // anyone, from addresses of their own, sends the account's limit of wrong passwords
    for (let i = 0; i < LIMIT; i++) expect(await login('office-admin', `guess-${i}`, `192.0.2.${100 + i}`)).toBe('UNAUTHENTICATED');
    expect(await login('office-admin', app.oneTimePassword('office-admin'), '192.0.2.120')).toBe('RATE_LIMITED');
    // the person at the office is not locked out by them
    expect(await login('office-admin', app.oneTimePassword('office-admin'), office)).toBe('OK');
    // guesses from the office count there, and lock it there too
    for (let i = 0; i < LIMIT; i++) expect(await login('office-admin', `office-guess-${i}`, office)).toBe('UNAUTHENTICATED');
    expect(await login('office-admin', app.oneTimePassword('office-admin'), office)).toBe('RATE_LIMITED');
    // the address is remembered by the username's digest, never its text
    const [{ kept }] = await app.ds.query(`SELECT count(*)::int AS kept FROM login_known_address WHERE address = $1 AND account NOT ILIKE '%office%'`, [office]);
    expect(kept).toBe(1);
  });

  it('a burst from one address gets at most four times the limit checked, over any names', async () => {
    const address = '203.0.113.9';
    const before = await lastEventId();
    const codes = await Promise.all(Array.from({ length: 40 }, (_, i) => login(`nobody-${i}`, 'wrong-password', address)));
    const checked = await failedLoginsSince(before, 'unknown');
    expect(count(codes, 'UNAUTHENTICATED')).toBe(checked);
    expect(checked).toBeLessThanOrEqual(4 * LIMIT);
    expect(count(codes, 'RATE_LIMITED')).toBe(40 - checked);
    expect(checked).toBeGreaterThan(0);
    // the address is locked for every account; other addresses are not
    expect(await login('manager', 'wuye-demo', address)).toBe('RATE_LIMITED');
    expect(await login('manager', 'wuye-demo', '203.0.113.10')).toBe('OK');
  });

  it('a failure records the existing account it was for, or "unknown": never the typed name', async () => {
    const typed = 'Tr0ub4dor&3-typed-as-name';
    const before = await lastEventId();
    expect(await login(typed, 'whatever-password', '192.0.2.50')).toBe('UNAUTHENTICATED');
    expect(await login('Registrar', 'not-the-password', '192.0.2.51')).toBe('UNAUTHENTICATED');
    const events = await app.ds.query(`SELECT entity_type, entity_id, actor_name, actor_id FROM audit_event WHERE id > $1 AND action = 'session.login_failed' ORDER BY id`, [before]);
    const [registrar] = await app.ds.query(`SELECT id::text FROM app_user WHERE username = 'registrar'`);
    expect(events).toEqual([
      { entity_type: 'User', entity_id: 'unknown', actor_name: 'anonymous', actor_id: null },
      { entity_type: 'User', entity_id: registrar.id, actor_name: 'anonymous', actor_id: null },
    ]);
    const [{ stored }] = await app.ds.query(
      `SELECT (SELECT count(*) FROM audit_event WHERE concat_ws(' ', entity_id, actor_name, before::text, after::text) ILIKE '%tr0ub4dor%')
            + (SELECT count(*) FROM login_throttle WHERE key ILIKE '%tr0ub4dor%') AS stored`,
    );
    expect(Number(stored)).toBe(0);
  });

  it('failed sign-ins are shown to admins only', async () => {
    const options = { filter: { action: 'session.login_failed' }, take: 5 };
    for (const role of ['clerk', 'registrar', 'manager']) {
      expect((await app.as(role, AUDIT_EVENTS, { options })).auditEvents.totalItems).toBe(0);
    }
    expect((await app.as('admin', AUDIT_EVENTS, { options })).auditEvents.totalItems).toBeGreaterThan(0);
  });
});

describe('the audit log shows an event only to those who may read its subject', () => {
  const SUBJECTS = ['Firm', 'Project', 'Estate', 'Owner', 'Unit', 'Election', 'Candidate', 'Resolution', 'Committee', 'CommitteeFiling', 'ChecklistVersion', 'User', 'ApiToken'];
  const REGISTRY = ['Firm', 'Project', 'Estate'];
  const ELECTIONS = ['Owner', 'Unit', 'Election', 'Candidate', 'Resolution', 'Committee', 'CommitteeFiling', 'ChecklistVersion'];

  beforeAll(async () => {
    // one probe event per subject, and an owner-roll import (recorded on its estate, but owner data)
    await app.ds.query(
      `INSERT INTO audit_event (actor_name, action, entity_type, entity_id) SELECT 'probe', 'probe.visibility', s, '1' FROM unnest($1::text[]) AS s`,
      [SUBJECTS],
    );
    await app.ds.query(`INSERT INTO audit_event (actor_name, action, entity_type, entity_id, after) VALUES ('probe', 'ownerRoll.import', 'Estate', '1', '{"ownersCreated": 7}')`);
  });

  it.each([
    ['clerk', REGISTRY],
    ['registrar', [...REGISTRY, ...ELECTIONS]],
    ['manager', [...REGISTRY, ...ELECTIONS]],
    ['admin', SUBJECTS],
  ])('%s sees the events of %j, with totals and pages that agree', async (role, visible) => {
    const { auditEvents } = await app.as(role, AUDIT_EVENTS, { options: { filter: { action: 'probe.visibility' }, take: 200 } });
    expect(auditEvents.items.map((e: { entityType: string }) => e.entityType).sort()).toEqual([...visible].sort());
    expect(auditEvents.totalItems).toBe(visible.length);
    // page by page through the cursor: the same events, the same total on every page
    const paged: string[] = [];
    let after: string | undefined;
    do {
      const page = (await app.as(role, `query($options: AuditEventListOptions) { auditEvents(options: $options) { totalItems nextCursor items { entityType } } }`, {
        options: { filter: { action: 'probe.visibility' }, take: 2, after },
      })).auditEvents;
      expect(page.totalItems).toBe(visible.length);
      paged.push(...page.items.map((e: { entityType: string }) => e.entityType));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(paged.sort()).toEqual([...visible].sort());
  });

  it('an owner-roll import is owner data: not for clerks, though it is recorded on the estate', async () => {
    const options = { filter: { action: 'ownerRoll.import' }, take: 50 };
    expect((await app.as('clerk', AUDIT_EVENTS, { options })).auditEvents.totalItems).toBe(0);
    expect((await app.as('manager', AUDIT_EVENTS, { options })).auditEvents.totalItems).toBeGreaterThan(0);
  });

  it('a clerk reads no owner-roll or ballot events by any filter, and the whole log’s total counts what they may read', async () => {
    const clerk = (filter: object) => app.as('clerk', AUDIT_EVENTS, { options: { filter, take: 1 } });
    for (const entityType of ['Owner', 'Unit', 'Election', 'Resolution', 'Committee', 'User']) {
      expect((await clerk({ entityType })).auditEvents.totalItems).toBe(0);
    }
    expect((await clerk({ action: 'ballot.record' })).auditEvents.totalItems).toBe(0);
    // the registry's events, and the publication of the red/black lists (public: anyone reads them)
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = ANY($1) AND action <> 'ownerRoll.import'`, [[...REGISTRY, 'RedBlackList']]);
    expect((await clerk({ entityType: 'RedBlackList' })).auditEvents.totalItems).toBeGreaterThan(0);
    expect((await clerk({})).auditEvents.totalItems).toBe(n);
  });
});

describe('one read rule per type, whatever field reaches it', () => {
  const rootOf = (schema: Awaited<ReturnType<typeof appSchema>>, type: GraphQLObjectType) => [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].includes(type);

  it('every object type has a rule, and every field returning one refuses whoever its type’s rule does not admit', async () => {
    const schema = await appSchema();
    const types = Object.values(schema.getTypeMap()).filter((t): t is GraphQLObjectType => isObjectType(t) && !t.name.startsWith('__'));
    const objects = types.filter((t) => !rootOf(schema, t));
    expect(objects.filter((t) => !READ_RULES[t.name]).map((t) => t.name)).toEqual([]);
    expect(Object.keys(READ_RULES).filter((name) => !schema.getType(name))).toEqual([]);

    // who may hold an object of a type: its rule's readers, and those of any field that names its own policy
    const fields = types.flatMap((t) => Object.values(t.getFields()).map((f) => ({ parent: t, field: f as GraphQLField<unknown, unknown> })));
    const holds = (typeName: string, principal: (typeof SAMPLE_PRINCIPALS)[number]) =>
      admits(READ_RULES[typeName].policy, principal) ||
      fields.some(({ field }) => getNamedType(field.type).name === typeName && !!findPolicy(field.extensions.policy) && admits(findPolicy(field.extensions.policy)!, principal));

    let refusals = 0;
    for (const { parent, field } of fields) {
      const returned = getNamedType(field.type);
      if (rootOf(schema, parent) || !isObjectType(returned)) continue;
      const policy = findPolicy(field.extensions.policy) ?? READ_RULES[returned.name].policy;
      for (const principal of SAMPLE_PRINCIPALS) {
        if (!holds(parent.name, principal) || admits(policy, principal)) continue;
        let refused: any;
        try {
          const value = field.resolve!({}, {}, { principal } as never, {} as never) as any;
          value?.catch?.(() => undefined);
        } catch (error) {
          refused = error;
        }
        const expected = principal ? 'FORBIDDEN' : 'UNAUTHENTICATED';
        expect([`${parent.name}.${field.name}`, principal?.name, refused?.extensions?.code]).toEqual([`${parent.name}.${field.name}`, principal?.name, expected]);
        refusals++;
      }
      // rows narrowed only where listed are reached only from row-checked parents
      if (READ_RULES[returned.name].rows === 'parent') expect([`${parent.name}.${field.name}`, READ_RULES[parent.name].rows]).not.toEqual([`${parent.name}.${field.name}`, undefined]);
    }
    expect(refusals).toBeGreaterThan(5);
  });

  it('a token with only the elections scope reads an election’s estate but not its projects or firms', async () => {
    const electionId = await idInJurisdictionOf(app, 'officer', 'election');
    const place = await app.gql(`query($id: ID!) { election(id: $id) { id estate { name district { name } } } }`, { id: electionId }, electionsToken);
    expect(place.errors).toBeUndefined();
    expect(place.data.election.estate.name).toBeTruthy();
    for (const query of [
      `query($id: ID!) { election(id: $id) { estate { projects { firm { name creditCode } } } } }`,
      `query { elections(options: { take: 5 }) { items { estate { projects { name } } } } }`,
      `query { committees(options: { take: 5 }) { items { estate { projects { firm { name } } } } } }`,
    ]) {
      const result = await app.gql(query, { id: electionId }, electionsToken);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'SCOPE' } });
      expect(result.errors?.[0].path).toContain('projects');
      expect(JSON.stringify(result.data ?? null)).not.toMatch(/creditCode|"firm":\{/);
    }
  });

  it('a registry reader reaches no committee through projects and estates; a manager does', async () => {
    const query = `query { projects(options: { take: 50 }) { items { estate { currentCommittee { members { name } } } } } }`;
    for (const [token, reason] of [[registryToken, 'SCOPE'], [await app.tokenFor('clerk'), 'ROLE']]) {
      const result = await app.gql(query, {}, token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason });
      expect(JSON.stringify(result.data)).not.toContain('members":[{');
    }
    const { projects } = await app.as('manager', query);
    expect(projects.items.some((p: any) => p.estate.currentCommittee?.members.length)).toBe(true);
  });

  it('an officer reaching committees through the registry sees those of their subdistricts only', async () => {
    const query = `query { projects(options: { take: 200 }) { items { estate { id currentCommittee { id estateId } } } } }`;
    const asManager = (await app.as('manager', query)).projects.items.filter((p: any) => p.estate.currentCommittee);
    const asOfficer2 = (await app.as('officer2', query)).projects.items;
    const mine: Array<{ id: string }> = await app.ds.query(
      `SELECT e.id::text FROM estate e JOIN community c ON c.id = e.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id
         JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer2'`,
    );
    const inside = new Set(mine.map((r) => r.id));
    expect(asManager.some((p: any) => !inside.has(p.estate.id))).toBe(true);
    for (const p of asOfficer2) {
      if (!inside.has(p.estate.id)) expect(p.estate.currentCommittee).toBeNull();
    }
  });
});

describe('files attached to committee filings', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Title (委员名单 王芳 3305**********0014) >> endobj\n');
  const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from('This program cannot be run in DOS mode')]);
  let filingId: string;

  const material = (fileName: string, content: Buffer, contentType = 'application/pdf'): MaterialInput => ({
    kind: 'MEMBER_LIST',
    fileName,
    contentType,
    contentBase64: content.toString('base64'),
  });
  const materialsOf = async (id: string): Promise<number> => (await app.ds.query(`SELECT count(*)::int AS n FROM filing_material WHERE committee_filing_id = $1`, [id]))[0].n;

  beforeAll(async () => {
    filingId = await idInJurisdictionOf(app, 'officer', 'committee_filing', `t.filing_status IN ('DRAFT', 'RETURNED')`, 'k.estate_id', 'JOIN committee k ON k.id = t.committee_id');
  });

  it.each([
    ['an executable', '名单.exe', EXE, 'contentBase64', 'FILE_TYPE'],
    ['an executable named as a PDF', '名单.pdf', EXE, 'contentBase64', 'FILE_TYPE'],
    ['a PDF named as an executable', '名单.exe', PDF, 'fileName', 'FILE_TYPE'],
    ['a PDF with a second extension', '名单.pdf.exe', PDF, 'fileName', 'FILE_TYPE'],
    ['a text file', '名单.txt', Buffer.from('王芳 13857210101'), 'contentBase64', 'FILE_TYPE'],
    ['a file over 5 MiB', '名单.pdf', Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'contentBase64', 'FILE_TOO_LARGE'],
  ])('refuses %s (%s) and stores nothing', async (_what, fileName, content, field, rule) => {
    const before = await materialsOf(filingId);
    const result = await app.gql(ADD_MATERIAL, { filingId, input: material(fileName, content) }, await app.tokenFor('officer'));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [expect.objectContaining({ field, rule })] });
    expect(await materialsOf(filingId)).toBe(before);
  });

  it('accepts PDFs, images and Office documents, typed by their content whatever the client declares', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('委员').addRow(['姓名', '职务']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const officer = await app.tokenFor('officer');
    for (const [fileName, content, declared, stored] of [
      ['委员名单.pdf', PDF, 'application/pdf', 'application/pdf'],
      ['委员名单.xlsx', xlsx, 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['签到表.png', png, 'image/jpeg', 'image/png'],
    ] as const) {
      const result = await app.gql(`mutation($filingId: ID!, $input: MaterialInput!) { addFilingMaterial(filingId: $filingId, input: $input) { id contentType sizeBytes } }`, {
        filingId,
        input: material(fileName, content, declared),
      }, officer);
      expect(result.errors).toBeUndefined();
      expect(result.data.addFilingMaterial).toMatchObject({ contentType: stored, sizeBytes: content.length });
    }
  });

  it('serves the content to officers of the subdistrict and to the registrar deciding it; everyone else who reads the filing gets its metadata', async () => {
    const { addFilingMaterial } = await app.as('officer', ADD_MATERIAL, { filingId, input: material('会议记录.pdf', PDF) });
    const CONTENT = `query($id: ID!) { filingMaterialContent(id: $id) }`;
    const METADATA = `query($id: ID!) { committeeFiling(id: $id) { materials { id fileName contentType sizeBytes } } }`;
    const asOfficer = await app.as('officer', CONTENT, { id: addFilingMaterial.id });
    expect(Buffer.from(asOfficer.filingMaterialContent, 'base64').equals(PDF)).toBe(true);

    const refused: Array<[string, string]> = [];
    for (const [who, token] of [
      ['manager', await app.tokenFor('manager')],
      ['admin', await app.tokenFor('admin')],
      ['integrator', electionsToken],
      ['officer2', await app.tokenFor('officer2')],
    ]) {
      const content = await app.gql(CONTENT, { id: addFilingMaterial.id }, token);
      refused.push([who, `${content.errors?.[0].extensions.code}/${content.errors?.[0].extensions.reason}`]);
      expect(JSON.stringify(content)).not.toContain(PDF.toString('base64'));
      if (who === 'officer2') continue;
      const metadata = await app.gql(METADATA, { id: filingId }, token);
      expect(metadata.errors).toBeUndefined();
      expect(metadata.data.committeeFiling.materials.map((m: { id: string }) => m.id)).toContain(addFilingMaterial.id);
    }
    expect(refused).toEqual([
      ['manager', 'FORBIDDEN/ROLE'],
      ['admin', 'FORBIDDEN/ROLE'],
      ['integrator', 'FORBIDDEN/SCOPE'],
      ['officer2', 'FORBIDDEN/JURISDICTION'],
    ]);
  });

  it('serves the registrar, who decides committee filings, the files of a filing once submitted, never of a draft', async () => {
    const CONTENT = `query($id: ID!) { filingMaterialContent(id: $id) }`;
    const registrar = await app.tokenFor('registrar');
    const [submitted] = await app.ds.query(
      `SELECT m.id, m.content FROM filing_material m JOIN committee_filing f ON f.id = m.committee_filing_id WHERE f.filing_status = 'SUBMITTED' ORDER BY m.id LIMIT 1`,
    );
    const read = await app.gql(CONTENT, { id: String(submitted.id) }, registrar);
    expect(read.errors).toBeUndefined();
    expect(Buffer.from(read.data.filingMaterialContent, 'base64').equals(submitted.content)).toBe(true);

    const draftId = await idInJurisdictionOf(app, 'officer', 'committee_filing', `t.filing_status = 'DRAFT'`, 'k.estate_id', 'JOIN committee k ON k.id = t.committee_id');
    const { addFilingMaterial } = await app.as('officer', ADD_MATERIAL, { filingId: draftId, input: material('草稿会议记录.pdf', PDF) });
    const refused = await app.gql(CONTENT, { id: addFilingMaterial.id }, registrar);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SUBMITTED' });
    expect(JSON.stringify(refused)).not.toContain(PDF.toString('base64'));

    // a file added after the filing was returned is the office's draft until it submits again (attacker round 7 F7);
    // what it submitted before stays the registrar's to read
    const [returned] = await app.ds.query(
      `SELECT f.id, f.version, (SELECT min(m.id) FROM filing_material m WHERE m.committee_filing_id = f.id) AS submitted_material
         FROM committee_filing f JOIN committee k ON k.id = f.committee_id JOIN estate e ON e.id = k.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id AND u.username = 'officer'
        WHERE f.filing_status = 'SUBMITTED' AND EXISTS (SELECT 1 FROM filing_material m WHERE m.committee_filing_id = f.id) ORDER BY f.id DESC LIMIT 1`,
    );
    await app.as('registrar', `mutation($id: ID!, $version: Int!) { returnCommitteeFiling(id: $id, version: $version, reason: INCOMPLETE_MATERIALS) { id } }`, {
      id: String(returned.id),
      version: returned.version,
    });
    const late = await app.as('officer', ADD_MATERIAL, { filingId: String(returned.id), input: material('退回后补充.pdf', PDF) });
    expect((await app.gql(CONTENT, { id: late.addFilingMaterial.id }, registrar)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_SUBMITTED' });
    expect((await app.gql(CONTENT, { id: String(returned.submitted_material) }, registrar)).errors).toBeUndefined();
  });
});

describe('jurisdiction is checked before the version', () => {
  const STALE = 999;
  const members = Array.from({ length: 5 }, (_, i) => ({ name: `委员${i + 1}`, position: i === 0 ? 'CHAIR' : i === 1 ? 'VICE_CHAIR' : 'MEMBER' }));
  const check = { itemKey: 'x', result: 'PASS', reviewingBody: 'POLICE_STATION', reviewer: '张警官', checkedOn: todayInChina() };

  // [mutation, document, the record in officer's subdistricts, extra variables]
  const writes: Array<[string, string, () => Promise<string>, Record<string, unknown>]> = [
    ['updateElection', `mutation($id: ID!, $version: Int!, $input: ElectionUpdateInput!) { updateElection(id: $id, version: $version, input: $input) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'election'), { input: { title: '换届选举', seats: 5, deemedVotes: false, phases: [] } }],
    ['moveElection', `mutation($id: ID!, $version: Int!) { moveElection(id: $id, version: $version, action: CANCEL, cancelReason: OTHER) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'election'), {}],
    ['setCommitteeMembers', `mutation($id: ID!, $version: Int!, $input: CommitteeMembersInput!) { setCommitteeMembers(id: $id, version: $version, input: $input) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'committee'), { input: { effectiveOn: todayInChina(), members } }],
    ['withdrawCandidate', `mutation($id: ID!, $version: Int!) { withdrawCandidate(id: $id, version: $version) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'candidate', 'true', 'el.estate_id', 'JOIN election el ON el.id = t.election_id'), {}],
    ['recordEligibilityCheck', `mutation($id: ID!, $version: Int!, $input: EligibilityCheckInput!) { recordEligibilityCheck(candidateId: $id, version: $version, input: $input) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'candidate', 'true', 'el.estate_id', 'JOIN election el ON el.id = t.election_id'), { input: check }],
    ['submitCommitteeFiling', `mutation($id: ID!, $version: Int!) { submitCommitteeFiling(id: $id, version: $version) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'committee_filing', 'true', 'k.estate_id', 'JOIN committee k ON k.id = t.committee_id'), {}],
    ['moveResolution', `mutation($id: ID!, $version: Int!) { moveResolution(id: $id, version: $version, action: OPEN_VOTING) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'resolution'), {}],
    ['updateResolutionVotingPeriod', `mutation($id: ID!, $version: Int!, $input: ResolutionVotingPeriodInput!) { updateResolutionVotingPeriod(id: $id, version: $version, input: $input) { id } }`,
      () => idInJurisdictionOf(app, 'officer', 'resolution'), { input: { votingStartsOn: null, votingEndsOn: null } }],
  ];

  it.each(writes)('%s with a stale version: FORBIDDEN outside the jurisdiction (no version told), CONFLICT inside', async (_name, document, record, extra) => {
    const id = await record();
    const outside = await app.gql(document, { id, version: STALE, ...extra }, await app.tokenFor('officer2'));
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'JURISDICTION' });
    expect(JSON.stringify(outside)).not.toMatch(/currentVersion|version \d/);
    const inside = await app.gql(document, { id, version: STALE, ...extra }, await app.tokenFor('officer'));
    expect(inside.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: expect.any(Number) });
  });
});

import { startTestApp, TestApp, outcomeOf } from './harness';
import { CREATE_PARTY_ORG, LIST_PARTY_ORGS, longting, UPDATE_PARTY_ORG } from './money-operations';
import type { PartyOrganisationInput } from './generated/graphql';

let app: TestApp;
let estateId: string;
let firmId: string;
beforeAll(async () => {
  app = await startTestApp();
  estateId = (await longting(app)).estateId;
  firmId = String((await app.ds.query(`SELECT min(id) AS id FROM firm WHERE filing_status = 'APPROVED' AND status = 'ACTIVE'`))[0].id);
});
afterAll(() => app?.close());


describe('party organisations of firms and estates (红色物业)', () => {
  const input = (extra: Partial<PartyOrganisationInput>): PartyOrganisationInput => ({
    name: '龙庭小区红色物业功能型党支部',
    kind: 'FUNCTIONAL',
    estateId,
    memberCount: 12,
    establishedOn: '2022-07-01',
    ...extra,
  });

  it('a clerk registers one in an estate and one in a firm; every registry reader lists them by kind and host', async () => {
    const { createPartyOrganisation: inEstate } = await app.as('clerk', CREATE_PARTY_ORG, { input: input({}) });
    expect(inEstate).toMatchObject({ kind: 'FUNCTIONAL', estateId, firmId: null, memberCount: 12, estate: { name: '龙庭小区' }, firm: null });
    const { createPartyOrganisation: inFirm } = await app.as('clerk', CREATE_PARTY_ORG, { input: input({ name: '某物业服务有限公司党支部', kind: 'STANDALONE', estateId: null, firmId, memberCount: 5 }) });
    expect(inFirm).toMatchObject({ kind: 'STANDALONE', firmId, estateId: null });

    // the demo's firms have party organisations of their own: narrowed to the hosts made here
    const byKind = (await app.as('officer', LIST_PARTY_ORGS, { options: { filter: { kind: 'FUNCTIONAL', estateId } } })).partyOrganisations;
    expect(byKind.items.map((o) => o.id)).toEqual([inEstate.id]);
    const byFirm = (await app.as('manager', LIST_PARTY_ORGS, { options: { filter: { firmId, kind: 'STANDALONE', q: '某物业' } } })).partyOrganisations;
    expect(byFirm.items.map((o) => o.id)).toEqual([inFirm.id]);
    const events = await app.ds.query(`SELECT action FROM audit_event WHERE entity_type = 'PartyOrganisation' ORDER BY id`);
    expect(events.map((e: { action: string }) => e.action)).toEqual(['partyOrganisation.create', 'partyOrganisation.create']);
  });

  it.each([
    ['both hosts', { firmId: '1' }, 'BAD_USER_INPUT/ONE_HOST'],
    ['no host', { estateId: null }, 'BAD_USER_INPUT/ONE_HOST'],
    ['an estate that does not exist', { estateId: '999999' }, 'BAD_USER_INPUT/REFERENCE'],
    ['no members', { memberCount: 0 }, 'BAD_USER_INPUT'],
    ['founded in the future', { establishedOn: '2999-01-01' }, 'BAD_USER_INPUT/NOT_FUTURE'],
    ['a name taken', {}, 'ALREADY_EXISTS'],
  ])('refuses %s, changing nothing', async (_case, extra, code) => {
    const before = Number((await app.ds.query(`SELECT count(*) FROM party_organisation`))[0].count);
    const r = await app.gql(CREATE_PARTY_ORG, { input: input(extra as Partial<PartyOrganisationInput>) }, await app.tokenFor('clerk'));
    expect(outcomeOf(r).startsWith(code)).toBe(true);
    expect(Number((await app.ds.query(`SELECT count(*) FROM party_organisation`))[0].count)).toBe(before);
  });

  it('refuses a firm that does not stand, revoked, deregistered or never approved (round 8 F5), changing nothing', async () => {
    const fallen: Array<{ id: number }> = await app.ds.query(
      `(SELECT id FROM firm WHERE filing_status = 'REVOKED' ORDER BY id LIMIT 1) UNION ALL (SELECT id FROM firm WHERE filing_status = 'DRAFT' ORDER BY id LIMIT 1)
       UNION ALL (SELECT id FROM firm WHERE filing_status = 'APPROVED' AND status <> 'ACTIVE' ORDER BY id LIMIT 1)`,
    );
    expect(fallen.length).toBeGreaterThanOrEqual(2);
    const before = Number((await app.ds.query(`SELECT count(*) FROM party_organisation`))[0].count);
    for (const { id } of fallen) {
      const r = await app.gql(CREATE_PARTY_ORG, { input: input({ name: `党支部${id}`, kind: 'STANDALONE', estateId: null, firmId: String(id) }) }, await app.tokenFor('clerk'));
      expect([id, outcomeOf(r)]).toEqual([id, 'BAD_USER_INPUT/HOST_FIRM_NOT_STANDING']);
    }
    expect(Number((await app.ds.query(`SELECT count(*) FROM party_organisation`))[0].count)).toBe(before);
  });

  it('updates on the version seen; officers and managers do not write the registry', async () => {
    const [org] = (await app.as('clerk', LIST_PARTY_ORGS, { options: { filter: { estateId } } })).partyOrganisations.items;
    const { updatePartyOrganisation } = await app.as('clerk', UPDATE_PARTY_ORG, { id: org.id, version: org.version, input: input({ memberCount: 15 }) });
    expect(updatePartyOrganisation).toMatchObject({ memberCount: 15, version: org.version + 1 });
    expect(outcomeOf(await app.gql(UPDATE_PARTY_ORG, { id: org.id, version: org.version, input: input({ memberCount: 16 }) }, await app.tokenFor('clerk')))).toBe('CONFLICT');
    for (const who of ['officer', 'manager']) {
      expect(outcomeOf(await app.gql(CREATE_PARTY_ORG, { input: input({ name: '另一个党支部' }) }, await app.tokenFor(who)))).toBe('FORBIDDEN/ROLE');
    }
    expect(outcomeOf(await app.gql(LIST_PARTY_ORGS, {}, null))).toBe('UNAUTHENTICATED');
  });
});

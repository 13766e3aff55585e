import { addDays, todayInChina } from '../src/shared/iso-date';
import { asRequestRole, outcomeOf, startTestApp, TestApp } from './harness';
import {
  CAMPAIGN_TOTALS,
  CLOSE_CAMPAIGN,
  CREATE_CAMPAIGN,
  GET_REPORT,
  LIST_CAMPAIGNS,
  LIST_REPORTS,
  REPORT_PROGRESS,
  UPDATE_CAMPAIGN,
  UPDATE_REPORT,
  VERIFY_REPORT,
} from './campaign-operations';
import type { CampaignInput, CampaignReportInput } from './generated/graphql';

/**
 * Special rectification campaigns (物业专项整治行动, docs/domain-rules.md#rectification-campaigns): the registrar sets a
 * campaign and its measures, an officer reports an estate's work, another officer verifies it, and a verified
 * report is locked; the totals are the sum of the verified reports in force.
 */
let app: TestApp;
const today = todayInChina();
/** estates of officer's (and officer3's) subdistricts with lifts, and one of officer2's */
let estates: Array<{ id: string; elevators: number }>;
let elsewhere: string;
beforeAll(async () => {
  app = await startTestApp();
  estates = (
    await app.ds.query(
      `SELECT e.id, e.elevators FROM estate e JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id
        WHERE u.username = 'officer' AND e.elevators BETWEEN 2 AND 100 ORDER BY e.id LIMIT 4`,
    )
  ).map((r: { id: number; elevators: number }) => ({ id: String(r.id), elevators: r.elevators }));
  [{ id: elsewhere }] = await app.ds.query(
    `SELECT e.id::text FROM estate e JOIN community c ON c.id = e.community_id JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id
       JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer2' ORDER BY e.id LIMIT 1`,
  );
});
afterAll(() => app?.close());

const fieldOf = (r: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> }): string | undefined => r.errors?.[0]?.extensions?.fieldErrors?.[0]?.field;

const garage = (extra: Partial<CampaignInput> = {}): CampaignInput => ({
  name: `地下车库整治提升（测试${Math.random().toString(36).slice(2, 8)}）`,
  year: Number(today.slice(0, 4)) - 1,
  startsOn: `${Number(today.slice(0, 4)) - 1}-01-01`,
  endsOn: addDays(today, 30),
  measures: [
    { code: 'FLOOD_BARRIERS', labelZh: '防汛挡板', labelEn: 'Flood barriers', unit: '块', kind: 'COUNT' },
    { code: 'LED_LIGHTS', labelZh: 'LED灯', labelEn: 'LED lights', unit: '根', kind: 'COUNT' },
    { code: 'REPAIRED_AREA', labelZh: '道路墙面修复', labelEn: 'Roads and walls repaired', unit: '平方米', kind: 'AREA' },
    { code: 'LIFTS_INSPECTED', labelZh: '电梯检查', labelEn: 'Lifts inspected', unit: '部', kind: 'COUNT', bound: 'ESTATE_ELEVATORS' },
  ],
  ...extra,
});

const quantities = (barriers: string, lights: string, area: string, lifts: string) => [
  { measure: 'FLOOD_BARRIERS', quantity: barriers },
  { measure: 'LED_LIGHTS', quantity: lights },
  { measure: 'REPAIRED_AREA', quantity: area },
  { measure: 'LIFTS_INSPECTED', quantity: lifts },
];

describe('a campaign, set by the registrar', () => {
  it('the registrar creates and edits a campaign with its measures as data; other roles are refused; a stale version is refused', async () => {
    const created = await app.as('registrar', CREATE_CAMPAIGN, { input: garage() });
    expect(created.createCampaign).toMatchObject({ status: 'OPEN', version: 1 });
    expect(created.createCampaign.measures.map((m) => `${m.code}/${m.unit}/${m.kind}`)).toEqual(['FLOOD_BARRIERS/块/COUNT', 'LED_LIGHTS/根/COUNT', 'REPAIRED_AREA/平方米/AREA', 'LIFTS_INSPECTED/部/COUNT']);
    for (const user of ['clerk', 'officer', 'manager', 'admin']) {
      expect(outcomeOf(await app.gql(CREATE_CAMPAIGN, { input: garage() }, await app.tokenFor(user)))).toBe('FORBIDDEN/ROLE');
    }
    const registrar = await app.tokenFor('registrar');
    const input = garage({ name: created.createCampaign.name, description: '中心城区' });
    const updated = await app.gql(UPDATE_CAMPAIGN, { id: created.createCampaign.id, version: 1, input }, registrar);
    expect(updated.data?.updateCampaign).toMatchObject({ version: 2, description: '中心城区' });
    expect(outcomeOf(await app.gql(UPDATE_CAMPAIGN, { id: created.createCampaign.id, version: 1, input }, registrar))).toBe('CONFLICT');
    // the campaign's own rules, each with its field
    const bad = async (i: CampaignInput) => {
      const r = await app.gql(CREATE_CAMPAIGN, { input: i }, registrar);
      return `${outcomeOf(r)}@${fieldOf(r)}`;
    };
    expect(await bad(garage({ endsOn: '2000-01-01', startsOn: '2001-01-01', year: 2001 }))).toBe('BAD_USER_INPUT/DATES_ORDER@endsOn');
    expect(await bad(garage({ measures: [...garage().measures, garage().measures[0]] }))).toBe('BAD_USER_INPUT/MEASURE_TWICE@measures[4].code');
    expect(await bad(garage({ name: created.createCampaign.name }))).toBe('BAD_USER_INPUT/NAME_TAKEN@name');
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'Campaign' AND entity_id = $1`, [created.createCampaign.id]);
    expect(n).toBe(2);
  });
});

describe('estate reports: reported by one officer, verified by another, locked once verified', () => {
  let campaignId: string;
  let reportId: string;
  const report = (extra: Partial<CampaignReportInput> = {}): CampaignReportInput => ({
    campaignId,
    estateId: estates[0].id,
    completedOn: addDays(today, -10),
    quantities: quantities('4', '36', '16.40', String(estates[0].elevators)),
    ...extra,
  });

  beforeAll(async () => {
    campaignId = (await app.as('registrar', CREATE_CAMPAIGN, { input: garage() })).createCampaign.id;
  });

  it('an officer reports for an estate of her subdistricts, audited; she is held from verifying it (MAKER_CHECKER), officer3 is not', async () => {
    const officer = await app.tokenFor('officer');
    const made = await app.gql(REPORT_PROGRESS, { input: report({ note: '3号车库' }) }, officer);
    expect(made.errors).toBeUndefined();
    const r = made.data!.reportCampaignProgress;
    reportId = r.id;
    expect(r).toMatchObject({ status: 'SUBMITTED', version: 1, verifyHeldBy: 'MAKER_CHECKER', inForce: false, verifiedBy: null });
    expect(r.quantities.map((q) => `${q.measure.code}=${q.quantity}`)).toEqual(['FLOOD_BARRIERS=4', 'LED_LIGHTS=36', 'REPAIRED_AREA=16.40', `LIFTS_INSPECTED=${estates[0].elevators}`]);
    expect((await app.as('officer3', GET_REPORT, { id: reportId })).campaignReport.verifyHeldBy).toBeNull();
    const [audit] = await app.ds.query(`SELECT action, after -> 'quantities' AS q FROM audit_event WHERE entity_type = 'CampaignReport' AND entity_id = $1`, [reportId]);
    expect(audit.action).toBe('campaignReport.create');
    expect(audit.q).toHaveLength(4);
    // a second first report of the estate is refused: the one in force is corrected instead
    expect(outcomeOf(await app.gql(REPORT_PROGRESS, { input: report() }, await app.tokenFor('officer3')))).toBe('BAD_USER_INPUT/ALREADY_REPORTED');
  });

  it('the reporter does not verify her report, through the API or in PostgreSQL (FORBIDDEN/MAKER_CHECKER)', async () => {
    expect(outcomeOf(await app.gql(VERIFY_REPORT, { id: reportId, version: 1 }, await app.tokenFor('officer')))).toBe('FORBIDDEN/MAKER_CHECKER');
    const refusal = await asRequestRole(app, [
      `UPDATE campaign_report SET status = 'VERIFIED', verified_by_id = reported_by_id, verified_at = now(), version = version + 1 WHERE id = $1`,
      [reportId],
    ]);
    expect(refusal).toMatchObject({ code: '23514', constraint: 'campaign_report_verified_by_another' });
  });

  it('an officer of another subdistrict neither reports there nor verifies nor sees it; other roles do not report or verify', async () => {
    const officer2 = await app.tokenFor('officer2');
    expect(outcomeOf(await app.gql(VERIFY_REPORT, { id: reportId, version: 1 }, officer2))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await app.gql(REPORT_PROGRESS, { input: report({ estateId: estates[1].id }) }, officer2))).toBe('FORBIDDEN/JURISDICTION');
    expect(outcomeOf(await app.gql(GET_REPORT, { id: reportId }, officer2))).toBe('FORBIDDEN/JURISDICTION');
    const listed = await app.gql(LIST_REPORTS, { options: { filter: { campaignId } } }, officer2);
    expect(listed.data?.campaignReports.totalItems).toBe(0);
    for (const user of ['clerk', 'registrar', 'manager']) {
      const token = await app.tokenFor(user);
      expect(outcomeOf(await app.gql(VERIFY_REPORT, { id: reportId, version: 1 }, token))).toBe('FORBIDDEN/ROLE');
      expect(outcomeOf(await app.gql(REPORT_PROGRESS, { input: report({ estateId: estates[1].id }) }, token))).toBe('FORBIDDEN/ROLE');
    }
  });

  it('another officer verifies it (a stale version refused); it is then locked, through the API and in PostgreSQL', async () => {
    const officer3 = await app.tokenFor('officer3');
    expect(outcomeOf(await app.gql(VERIFY_REPORT, { id: reportId, version: 7 }, officer3))).toBe('CONFLICT');
    const verified = (await app.gql(VERIFY_REPORT, { id: reportId, version: 1 }, officer3)).data!.verifyCampaignReport;
    expect(verified).toMatchObject({ status: 'VERIFIED', version: 2, inForce: true, verifyHeldBy: 'REPORT_VERIFIED' });
    expect(verified.verifiedBy).toBeTruthy();
    expect(outcomeOf(await app.gql(VERIFY_REPORT, { id: reportId, version: 2 }, officer3))).toBe('INVALID_TRANSITION');
    const edit = { completedOn: addDays(today, -9), quantities: quantities('5', '36', '16.40', '1') };
    expect(outcomeOf(await app.gql(UPDATE_REPORT, { id: reportId, version: 2, input: edit }, await app.tokenFor('officer')))).toBe('INVALID_TRANSITION');
    for (const statement of [
      `UPDATE campaign_report SET note = '改一下' WHERE id = $1`,
      `DELETE FROM campaign_report WHERE id = $1`,
      `UPDATE campaign_report_quantity SET quantity = quantity + 1 WHERE report_id = $1`,
      `DELETE FROM campaign_report_quantity WHERE report_id = $1`,
    ]) {
      expect(await asRequestRole(app, [statement, [reportId]])).toMatchObject({ code: '23514', constraint: 'campaign_report_verified_locked' });
    }
    const [{ actions }] = await app.ds.query(`SELECT array_agg(action ORDER BY id) AS actions FROM audit_event WHERE entity_type = 'CampaignReport' AND entity_id = $1`, [reportId]);
    expect(actions).toEqual(['campaignReport.create', 'campaignReport.verify']);
  });

  it('a correction is a new report of the same estate, verified in its turn; until then the verified one counts', async () => {
    const totalsOf = async () =>
      Object.fromEntries((await app.as('manager', CAMPAIGN_TOTALS, { id: campaignId })).campaign.totals[0].measures.map((m) => [m.measure.code, m.total]));
    expect(await totalsOf()).toMatchObject({ FLOOD_BARRIERS: '4', REPAIRED_AREA: '16.40' });
    const officer3 = await app.tokenFor('officer3');
    const correction = (await app.gql(REPORT_PROGRESS, { input: report({ correctsId: reportId, quantities: quantities('6', '36', '20.00', '1') }) }, officer3)).data!.reportCampaignProgress;
    expect(correction).toMatchObject({ status: 'SUBMITTED', correctsId: reportId });
    expect(await totalsOf()).toMatchObject({ FLOOD_BARRIERS: '4' });
    expect(outcomeOf(await app.gql(REPORT_PROGRESS, { input: report({ correctsId: reportId }) }, await app.tokenFor('officer')))).toBe('BAD_USER_INPUT/CORRECTION_EXISTS');
    await app.as('officer', VERIFY_REPORT, { id: correction.id, version: correction.version });
    expect(await totalsOf()).toMatchObject({ FLOOD_BARRIERS: '6', REPAIRED_AREA: '20.00', LIFTS_INSPECTED: '1' });
    expect((await app.as('manager', GET_REPORT, { id: reportId })).campaignReport.inForce).toBe(false);
  });

  it('its reporter edits a report before verification (another officer may not); each rule refuses with its field and code', async () => {
    const officer = await app.tokenFor('officer');
    const refused = async (input: CampaignReportInput) => {
      const r = await app.gql(REPORT_PROGRESS, { input }, officer);
      return `${outcomeOf(r)}@${fieldOf(r)}`;
    };
    const estate = estates[1];
    const on = (q: ReturnType<typeof quantities>) => report({ estateId: estate.id, quantities: q });
    expect(await refused(on(quantities('-1', '0', '0', '0')))).toBe('BAD_USER_INPUT/NEGATIVE@quantities[0].quantity');
    expect(await refused(on(quantities('1.5', '0', '0', '0')))).toBe('BAD_USER_INPUT/WHOLE_NUMBER@quantities[0].quantity');
    expect(await refused(on(quantities('1', '0', '3.141', '0')))).toBe('BAD_USER_INPUT/DECIMAL_PLACES@quantities[2].quantity');
    expect(await refused(on(quantities('1', '100001', '0', '0')))).toBe('BAD_USER_INPUT/TOO_LARGE@quantities[1].quantity');
    expect(await refused(on(quantities('1', '0', '0', String(estate.elevators + 1))))).toBe('BAD_USER_INPUT/MORE_THAN_ESTATE_LIFTS@quantities[3].quantity');
    expect(await refused(on(quantities('1', '0', '0', '0').slice(1)))).toBe('BAD_USER_INPUT/MEASURE_MISSING@quantities');
    expect(await refused(report({ estateId: estate.id, completedOn: '2000-01-01' }))).toBe('BAD_USER_INPUT/OUTSIDE_CAMPAIGN@completedOn');
    expect(await refused(report({ estateId: estate.id, completedOn: addDays(today, 1) }))).toBe('BAD_USER_INPUT/NOT_FUTURE@completedOn');
    const [{ n }] = await app.ds.query(`SELECT count(*)::int AS n FROM campaign_report WHERE campaign_id = $1 AND estate_id = $2`, [campaignId, estate.id]);
    expect(n).toBe(0);

    const made = await app.as('officer', REPORT_PROGRESS, { input: on(quantities('2', '10', '5.5', '0')) });
    const edit = { completedOn: addDays(today, -3), quantities: quantities('3', '10', '5.50', '1') };
    expect(outcomeOf(await app.gql(UPDATE_REPORT, { id: made.reportCampaignProgress.id, version: 1, input: edit }, await app.tokenFor('officer3')))).toBe('FORBIDDEN/NOT_REPORTER');
    const edited = await app.as('officer', UPDATE_REPORT, { id: made.reportCampaignProgress.id, version: 1, input: edit });
    expect(edited.updateCampaignReport).toMatchObject({ version: 2, completedOn: addDays(today, -3), status: 'SUBMITTED' });
    expect(outcomeOf(await app.gql(UPDATE_REPORT, { id: made.reportCampaignProgress.id, version: 1, input: edit }, officer))).toBe('CONFLICT');
  });

  it('a closed campaign takes no report (a submitted one may still be verified); its measures stay once estates reported', async () => {
    const registrar = await app.tokenFor('registrar');
    const campaign = (await app.as('registrar', LIST_CAMPAIGNS, { options: { filter: { ids: [campaignId] } } })).campaigns.items[0];
    const [{ version }] = await app.ds.query(`SELECT version FROM campaign WHERE id = $1`, [campaignId]);
    const moved = await app.gql(UPDATE_CAMPAIGN, { id: campaignId, version, input: garage({ name: campaign.name, measures: garage().measures.slice(1) }) }, registrar);
    expect(`${outcomeOf(moved)}@${fieldOf(moved)}`).toBe('BAD_USER_INPUT/MEASURES_IN_USE@measures');
    await app.as('registrar', CLOSE_CAMPAIGN, { id: campaignId, version });
    const r = await app.gql(REPORT_PROGRESS, { input: report({ estateId: estates[2].id, quantities: quantities('1', '1', '1', '0') }) }, await app.tokenFor('officer'));
    expect(`${outcomeOf(r)}@${fieldOf(r)}`).toBe('BAD_USER_INPUT/CAMPAIGN_CLOSED@campaignId');
    const [pending] = await app.ds.query(`SELECT id, version FROM campaign_report WHERE campaign_id = $1 AND status = 'SUBMITTED'`, [campaignId]);
    expect((await app.as('officer3', VERIFY_REPORT, { id: String(pending.id), version: pending.version })).verifyCampaignReport.status).toBe('VERIFIED');
  });
});

describe('totals and lists', () => {
  it('each campaign’s totals are the sum of its verified reports in force, city-wide and per district (the demo’s three campaigns too)', async () => {
    const listed = await app.as('manager', LIST_CAMPAIGNS, { options: { take: 100 } });
    expect(listed.campaigns.items.length).toBeGreaterThanOrEqual(3);
    const sums: Array<{ campaign_id: number; district_id: number | null; code: string; total: string }> = await app.ds.query(
      `SELECT r.campaign_id, s.district_id, m.code, sum(q.quantity)::text AS total
         FROM campaign_report r JOIN campaign_report_quantity q ON q.report_id = r.id JOIN campaign_measure m ON m.id = q.measure_id
         JOIN estate e ON e.id = r.estate_id JOIN community c ON c.id = e.community_id JOIN subdistrict s ON s.id = c.subdistrict_id
        WHERE r.status = 'VERIFIED' AND r.id NOT IN (SELECT corrects_id FROM campaign_report WHERE status = 'VERIFIED' AND corrects_id IS NOT NULL)
        GROUP BY GROUPING SETS ((r.campaign_id, m.code), (r.campaign_id, s.district_id, m.code))`,
    );
    let compared = 0;
    for (const campaign of listed.campaigns.items) {
      for (const totals of campaign.totals) {
        for (const m of totals.measures) {
          const expected = sums.find((s) => String(s.campaign_id) === campaign.id && (s.district_id === null ? null : String(s.district_id)) === totals.districtId && s.code === m.measure.code);
          expect(Number(m.total)).toBe(Number(expected?.total ?? 0));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(20);
  });

  it('the demo reproduces the source report’s figures: 2,536 flood barriers, 20,000+ LED lights and 9,390 m² in the garages; every lift checked', async () => {
    const listed = await app.as('manager', LIST_CAMPAIGNS, { options: { take: 100 } });
    const city = (name: string) => {
      const campaign = listed.campaigns.items.find((c) => c.name.includes(name))!;
      return { covered: campaign.totals[0].estatesCovered, ...Object.fromEntries(campaign.totals[0].measures.map((m) => [m.measure.code, Number(m.total)])) } as Record<string, number>;
    };
    const garageTotals = city('地下车库');
    expect(garageTotals).toMatchObject({ FLOOD_BARRIERS: 2536, REPAIRED_AREA: 9390 });
    expect(garageTotals.LED_LIGHTS).toBeGreaterThanOrEqual(20000);
    expect(city('点亮小区地图').MAP_LIT).toBeGreaterThanOrEqual(390);
    // the dashboard shows the same campaigns with the same totals
    const dashboard = await app.as('manager', `{ dashboard { campaigns { id totals { districtId measures { measure { code } total } } } } }`);
    for (const shown of dashboard.dashboard.campaigns) {
      const listedOne = listed.campaigns.items.find((c) => c.id === shown.id)!;
      expect(shown.totals[0].measures.map((m: { total: string }) => m.total)).toEqual(listedOne.totals[0].measures.map((m) => m.total));
    }
    expect(dashboard.dashboard.campaigns.length).toBeGreaterThanOrEqual(3);
    const lifts = await app.as('manager', CAMPAIGN_TOTALS, { id: listed.campaigns.items.find((c) => c.name.includes('电梯'))!.id });
    const lift = lifts.campaign.totals[0];
    expect(Number(lift.measures[0].total)).toBe(lift.estateElevators);
  });

  it('an officer’s totals and list are of her subdistricts; a list costs the same statements for 5 reports and for 50', async () => {
    const officerList = await app.as('officer2', LIST_REPORTS, { options: { take: 100 } });
    const [{ n }] = await app.ds.query(
      `SELECT count(*)::int AS n FROM campaign_report r JOIN estate e ON e.id = r.estate_id JOIN community c ON c.id = e.community_id
         JOIN officer_jurisdiction j ON j.subdistrict_id = c.subdistrict_id JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer2'`,
    );
    expect(officerList.campaignReports.totalItems).toBe(n);
    expect(officerList.campaignReports.items.every((i) => i.estate?.district?.name === '长兴县')).toBe(true);
    const token = await app.tokenFor('manager');
    const small = await app.gql(LIST_REPORTS, { options: { take: 5, filter: { status: 'VERIFIED' } } }, token);
    const large = await app.gql(LIST_REPORTS, { options: { take: 50, filter: { status: 'VERIFIED' } } }, token);
    expect(large.data?.campaignReports.items).toHaveLength(50);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    const officerTotals = await app.as('officer2', LIST_CAMPAIGNS, { options: { take: 100 } });
    for (const campaign of officerTotals.campaigns.items) {
      expect(campaign.totals.slice(1).every((t) => t.districtId === campaign.totals[1]?.districtId)).toBe(true);
    }
    // the campaigns' totals in one statement, whatever the number of campaigns
    const one = await app.gql(LIST_CAMPAIGNS, { options: { take: 1 } }, token);
    const all = await app.gql(LIST_CAMPAIGNS, { options: { take: 100 } }, token);
    expect(all.sqlStatements).toBe(one.sqlStatements);
    expect(elsewhere).toBeTruthy();
  });
});

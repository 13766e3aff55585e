import { CREATE_RESOLUTION, fifteenDaysOn, MOVE_RESOLUTION, noticedVotingDays } from './election-operations';
import { outcomeOf, ruleOutcomeOf, startTestApp, TestApp, untilWaitingOnLocks } from './harness';
import { RUN_IMPORT } from './operations';

/**
 * An owner-roll import and the opening of a vote of its estate, sent together (docs/domain-rules.md#vote-record: the
 * roll is fixed when voting opens; an import during a vote changes the live roll only, and its report names the votes
 * that keep their fixed roll). Exactly one order holds: the opening first (the vote keeps the roll as it was, and the
 * import's report names it) or the import first (the vote fixes the imported roll, the report names no vote). Race
 * round (race14): the opening read the roll beside an import in flight, so it either fixed the roll the import was
 * replacing while the import's report said no vote was open, or, the import committing before it, was refused by
 * PostgreSQL (vote_record_is_the_live_roll) as BAD_USER_INPUT/CHECK.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

type GqlResult = { errors?: Array<{ extensions: Record<string, unknown> }>; data?: any };

const HEADERS = ['幢', '单元', '室', '专有面积', '面积来源', '开发商持有', '业主姓名', '身份证号', '电话', '投票代表'];
const SOURCE: Record<string, string> = { REGISTER: '不动产登记', SURVEY: '测绘', CONTRACT: '购房合同' };

/** The estate's live roll as an officer would import it again, every unit's area 0.01 m² larger (all rows UPDATED). */
async function rollAreasCorrected(estateId: string): Promise<{ name: string; contentBase64: string }> {
  const rows = await app.ds.query(
    `SELECT u.building, u.unit_no, u.room, u.area::text, u.area_source, u.developer_held, o.name, o.id_number, o.phone, s.designated_voter
       FROM unit u LEFT JOIN ownership s ON s.unit_id = u.id LEFT JOIN owner o ON o.id = s.owner_id WHERE u.estate_id = $1 ORDER BY u.id, o.id`,
    [estateId],
  );
  const lines = [
    HEADERS,
    ...rows.map((r: any) => [r.building, r.unit_no, r.room, (Number(r.area) + 0.01).toFixed(2), SOURCE[r.area_source], r.developer_held ? '是' : '否', r.name ?? '', r.id_number ?? '', r.phone ?? '', r.designated_voter ? '是' : '否']),
  ];
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return { name: 'roll.csv', contentBase64: Buffer.from(`\uFEFF${lines.map((l: string[]) => l.map(cell).join(',')).join('\r\n')}\r\n`).toString('base64') };
}

/** Estates of the officer's subdistricts with a roll and no vote open, each for one round. */
async function quietEstates(n: number): Promise<string[]> {
  const rows: Array<{ id: string }> = await app.ds.query(
    `SELECT e.id::text AS id FROM estate e JOIN community c ON c.id = e.community_id
      WHERE c.subdistrict_id IN (SELECT j.subdistrict_id FROM officer_jurisdiction j JOIN app_user u ON u.id = j.user_id WHERE u.username = 'officer')
        AND NOT EXISTS (SELECT 1 FROM resolution r WHERE r.estate_id = e.id AND r.phase = 'VOTING')
        AND NOT EXISTS (SELECT 1 FROM election r WHERE r.estate_id = e.id AND r.phase IN ('VOTING', 'COUNTING', 'RESULT_PUBLICITY'))
        AND (SELECT count(*) FROM unit WHERE estate_id = e.id) > 30
      ORDER BY e.id DESC LIMIT $1`,
    [n],
  );
  expect(rows).toHaveLength(n);
  return rows.map((r) => r.id);
}

/** A resolution of the estate announced fifteen days ago, to open today. */
async function resolutionToOpen(estateId: string, title: string): Promise<{ id: string; version: number }> {
  const { startsOn, endsOn } = noticedVotingDays(1);
  const input = { estateId, matter: 'OTHER_MAJOR_MATTER' as const, title, votingStartsOn: startsOn, votingEndsOn: endsOn };
  const { createResolution } = await app.as('officer', CREATE_RESOLUTION, { input });
  await fifteenDaysOn(app, { resolution: createResolution.id });
  return createResolution;
}

const liveArea = async (estateId: string): Promise<string> => (await app.ds.query(`SELECT sum(area)::text AS s FROM unit WHERE estate_id = $1`, [estateId]))[0].s;
const fixedArea = async (resolutionId: string): Promise<string | null> =>
  (await app.ds.query(`SELECT sum(u.area)::text AS s FROM vote_roll_unit u JOIN vote_record r ON r.id = u.vote_record_id WHERE r.resolution_id = $1`, [resolutionId]))[0].s;

/** One order, whole: the vote opened on the roll before the import and the report names it, or on the imported roll and it names none. */
async function oneOrder(estateId: string, resolutionId: string, before: string, imported: GqlResult, opened: GqlResult): Promise<'OPENED_FIRST' | 'IMPORTED_FIRST'> {
  expect(outcomeOf(imported)).toBe('OK');
  expect(imported.data.runImport.committed).toBe(true);
  expect(ruleOutcomeOf(opened)).toBe('OK');
  const after = await liveArea(estateId);
  expect(after).not.toBe(before);
  const named = imported.data.runImport.openVotes.map((v: { kind: string; id: string }) => `${v.kind} ${v.id}`);
  const fixed = await fixedArea(resolutionId);
  if (named.includes(`RESOLUTION ${resolutionId}`)) {
    expect(fixed).toBe(before);
    return 'OPENED_FIRST';
  }
  expect(named).toEqual([]);
  expect(fixed).toBe(after);
  return 'IMPORTED_FIRST';
}


it('a vote opened while an import of its estate’s roll is being written waits for it and fixes the imported roll', async () => {
  const [estateId] = await quietEstates(1);
  const resolution = await resolutionToOpen(estateId, '名册导入中开启表决');
  const before = await liveArea(estateId);
  const token = await app.tokenFor('officer');
  // the import held after it began writing: its first write's roll-version bump waits for this SHARE lock
  const holder = app.ds.createQueryRunner();
  await holder.connect();
  await holder.startTransaction();
  try {
    await holder.query(`LOCK TABLE owner_roll_version IN SHARE MODE`);
    const importing = app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', file: await rollAreasCorrected(estateId), mode: 'ALL_OR_NOTHING', estateId }, token);
    await untilWaitingOnLocks(app, 1, 'the import');
    const state = { done: false };
    const opening = app.gql(MOVE_RESOLUTION, { id: resolution.id, version: resolution.version, action: 'OPEN_VOTING' }, token).then((r) => Object.assign(state, { done: true }) && r);
    // it waits for the import (two waiting), or, on a roll read beside the import, answers at once
    await untilWaitingOnLocks(app, 2, 'the opening', () => state.done);
    await holder.commitTransaction();
    expect(await oneOrder(estateId, resolution.id, before, await importing, await opening)).toBe('IMPORTED_FIRST');
  } finally {
    if (holder.isTransactionActive) await holder.rollbackTransaction();
    await holder.release();
  }
});

it('an import and an opening sent together: one order holds whole, never a CHECK', async () => {
  const estates = await quietEstates(4);
  const token = await app.tokenFor('officer');
  for (const [round, estateId] of estates.entries()) {
    const resolution = await resolutionToOpen(estateId, `名册导入与开启表决${round}`);
    const before = await liveArea(estateId);
    const importing = app.gql(RUN_IMPORT, { kind: 'OWNER_ROLL', file: await rollAreasCorrected(estateId), mode: 'ALL_OR_NOTHING', estateId }, token);
    // the opening sent a little later each round, to meet the import at another point of its work
    await new Promise((resolve) => setTimeout(resolve, round * 15));
    const opening = app.gql(MOVE_RESOLUTION, { id: resolution.id, version: resolution.version, action: 'OPEN_VOTING' }, token);
    await oneOrder(estateId, resolution.id, before, await importing, await opening);
  }
});

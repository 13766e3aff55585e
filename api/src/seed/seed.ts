import { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../accounts/password';
import { Role } from '../request/principal';
import { Logger } from '../shared/logger';
import { DEMO_SEED, DemoData, FilingFields, generateDemoData } from './demo-data';
import { OFFICER_SUBDISTRICTS, seedElectionDemo } from './election-demo';
import { seedFilingMaterials } from './filing-materials';
import { seedMoneyDemo } from './money-demo';
import { closeFeeVote } from './fee-vote-demo';
import { recordDemoVotes } from './demo-vote-records';
import { contextOn } from '../request/context';
import { loadConfig } from '../config';
import { seedAssessmentDemo } from './assessment-demo';
import { seedDemonstrationDemo } from './demonstration-demo';
import { seedPartyDemo } from './party-demo';
import { seedCampaignDemo } from './campaign-demo';
import { insertRows, resetIdentity } from './insert-rows';
import { Prng } from './prng';
import { IsoDate, todayInChina } from '../shared/iso-date';

/** Demo mode only: these accounts exist nowhere else, and the README lists them. */
export const DEMO_PASSWORD = 'wuye-demo';
export const DEMO_ACCOUNTS: Array<{ username: string; displayName: string; role: Role }> = [
  { username: 'admin', displayName: '系统管理员', role: Role.ADMIN },
  { username: 'clerk', displayName: '备案员 张敏', role: Role.CLERK },
  { username: 'registrar', displayName: '审核员 李强', role: Role.REGISTRAR },
  // the second registrar: publishes the red/black lists 李强 reviewed, and the schemes he drafts (maker-checker)
  { username: 'registrar2', displayName: '审核员 吴婷', role: Role.REGISTRAR },
  { username: 'officer', displayName: '选举指导员 王芳', role: Role.OFFICER },
  { username: 'officer2', displayName: '选举指导员 刘洋', role: Role.OFFICER },
  // the community's second officer where 王芳 works: the checker of her repair-fund and book decisions
  { username: 'officer3', displayName: '社区干事 周静', role: Role.OFFICER },
  { username: 'manager', displayName: '主管 陈建国', role: Role.MANAGER },
  // the second admin, last so that every other account keeps its id: confirms or refuses what the first proposes for
  // an account (docs/roles-and-workflows.md#account-dual-control), and publishes the eligibility checklist drafts the
  // first edits (maker-checker)
  { username: 'admin2', displayName: '系统管理员 孙磊', role: Role.ADMIN },
];

type Actors = Record<'clerk' | 'registrar' | 'registrar2' | 'officer' | 'officer2' | 'officer3', { id: number; name: string }>;

async function insertDemoUsers(em: EntityManager): Promise<Actors> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: Record<string, { id: number; name: string }> = {};
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await em.query(
      `INSERT INTO app_user (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [account.username, account.displayName, account.role, passwordHash],
    );
    ids[account.username] = { id: row.id, name: account.displayName };
  }
  return { clerk: ids.clerk, registrar: ids.registrar, registrar2: ids.registrar2, officer: ids.officer, officer2: ids.officer2, officer3: ids.officer3 };
}

/** Who filed and who decided, as the columns of a filed row. */
function filingActors(f: FilingFields, actors: Actors) {
  return {
    createdById: actors.clerk.id,
    submittedById: f.submittedAt ? actors.clerk.id : null,
    decidedById: f.decidedAt ? actors.registrar.id : null,
    updatedAt: f.decidedAt ?? f.submittedAt ?? f.createdAt,
  };
}

/** The history a console shows for a seeded filing: created, submitted, decided. */
function filingHistory(entityType: string, entityId: number, f: FilingFields, actors: Actors) {
  const events: Array<Record<string, unknown>> = [];
  const add = (at: string, who: 'clerk' | 'registrar', action: string, from: string | null, to: string) =>
    events.push({
      at,
      actorId: actors[who].id,
      actorName: actors[who].name,
      action: `${entityType.toLowerCase()}.${action}`,
      entityType,
      entityId: String(entityId),
      before: from ? JSON.stringify({ filingStatus: from }) : null,
      after: JSON.stringify({ filingStatus: to }),
    });
  add(f.createdAt, 'clerk', 'create', null, 'DRAFT');
  if (!f.submittedAt) return events;
  add(f.submittedAt, 'clerk', 'submit', 'DRAFT', 'SUBMITTED');
  if (!f.decidedAt) return events;
  if (f.filingStatus === 'RETURNED') add(f.decidedAt, 'registrar', 'return', 'SUBMITTED', 'RETURNED');
  else if (f.filingStatus === 'REVOKED') {
    add(f.submittedAt, 'registrar', 'approve', 'SUBMITTED', 'APPROVED');
    add(f.decidedAt, 'registrar', 'revoke', 'APPROVED', 'REVOKED');
  } else add(f.decidedAt, 'registrar', 'approve', 'SUBMITTED', 'APPROVED');
  return events;
}

/** Every filing-number counter continues after the largest number the demo data issued. */
async function continueFilingCounters(em: EntityManager, data: DemoData): Promise<void> {
  const last = new Map<string, number>();
  for (const [kind, rows] of [['firm', data.firms], ['project', data.projects]] as const) {
    for (const row of rows) {
      const match = row.filingNumber?.match(/〔(\d{4})〕(\d+)号$/);
      if (!match) continue;
      const key = `${kind}:${match[1]}`;
      last.set(key, Math.max(last.get(key) ?? 0, Number(match[2])));
    }
  }
  const rows = [...last].map(([key, lastNumber]) => ({ kind: key.split(':')[0], year: Number(key.split(':')[1]), lastNumber }));
  await insertRows(em, 'filing_counter', rows);
}

/**
 * Seeds the Huzhou demo data once (a marker in app_meta), in one transaction: two processes starting at the
 * same moment wait on an advisory lock, and the second finds the marker.
 */
export async function seedDemo(ds: DataSource, log: Logger, options: { scale?: number; today?: IsoDate } = {}): Promise<'seeded' | 'already'> {
  const scale = options.scale ?? 1;
  // one day, read once, for every part the seed dates itself (registry, elections, books, party, lists); the fee vote
  // is closed by its service, on the service's own clock
  const today = options.today ?? todayInChina();
  return ds.transaction(async (em) => {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('wuye.demo-seed'))`);
    const marker = await em.query(`SELECT value FROM app_meta WHERE key = 'demo_seed'`);
    if (marker.length > 0) return 'already';

    const started = Date.now();
    const actors = await insertDemoUsers(em);
    const data = generateDemoData(scale, DEMO_SEED, today);
    await insertRows(em, 'district', data.districts);
    await insertRows(em, 'subdistrict', data.subdistricts.map(({ urban: _urban, ...row }) => row));
    await insertRows(em, 'community', data.communities);
    await insertRows(em, 'estate', data.estates);
    await insertRows(em, 'firm', data.firms.map((f) => ({ ...f, ...filingActors(f, actors) })));
    await insertRows(em, 'project', data.projects.map((p) => ({ ...p, ...filingActors(p, actors) })));
    for (const table of ['district', 'subdistrict', 'community', 'estate', 'firm', 'project']) await resetIdentity(em, table);
    await continueFilingCounters(em, data);
    const history = [
      ...data.firms.flatMap((f) => filingHistory('Firm', f.id, f, actors)),
      ...data.projects.flatMap((p) => filingHistory('Project', p.id, p, actors)),
    ].sort((a, b) => String(a.at).localeCompare(String(b.at)));
    await insertRows(em, 'audit_event', history);
    const elections = await seedElectionDemo(em, data, { officerId: actors.officer.id, officer2Id: actors.officer2.id, registrarId: actors.registrar.id }, new Prng(DEMO_SEED + 1), today);
    const filingMaterials = await seedFilingMaterials(em, actors.officer.id);
    await em.query(
      `INSERT INTO officer_jurisdiction (user_id, subdistrict_id) SELECT $1, id FROM subdistrict WHERE name = ANY($2)`,
      [actors.officer3.id, OFFICER_SUBDISTRICTS],
    );
    // 龙庭小区's fee vote closes as an officer closes it; its repair fund (money-demo.ts) opens on the resolution
    await closeFeeVote(em, actors.officer, 1, log);
    // every other seeded vote's record, dated when it ran (not at the first start-up, as an upgraded database's are)
    await recordDemoVotes(contextOn({ principal: null, config: loadConfig(), log, stats: { sqlStatements: 0 }, clientIp: 'seed' }, em));
    const money = await seedMoneyDemo(em, { officerId: actors.officer.id, officer3Id: actors.officer3.id }, OFFICER_SUBDISTRICTS, new Prng(DEMO_SEED + 2), today);

    const demonstrations = await seedDemonstrationDemo(em, data, new Prng(DEMO_SEED + 3));
    // after the designations: every demonstration estate holds its monthly five-party meetings
    const party = await seedPartyDemo(em, data, OFFICER_SUBDISTRICTS, { officerId: actors.officer.id }, new Prng(DEMO_SEED + 4), today);
    const assessments = await seedAssessmentDemo(em, data, { officerId: actors.officer.id, registrarId: actors.registrar.id, publisherId: actors.registrar2.id }, new Prng(DEMO_SEED + 2), today);

    const campaigns = await seedCampaignDemo(
      em,
      data,
      OFFICER_SUBDISTRICTS,
      { officerId: actors.officer.id, officer2Id: actors.officer2.id, officer3Id: actors.officer3.id, registrarId: actors.registrar.id },
      new Prng(DEMO_SEED + 5),
      today,
    );

    await em.query(`INSERT INTO app_meta (key, value) VALUES ('demo_seed', $1)`, [JSON.stringify({ scale, seed: DEMO_SEED })]);
    log.info('seed.demo', {
      scale,
      ms: Date.now() - started,
      estates: data.estates.length,
      firms: data.firms.length,
      projects: data.projects.length,
      ...elections,
      filingMaterials,
      ...assessments,
      ...demonstrations,
      ...money,
      ...party,
      ...campaigns,
    });
    return 'seeded';
  });
}

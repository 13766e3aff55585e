import { EntityManager } from 'typeorm';
import { addDays, IsoDate } from '../shared/iso-date';
import { fromHundredths } from '../shared/decimal';
import type { DemoData } from './demo-data';
import { insertRows, resetIdentity } from './insert-rows';
import { Prng } from './prng';

/**
 * The special rectification campaigns of the source report's 实干争先 section (docs/domain-rules.md#rectification-campaigns):
 * "中心城区共有400余个居民小区点亮小区地图,9000余部住宅小区电梯维保实现全覆盖检查,573个居民小区地下车库增设防汛挡板2536块、
 * 加装LED灯2万余根、道路墙面修复9390平方米". The demo has 400 estates at scale 1, so: every estate lit its map; every estate
 * with lifts had all of them checked; four estates in five upgraded their garage, their quantities summing exactly to
 * the report's 2,536 barriers, 20,160 lights and 9,390.00 m². A few garage reports in the officers' subdistricts
 * still wait for verification (officer3 reported them: officer verifies, officer3 is held by maker-checker).
 */
const GARAGE = { barriers: 2536, lights: 20160, areaHundredths: 939000 };

/** `total` split over `weights` in whole units, summing exactly (largest remainder). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i]++;
  }
  return parts;
}

export async function seedCampaignDemo(
  em: EntityManager,
  data: DemoData,
  officerSubdistricts: string[],
  actors: { officerId: number; officer2Id: number; officer3Id: number; registrarId: number },
  rng: Prng,
  today: IsoDate,
): Promise<{ campaigns: number; campaignReports: number; campaignReportsWaiting: number }> {
  const year = Number(today.slice(0, 4));
  const campaigns = [
    { id: 1, name: '点亮小区地图专项行动', year: 2022, startsOn: '2022-01-01', endsOn: '2023-12-31', status: 'CLOSED', description: '点亮小区地图，打通外卖小哥夜间送餐"最后一百米"' },
    { id: 2, name: '住宅小区电梯维保全覆盖检查', year: 2022, startsOn: '2022-03-01', endsOn: '2023-12-31', status: 'CLOSED', description: '规范电梯维保，实现住宅小区电梯"体检"全覆盖' },
    { id: 3, name: '住宅小区地下车库整治提升专项行动', year: 2022, startsOn: '2022-05-01', endsOn: `${year}-12-31`, status: 'OPEN', description: '增设防汛挡板、加装LED灯、修复道路墙面' },
  ];
  await insertRows(em, 'campaign', campaigns.map((c) => ({ ...c, createdById: actors.registrarId, createdAt: `${c.startsOn}T09:00:00+08:00` })));
  const measures = [
    { id: 1, campaignId: 1, code: 'MAP_LIT', labelZh: '小区地图点亮', labelEn: 'Estate map lit', unit: '个', kind: 'YES_NO', bound: null, position: 0 },
    { id: 2, campaignId: 2, code: 'LIFTS_INSPECTED', labelZh: '电梯维保检查', labelEn: 'Lifts inspected', unit: '部', kind: 'COUNT', bound: 'ESTATE_ELEVATORS', position: 0 },
    { id: 3, campaignId: 3, code: 'FLOOD_BARRIERS', labelZh: '增设防汛挡板', labelEn: 'Flood barriers added', unit: '块', kind: 'COUNT', bound: null, position: 0 },
    { id: 4, campaignId: 3, code: 'LED_LIGHTS', labelZh: '加装LED灯', labelEn: 'LED lights added', unit: '根', kind: 'COUNT', bound: null, position: 1 },
    { id: 5, campaignId: 3, code: 'REPAIRED_AREA', labelZh: '道路墙面修复', labelEn: 'Roads and walls repaired', unit: '平方米', kind: 'AREA', bound: null, position: 2 },
  ];
  await insertRows(em, 'campaign_measure', measures);

  const subdistrictName = new Map(data.subdistricts.map((s) => [s.id, s.name]));
  const subdistrictOf = new Map(data.communities.map((c) => [c.id, subdistrictName.get(c.subdistrictId)!]));
  const mine = (estateId: number) => officerSubdistricts.includes(subdistrictOf.get(data.estates.find((e) => e.id === estateId)!.communityId)!);
  const officer2s = new Set(data.estates.filter((e) => subdistrictOf.get(e.communityId) === '雉城街道').map((e) => e.id));

  type Row = { id: number; campaignId: number; estateId: number; completedOn: string; reportedById: number; createdAt: string };
  const reports: Row[] = [];
  const quantities: Array<{ reportId: number; measureId: number; quantity: string }> = [];
  const verifiers = new Map<number, { by: number; at: string }>();
  const dayIn = (from: IsoDate, to: IsoDate) => addDays(from, rng.int(0, Math.max(0, (Date.parse(to) - Date.parse(from)) / 86_400_000)));
  const add = (campaignId: number, estateId: number, from: IsoDate, to: IsoDate, values: Array<[number, string]>, verified = true) => {
    const id = reports.length + 1;
    const completedOn = dayIn(from, to < today ? to : today);
    // the street office's two officers: one reports, the other checks (officer2 alone in 雉城: officer3 stands in as checker)
    const swap = mine(estateId) && id % 2 === 0;
    const reportedById = officer2s.has(estateId) ? actors.officer2Id : swap ? actors.officer3Id : actors.officerId;
    const verifiedBy = reportedById === actors.officerId ? actors.officer3Id : reportedById === actors.officer3Id ? actors.officerId : actors.officer3Id;
    const reportedOn = addDays(completedOn, rng.int(1, 5)) < today ? addDays(completedOn, rng.int(1, 5)) : completedOn;
    reports.push({ id, campaignId, estateId, completedOn, reportedById, createdAt: `${reportedOn}T10:00:00+08:00` });
    for (const [measureId, quantity] of values) quantities.push({ reportId: id, measureId, quantity });
    const verifiedOn = addDays(reportedOn, rng.int(1, 7)) < today ? addDays(reportedOn, rng.int(1, 7)) : reportedOn;
    if (verified) verifiers.set(id, { by: verifiedBy, at: `${verifiedOn}T15:00:00+08:00` });
  };

  for (const estate of data.estates) add(1, estate.id, '2022-01-01', '2023-12-31', [[1, '1']]);
  for (const estate of data.estates.filter((e) => e.elevators > 0)) add(2, estate.id, '2022-03-01', '2023-12-31', [[2, String(estate.elevators)]]);

  const shuffled = [...data.estates];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const upgraded = shuffled.slice(0, Math.round(data.estates.length * 0.8));
  // bigger estates, bigger garages: the weights follow the buildings
  const weights = upgraded.map((e) => Math.max(1, e.buildings) * (0.6 + rng.next()));
  const barriers = apportion(GARAGE.barriers, weights);
  const lights = apportion(GARAGE.lights, weights);
  const area = apportion(GARAGE.areaHundredths, weights);
  upgraded.forEach((estate, i) =>
    add(3, estate.id, '2022-05-01', '2024-10-31', [
      [3, String(barriers[i])],
      [4, String(lights[i])],
      [5, fromHundredths(area[i])],
    ]),
  );
  // waiting for a second officer: garages of the officers' subdistricts reported lately
  const waiting = shuffled.slice(upgraded.length).filter((e) => mine(e.id)).slice(0, 3);
  for (const estate of waiting) {
    add(3, estate.id, addDays(today, -40), addDays(today, -5), [[3, String(rng.int(2, 8))], [4, String(rng.int(20, 60))], [5, fromHundredths(rng.int(800, 4000))]], false);
    reports[reports.length - 1].reportedById = actors.officer3Id;
  }

  await insertRows(em, 'campaign_report', reports);
  await insertRows(em, 'campaign_report_quantity', quantities);
  // verified as a second step: PostgreSQL takes a report as submitted first (migrations/1764806100000)
  const ids = [...verifiers.keys()];
  await em.query(
    `UPDATE campaign_report r SET status = 'VERIFIED', verified_by_id = v.by, verified_at = v.at, version = 2
       FROM unnest($1::int[], $2::int[], $3::timestamptz[]) AS v(id, by, at) WHERE r.id = v.id`,
    [ids, ids.map((id) => verifiers.get(id)!.by), ids.map((id) => verifiers.get(id)!.at)],
  );
  for (const table of ['campaign', 'campaign_measure', 'campaign_report']) await resetIdentity(em, table);
  return { campaigns: campaigns.length, campaignReports: reports.length, campaignReportsWaiting: waiting.length };
}

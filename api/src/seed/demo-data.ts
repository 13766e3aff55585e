import { creditCodeCheckCharacter, CREDIT_CODE_ALPHABET } from '../firms/credit-code';
import { formatFilingNumber } from '../filings/filing';
import {
  COMMUNITY_ROOTS,
  ESTATE_PREFIXES,
  ESTATE_SUFFIXES,
  FIRM_FORMS,
  FIRM_WORDS,
  GIVEN_CHARS,
  HUZHOU_DISTRICTS,
  NAMED_ESTATES,
  ROADS,
  SubdistrictKindCode,
  SURNAMES,
} from './huzhou';
import { addDays, addYears, daysBetween, IsoDate } from '../shared/iso-date';
import { Prng } from './prng';

/**
 * The Huzhou demo data as plain rows (pure: no database). At scale 1: 105 firms, 380 projects, 400 estates,
 * the authority's own figures; `scale` multiplies them for the benchmark. Its dates are written for DEMO_TODAY
 * and moved, all by the same number of days, to the day it is seeded: the same seed gives the same registry on
 * any day, as current on that day (contracts running, filings pending) as it was on DEMO_TODAY.
 */
export const DEMO_TODAY = '2026-11-20';
export const DEMO_SEED = 20190601; // 2019: the year Huzhou began its 红色物业 programme

type Status = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED' | 'REVOKED';

export interface DistrictRow { id: number; code: string; name: string }
export interface SubdistrictRow { id: number; districtId: number; name: string; kind: SubdistrictKindCode; urban: boolean }
export interface CommunityRow { id: number; subdistrictId: number; name: string }
export interface EstateRow {
  id: number; communityId: number; name: string; address: string; totalFloorArea: string; residentialFloorArea: string;
  households: number; buildings: number; elevators: number; deliveredOn: string; createdAt: string;
}
export interface FilingFields {
  filingStatus: Status; filingNumber: string | null; submittedAt: string | null; decidedAt: string | null;
  returnReason: string | null; returnNote: string | null; revokeReason: string | null; revokeNote: string | null;
  createdAt: string;
}
export interface FirmRow extends FilingFields {
  id: number; name: string; creditCode: string; legalRepresentative: string; registeredAddress: string;
  contactPerson: string; contactPhone: string; establishedOn: string; districtId: number; status: 'ACTIVE' | 'SUSPENDED' | 'DEREGISTERED';
}
export interface ProjectRow extends FilingFields {
  id: number; name: string; estateId: number; firmId: number; projectManager: string; managerPhone: string;
  contractStart: string; contractEnd: string; selectionMethod: string; billingModel: string; residentialFee: string;
  commercialFee: string | null; parkingFee: string | null; households: number; managedArea: string;
}
export interface DemoData {
  districts: DistrictRow[];
  subdistricts: SubdistrictRow[];
  communities: CommunityRow[];
  estates: EstateRow[];
  firms: FirmRow[];
  projects: ProjectRow[];
}

const CHINESE_NUMERALS = ['', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function dateBetween(rng: Prng, from: string, to: string): string {
  return addDays(from, rng.int(0, daysBetween(from, to)));
}

function instant(date: string, rng: Prng): string {
  return `${date}T${String(rng.int(8, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000+08:00`;
}

function personName(rng: Prng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN_CHARS) + rng.pick(GIVEN_CHARS) : rng.pick(GIVEN_CHARS);
  return rng.pick(SURNAMES) + given;
}

function mobile(rng: Prng): string {
  return `1${rng.pick(['3', '5', '8', '9'])}${rng.digits(9)}`;
}

function creditCode(rng: Prng, districtCode: string, taken: Set<string>): string {
  for (;;) {
    let body = `91${districtCode}MA`;
    for (let i = 0; i < 7; i++) body += CREDIT_CODE_ALPHABET[rng.int(0, CREDIT_CODE_ALPHABET.length - 1)];
    const code = body + creditCodeCheckCharacter(body);
    if (!taken.has(code)) {
      taken.add(code);
      return code;
    }
  }
}

/** Spreads `total` items over weights, exactly (largest remainders). */
function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const counts = raw.map(Math.floor);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k][1]]++;
  return counts;
}

/** A status list of exactly `total` entries with the given shares of the non-approved states. */
function statusPlan(rng: Prng, total: number, others: Partial<Record<Status, number>>): Status[] {
  const plan: Status[] = [];
  for (const [status, share] of Object.entries(others) as Array<[Status, number]>) {
    for (let i = 0; i < Math.round(total * share); i++) plan.push(status);
  }
  while (plan.length < total) plan.push('APPROVED');
  // Fisher–Yates with the seeded generator
  for (let i = plan.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [plan[i], plan[j]] = [plan[j], plan[i]];
  }
  return plan;
}

const RETURN_NOTES: Record<string, string> = {
  INCOMPLETE_MATERIALS: '缺少营业执照副本及项目负责人任职文件,请补充后重新提交。',
  INCONSISTENT_DATA: '备案面积与物业服务合同载明面积不一致,请核实。',
  CONTRACT_PROBLEM: '物业服务合同未加盖业主委员会公章。',
};

function filing(rng: Prng, today: IsoDate, status: Status, createdOn: string, counters: Map<string, number>, prefix: string): FilingFields {
  const fields: FilingFields = {
    filingStatus: status, filingNumber: null, submittedAt: null, decidedAt: null, returnReason: null,
    returnNote: null, revokeReason: null, revokeNote: null, createdAt: instant(createdOn, rng),
  };
  if (status === 'DRAFT') return fields;
  const submittedOn = status === 'SUBMITTED' ? dateBetween(rng, addDays(today, -40), today) : addDays(createdOn, rng.int(0, 3));
  const created = submittedOn < createdOn ? submittedOn : createdOn;
  fields.createdAt = instant(created, rng);
  fields.submittedAt = instant(submittedOn, rng);
  if (status === 'SUBMITTED') return fields;
  const decidedOn = addDays(submittedOn, rng.int(1, 12));
  fields.decidedAt = instant(decidedOn < today ? decidedOn : today, rng);
  if (status === 'RETURNED') {
    fields.returnReason = rng.pick(Object.keys(RETURN_NOTES));
    fields.returnNote = RETURN_NOTES[fields.returnReason];
    return fields;
  }
  const year = Number(fields.decidedAt.slice(0, 4));
  const key = `${prefix}:${year}`;
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  fields.filingNumber = formatFilingNumber(prefix, year, n);
  if (status === 'REVOKED') {
    fields.revokeReason = rng.pick(['CONTRACT_TERMINATED', 'FIRM_DEREGISTERED', 'SERIOUS_VIOLATION']);
    fields.revokeNote = '经核查,依据《湖州市物业管理条例》予以撤销备案。';
  }
  return fields;
}

export function generateDemoData(scale = 1, seed = DEMO_SEED, today: IsoDate = DEMO_TODAY): DemoData {
  const rng = new Prng(seed);
  // every fixed date goes through `on`, comparisons too: a moved span draws the same random numbers
  const shift = daysBetween(DEMO_TODAY, today);
  const on = (date: IsoDate) => addDays(date, shift);
  const counters = new Map<string, number>();

  // Geography: the real districts and subdistricts; communities grow with the scale.
  const districts: DistrictRow[] = [];
  const subdistricts: SubdistrictRow[] = [];
  for (const d of HUZHOU_DISTRICTS) {
    const district = { id: districts.length + 1, code: d.code, name: d.name };
    districts.push(district);
    for (const [name, kind, urban] of d.subdistricts) {
      subdistricts.push({ id: subdistricts.length + 1, districtId: district.id, name, kind, urban });
    }
  }
  const communities: CommunityRow[] = [];
  const communitiesOf = new Map<number, CommunityRow[]>();
  for (const s of subdistricts) {
    const count = (s.urban ? 5 : rng.int(1, 2)) * scale;
    const offset = rng.int(0, COMMUNITY_ROOTS.length - 1);
    const list: CommunityRow[] = [];
    for (let i = 0; i < count; i++) {
      const root = COMMUNITY_ROOTS[(offset + i) % COMMUNITY_ROOTS.length];
      const cycle = Math.floor(i / COMMUNITY_ROOTS.length);
      list.push({ id: communities.length + list.length + 1, subdistrictId: s.id, name: `${root}${CHINESE_NUMERALS[cycle % 10]}${cycle >= 10 ? cycle : ''}社区` });
    }
    communities.push(...list);
    communitiesOf.set(s.id, list);
  }

  // Estates: ~85% in the urban subdistricts, named from a shuffled pool of prefix × suffix.
  const estateTotal = 400 * scale;
  const perSubdistrict = apportion(estateTotal, subdistricts.map((s) => (s.urban ? 10 : 1.2)));
  const namePool = ESTATE_PREFIXES.flatMap((p) => ESTATE_SUFFIXES.map((s) => p + s));
  for (let i = namePool.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [namePool[i], namePool[j]] = [namePool[j], namePool[i]];
  }
  const named = new Map(NAMED_ESTATES.map((e) => [e.subdistrict, e]));
  const estates: EstateRow[] = [];
  let nameIndex = 0;
  subdistricts.forEach((s, si) => {
    const district = districts[s.districtId - 1];
    for (let k = 0; k < perSubdistrict[si]; k++) {
      const story = k === 0 ? named.get(s.name) : undefined;
      let name = story?.name;
      if (!name) {
        const base = namePool[nameIndex % namePool.length];
        const phase = Math.floor(nameIndex / namePool.length);
        name = phase === 0 ? base : `${base}${CHINESE_NUMERALS[phase % 10] || phase}期`;
        nameIndex++;
      }
      const households = story?.households ?? Math.round(Math.exp(rng.int(430, 720) / 100)); // ~75–1340, skewed small
      const avgArea = rng.int(78, 142);
      const residential = households * avgArea + rng.int(0, 99) / 100;
      const commercial = rng.chance(0.5) ? rng.int(300, 8000) : 0;
      const deliveredOn = dateBetween(rng, on('1996-01-01'), on('2024-12-31'));
      const highRise = deliveredOn > on('2008-01-01') && rng.chance(0.7);
      const buildings = Math.max(1, Math.round(households / (highRise ? rng.int(60, 150) : rng.int(18, 48))));
      const community = rng.pick(communitiesOf.get(s.id)!);
      estates.push({
        id: estates.length + 1,
        communityId: community.id,
        name,
        address: `湖州市${district.name}${s.name}${rng.pick(ROADS)}${rng.int(1, 999)}号`,
        totalFloorArea: (residential + commercial).toFixed(2),
        residentialFloorArea: residential.toFixed(2),
        households,
        buildings,
        elevators: highRise ? buildings * rng.int(1, 3) : 0,
        deliveredOn,
        createdAt: instant(dateBetween(rng, on('2019-06-01'), on('2020-06-30')), rng),
      });
    }
  });

  // Firms: registered mostly in 吴兴区, most filings approved, some in every other state.
  const firmTotal = 105 * scale;
  const firmDistricts = apportion(firmTotal, [40, 15, 15, 15, 15]);
  const firmPlan = statusPlan(rng, firmTotal, { SUBMITTED: 0.04, RETURNED: 0.03, DRAFT: 0.03, REVOKED: 0.03 });
  const codes = new Set<string>();
  const firmNames = new Set<string>();
  const firms: FirmRow[] = [];
  firmDistricts.forEach((count, di) => {
    const district = districts[di];
    for (let k = 0; k < count; k++) {
      let name = '';
      for (let attempt = 0; !name || firmNames.has(name); attempt++) {
        const word = rng.pick(FIRM_WORDS) + (attempt > 3 ? rng.pick(FIRM_WORDS) : '');
        name = rng.pick(FIRM_FORMS)(word);
      }
      firmNames.add(name);
      const status = firmPlan[firms.length];
      const drawnEstablishedOn = dateBetween(rng, on('1998-01-01'), on('2022-12-31'));
      const filedOn = dateBetween(rng, on('2019-06-01'), addDays(today, -45));
      // a firm files after it is founded: a draw after its filing moves to a year before it (no draw more, so the
      // rest of the demo stays as it was)
      const establishedOn = drawnEstablishedOn < addDays(filedOn, -30) ? drawnEstablishedOn : addDays(filedOn, -365);
      const subdistrict = rng.pick(subdistricts.filter((s) => s.districtId === district.id && s.urban));
      firms.push({
        id: firms.length + 1,
        name,
        creditCode: creditCode(rng, district.code, codes),
        legalRepresentative: personName(rng),
        registeredAddress: `湖州市${district.name}${subdistrict.name}${rng.pick(ROADS)}${rng.int(1, 899)}号`,
        contactPerson: personName(rng),
        contactPhone: rng.chance(0.6) ? mobile(rng) : `0572-${rng.int(2, 6)}${rng.digits(6)}`,
        establishedOn,
        districtId: district.id,
        status: status === 'REVOKED' ? rng.pick(['SUSPENDED', 'DEREGISTERED'] as const) : 'ACTIVE',
        ...filing(rng, today, status, filedOn, counters, '湖物企备'),
      });
    }
  });

  // Projects: most estates have a current contract; some also an earlier one with another firm.
  const projectTotal = 380 * scale;
  const previousCount = 50 * scale;
  const currentCount = projectTotal - previousCount;
  const approvedFirms = firms.filter((f) => f.filingStatus === 'APPROVED' && f.status === 'ACTIVE');
  // a few large firms serve many estates: weight by a falling curve
  const firmWeight = approvedFirms.map((_, i) => 1 / (1 + i * 0.08));
  const weightSum = firmWeight.reduce((a, b) => a + b, 0);
  const pickFirm = (except?: number): FirmRow => {
    for (;;) {
      let roll = rng.next() * weightSum;
      let i = 0;
      while (roll >= firmWeight[i] && i < firmWeight.length - 1) roll -= firmWeight[i++];
      if (approvedFirms[i].id !== except) return approvedFirms[i];
    }
  };
  const estateOrder = estates.map((e) => e.id);
  for (let i = estateOrder.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [estateOrder[i], estateOrder[j]] = [estateOrder[j], estateOrder[i]];
  }
  // the story's estates always have a firm
  for (const story of NAMED_ESTATES) {
    const id = estates.find((e) => e.name === story.name)?.id;
    if (id) estateOrder.splice(estateOrder.indexOf(id), 1), estateOrder.unshift(id);
  }
  const currentPlan = statusPlan(rng, currentCount, { SUBMITTED: 0.025, RETURNED: 0.015, DRAFT: 0.02, REVOKED: 0.01 });
  for (const story of NAMED_ESTATES.keys()) currentPlan[story] = 'APPROVED';
  const projects: ProjectRow[] = [];
  const makeProject = (estate: EstateRow, firm: FirmRow, start: string, years: number, status: Status): ProjectRow => {
    const feeBand = rng.weighted({ standard: 60, older: 25, premium: 15 });
    const residentialFee =
      feeBand === 'standard'
        ? rng.pick(['1.69', '1.75', '1.80', '1.85', '1.90', '1.99'])
        : feeBand === 'older'
          ? (rng.int(60, 150) / 100).toFixed(2)
          : (rng.int(220, 380) / 100).toFixed(2);
    const end = addDays(addYears(start, years), -1);
    return {
      id: projects.length + 1,
      name: `${estate.name}物业服务项目`,
      estateId: estate.id,
      firmId: firm.id,
      projectManager: personName(rng),
      managerPhone: mobile(rng),
      contractStart: start,
      contractEnd: end,
      selectionMethod: rng.weighted({ TENDER: 50, AGREEMENT: 35, OWNERS_ASSEMBLY: 15 }),
      billingModel: rng.weighted({ LUMP_SUM: 85, COMMISSION: 15 }),
      residentialFee,
      commercialFee: Number(estate.totalFloorArea) > Number(estate.residentialFloorArea) ? (rng.int(250, 600) / 100).toFixed(2) : null,
      parkingFee: rng.chance(0.6) ? String(rng.int(3, 15) * 10) + '.00' : null,
      households: estate.households,
      managedArea: estate.totalFloorArea,
      ...filing(rng, today, status, start < today ? addDays(start, -rng.int(5, 30)) : addDays(today, -rng.int(5, 30)), counters, '湖物项备'),
    };
  };
  for (let k = 0; k < currentCount; k++) {
    const estate = estates[estateOrder[k] - 1];
    const status = currentPlan[k];
    const firm = status === 'APPROVED' || status === 'REVOKED' ? pickFirm() : rng.chance(0.5) ? pickFirm() : rng.pick(firms);
    const start = dateBetween(rng, on('2023-01-01'), on('2026-09-30'));
    const current = makeProject(estate, firm, start, rng.pick([3, 3, 3, 2, 5]), status);
    projects.push(current);
    if (k < previousCount) {
      // the contract before: ended the day before this one began, usually with another firm, approved then
      const years = rng.pick([3, 3, 2]);
      const previousStart = addYears(start, -years);
      projects.push(makeProject(estate, pickFirm(firm.id), previousStart, years, rng.chance(0.9) ? 'APPROVED' : 'REVOKED'));
    }
  }
  return { districts, subdistricts, communities, estates, firms, projects };
}

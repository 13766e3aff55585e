import type { Content } from 'pdfmake/interfaces';
import { ElectionPhase } from '../elections/election-phases';
import { FilingStatus } from '../filings/filing';
import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { chineseDay, chineseMinute, dateInChina } from '../shared/iso-date';
import { pdfDocument, pdfSection, pdfTable, renderPdf, signatureLines } from '../shared/pdf';
import type { RunQuery } from './exports';
import { electionVote, voteRecords } from '../elections/records/vote-record.service';
import { committeeFilingAsApproved, projectPlaceAsApproved } from '../filings/as-approved';
import type { EstatePlace } from '../geography/estate-place';
import { printedChecklistSource } from '../eligibility/checklist';
import { nameKey, namesAt } from '../shared/names-at';

/**
 * The printed forms of a record: the filing receipt (备案回执), an election's tally sheet (计票单) and a
 * candidate's review form (资格审查表). Each reads its record through the record's own GraphQL query, run for
 * the caller (docs/architecture.md#documents), so it shows what the caller may read there and nothing more:
 * the same policy, jurisdiction and masking (an ID number in full only for the officers who see it in full). A final
 * record's form prints what was final then (docs/architecture.md#documents): an approved filing's receipt what its
 * approval kept, a sealed count's sheet the names its record sealed.
 */
const FILING_STATUS: Record<string, string> = { DRAFT: '草稿', SUBMITTED: '待审核', APPROVED: '已备案', RETURNED: '已退回', REVOKED: '已撤销' };
const COMMITTEE_FILING_KIND: Record<string, string> = { ESTABLISHMENT: '成立备案', CHANGE: '变更备案' };
const POSITION: Record<string, string> = { CHAIR: '主任', VICE_CHAIR: '副主任', MEMBER: '委员' };
const CHECK_RESULT: Record<string, string> = { PASS: '通过', FAIL: '不通过', PENDING: '待审' };
const CHECK_KIND: Record<string, string> = { MUST: '必备条件', DISQUALIFYING: '不得担任', UNSUITABLE: '不宜担任' };
const DECISION: Record<string, string> = { ELIGIBLE: '合格', NOT_YET_ELIGIBLE: '审查中', INELIGIBLE: '不合格' };
const REVIEWING_BODY: Record<string, string> = {
  ELECTION_ORGANISER: '筹备组/换届小组', REAL_ESTATE_REGISTRY: '不动产登记机构', RESIDENTS_COMMITTEE: '社区居委会',
  COMMUNITY_PARTY_ORGANISATION: '社区党组织', DISCIPLINE_INSPECTION: '纪检监察机关', POLICE_STATION: '派出所', COURT: '人民法院',
  PROPERTY_FIRM: '物业服务企业', MAINTENANCE_FUND_AUTHORITY: '维修资金管理机构', SUBDISTRICT_OFFICE: '街道办事处',
};
const CANDIDATE_STATUS: Record<string, string> = {
  ELECTED: '当选', TIED_AT_LAST_SEAT: '末位票数相同', PASSED_NOT_ELECTED: '过半数但名额已满', NOT_PASSED: '未过半数', NO_QUORUM: '参与人数不足',
};

/** counted and not cancelled: the count stands (docs/roles-and-workflows.md#elections); before, the tally is a running count */
const COUNTED: readonly string[] = [ElectionPhase.COUNTING, ElectionPhase.RESULT_PUBLICITY, ElectionPhase.CERTIFIED];
/** the review (联审) has opened and the election still stands (docs/roles-and-workflows.md#eligibility-review) */
const REVIEWED: readonly string[] = [ElectionPhase.ELIGIBILITY_REVIEW, ElectionPhase.CANDIDATE_PUBLICITY, ElectionPhase.VOTING, ...COUNTED];

const when = (iso: string | null | undefined) => (iso ? chineseMinute(new Date(iso)) : '—');
const or = (text: string | null | undefined) => (text === null || text === undefined || text === '' ? '—' : String(text));
const fieldRows = (rows: Array<[string, string]>): Content => ({
  table: { widths: [120, '*'], body: rows.map(([k, v]) => [{ text: k, bold: true }, v]) },
  layout: 'lightHorizontalLines',
  margin: [0, 4, 0, 10],
});
const placeFields = 'name subdistrict { name } district { name }';
const place = `estate { ${placeFields} }`;
const placeText = (estate: Place) =>
  `${estate.district.name}${estate.subdistrict.name}${estate.name}`;
const placeAsKept = (kept: EstatePlace): Place => ({ name: kept.estateName, subdistrict: { name: kept.subdistrict }, district: { name: kept.district } });

/** the moment a filing was approved: what its receipt acknowledged */
const decided = (record: FilingRecord) => (record.decidedAt ? new Date(record.decidedAt) : null);

export type ReceiptKind = 'firms' | 'projects' | 'committee-filings';

/** The shapes the queries below select (the record's own GraphQL fields, as the caller may read them). */
interface Place { name: string; subdistrict: { name: string }; district: { name: string } }
interface FilingRecord {
  filingStatus: string; filingNumber: string | null; submittedAt: string | null; decidedAt: string | null;
  [field: string]: unknown;
}
interface FirmRecord extends FilingRecord { id: string; name: string; creditCode: string; legalRepresentative: string; registeredAddress: string; district: { id: string; name: string } | null }
interface ProjectRecord extends FilingRecord {
  id: string; name: string; contractStart: string; contractEnd: string; households: number; managedArea: string;
  firm: { id: string; name: string; creditCode: string }; estate: Place;
}
interface CommitteeFilingRecord extends FilingRecord {
  kind: string; eventDate: string; dueOn: string;
  committee: { termNumber: number; termStart: string; termEnd: string; members: Array<{ name: string; position: string }>; estate: Place };
}
interface TallySheetRecord {
  title: string; phase: string; estate: Place & { id: string }; candidates: Array<{ id: string; owner: { name: string } }>;
  tally: null | {
    ballots: number; seats: number; totals: { headcount: number; area: string }; participating: { headcount: number; area: string };
    candidates: Array<{ candidateId: string; rank: number; status: string; approvals: { headcount: number; area: string } }>;
  };
}
interface Check { itemKey: string; result?: string; reviewer?: string | null; reviewingBody?: string; checkedOn?: string | null; evidenceNote?: string | null; overrideReason?: string | null }
interface ReviewFormRecord {
  nominatedBy: string; nominatedOn: string; partyMember: boolean; decision: string; withdrawn: boolean;
  owner: { name: string; idNumber: string; phone: string | null };
  election: { id: string; title: string; phase: string; estate: Place & { id: string } };
  checklist: { title: string; source: string; items: Array<{ key: string; kind: string; titleZh: string }> };
  checks: Check[];
}

interface ReceiptSpec<R extends FilingRecord> {
  field: string; query: string; title: string; rows: (record: R) => Array<[string, string]>;
  /** what the record's live relations are replaced with: what was kept when it was approved */
  asApproved?(ctx: RequestContext, id: number, record: R): Promise<R>;
}

const RECEIPTS: { firms: ReceiptSpec<FirmRecord>; projects: ReceiptSpec<ProjectRecord>; 'committee-filings': ReceiptSpec<CommitteeFilingRecord> } = {
  firms: {
    field: 'firm',
    title: '物业服务企业备案回执',
    query: 'id name creditCode legalRepresentative registeredAddress filingStatus filingNumber submittedAt decidedAt district { id name }',
    rows: (f) => [['企业名称', f.name], ['统一社会信用代码', f.creditCode], ['法定代表人', f.legalRepresentative], ['注册地址', f.registeredAddress], ['所在区县', or(f.district?.name)]],
    // the firm and its district as they were named when it was approved (names-at.ts)
    asApproved: async (ctx, id, f) => {
      const names = await namesAt(ctx, decided(f), [{ table: 'firm', id }, ...(f.district ? [{ table: 'district' as const, id: Number(f.district.id) }] : [])]);
      return { ...f, name: names.get(nameKey('firm', id)) ?? f.name, district: f.district && { ...f.district, name: names.get(nameKey('district', f.district.id)) ?? f.district.name } };
    },
  },
  projects: {
    field: 'project',
    title: '物业服务项目备案回执',
    query: `id name filingStatus filingNumber submittedAt decidedAt contractStart contractEnd households managedArea firm { id name creditCode } ${place}`,
    rows: (p) => [
      ['项目名称', p.name], ['小区', placeText(p.estate)], ['物业服务企业', `${p.firm.name}（${p.firm.creditCode}）`],
      ['合同期限', `${chineseDay(p.contractStart)} 至 ${chineseDay(p.contractEnd)}`], ['户数 / 管理面积', `${p.households} 户 / ${p.managedArea} 平方米`],
    ],
    asApproved: async (ctx, id, p) => {
      const kept = await projectPlaceAsApproved(ctx, id);
      // the project and its firm as they were named when it was approved (names-at.ts); the estate's place kept with it
      const names = await namesAt(ctx, decided(p), [{ table: 'project', id }, { table: 'firm', id: Number(p.firm.id) }]);
      const named = { ...p, name: names.get(nameKey('project', id)) ?? p.name, firm: { ...p.firm, name: names.get(nameKey('firm', p.firm.id)) ?? p.firm.name } };
      return kept ? { ...named, estate: placeAsKept(kept) } : named;
    },
  },
  'committee-filings': {
    field: 'committeeFiling',
    title: '业主委员会备案回执',
    query: `id kind eventDate dueOn filingStatus filingNumber submittedAt decidedAt committee { termNumber termStart termEnd members { name position } ${place} }`,
    rows: (c) => [
      ['备案类别', COMMITTEE_FILING_KIND[c.kind] ?? c.kind], ['小区', placeText(c.committee.estate)], ['届次', `第 ${c.committee.termNumber} 届`],
      ['任期', `${chineseDay(c.committee.termStart)} 至 ${chineseDay(c.committee.termEnd)}`],
      ['委员', c.committee.members.map((m) => `${m.name}（${POSITION[m.position] ?? m.position}）`).join('、') || '—'],
      ['事项发生日 / 备案期限', `${chineseDay(c.eventDate)} / ${chineseDay(c.dueOn)}`],
    ],
    asApproved: async (ctx, id, c) => {
      const kept = await committeeFilingAsApproved(ctx, id);
      if (!kept) return c;
      const { place: keptPlace, termNumber, termStart, termEnd, members } = kept;
      return { ...c, committee: { termNumber, termStart, termEnd, members, estate: placeAsKept(keptPlace) } };
    },
  },
};

async function one<R>(ctx: RequestContext, runQuery: RunQuery, field: string, id: number, selection: string): Promise<R> {
  const data = await runQuery(ctx, `query Printed($id: ID!) { ${field}(id: $id) { ${selection} } }`, { id: String(id) });
  return data[field] as R;
}

/** 备案回执: only a filing that stands approved is acknowledged; a revoked one keeps its number, not its receipt. */
export async function filingReceipt(ctx: RequestContext, runQuery: RunQuery, kind: ReceiptKind, id: number): Promise<{ pdf: Buffer; filingNumber: string }> {
  const spec = RECEIPTS[kind] as unknown as ReceiptSpec<FilingRecord>;
  const live = await one<FilingRecord>(ctx, runQuery, spec.field, id, spec.query);
  if (live.filingStatus !== FilingStatus.APPROVED || !live.filingNumber) {
    throw fail.invalidTransition(spec.field, id, live.filingStatus, 'given a receipt: only an approved filing is acknowledged', { rule: 'FILING_NOT_APPROVED' });
  }
  const filingNumber = live.filingNumber;
  const record = spec.asApproved ? await spec.asApproved(ctx, id, live) : live;
  const content: Content[] = [
    { text: spec.title, style: 'title' },
    { text: `备案编号：${filingNumber}`, style: 'subtitle', margin: [0, 0, 0, 12] },
    fieldRows([
      ...spec.rows(record),
      ['备案状态', FILING_STATUS[record.filingStatus] ?? record.filingStatus],
      ['提交时间', when(record.submittedAt)],
      ['备案时间', when(record.decidedAt)],
    ]),
    { text: `经审核，上述备案事项已予备案，备案编号为 ${filingNumber}。本回执仅证明备案事实，备案信息以登记系统记录为准。`, margin: [0, 8, 0, 0] },
    { text: `打印时间：${chineseMinute(new Date())}（北京时间）`, alignment: 'right', fontSize: 9, color: '#555', margin: [0, 24, 0, 0] },
    { text: '备案机关（盖章）', alignment: 'right', margin: [0, 16, 0, 0] },
  ];
  return { pdf: await renderPdf(pdfDocument(content, spec.title)), filingNumber };
}

/**
 * A sealed election's estate and candidates' names as its record holds them (docs/domain-rules.md#vote-record), for
 * its papers to print; null while its count is not sealed, when they print the registry as it is.
 */
async function sealedElection(ctx: RequestContext, electionId: number, estateId: string): Promise<{ estate: Place; names: Map<string, string> } | null> {
  const vote = electionVote({ id: electionId, estateId: Number(estateId) });
  const place = await voteRecords.sealedPlace(ctx, vote);
  if (!place) return null;
  const result = await voteRecords.storedResult(ctx, vote);
  return { estate: placeAsKept(place), names: new Map(result?.kind === 'ELECTION' ? result.candidates.map((c) => [c.id, c.name]) : []) };
}

/** 计票单: the counted result per candidate, with lines for the counters and scrutineers to sign. */
export async function tallySheet(ctx: RequestContext, runQuery: RunQuery, id: number): Promise<Buffer> {
  const election = await one<TallySheetRecord>(
    ctx,
    runQuery,
    'election',
    id,
    `id title seats phase estate { id ${placeFields} } candidates { id owner { name } withdrawn }
     tally { ballots seats electedIds totals { headcount area } participating { headcount area }
             candidates { candidateId rank status approvals { headcount area } } }`,
  );
  // tally is always there (live while voting): the phase says whether it is a count to sign (docs/domain-rules.md#vote-record)
  if (!COUNTED.includes(election.phase) || !election.tally) throw fail.invalidTransition('Election', id, election.phase, 'given a tally sheet until counted (nor once cancelled)', { rule: 'NOT_COUNTED' });
  const sealed = await sealedElection(ctx, id, election.estate.id);
  const counted = await voteRecords.storedResult(ctx, electionVote({ id, estateId: Number(election.estate.id) }));
  const nameOf = sealed?.names ?? new Map(election.candidates.map((c) => [c.id, c.owner.name]));
  if (sealed) election.estate = { ...sealed.estate, id: election.estate.id };
  const t = election.tally;
  const content: Content[] = [
    { text: `${election.estate.name}业主委员会选举计票单`, style: 'title' },
    { text: election.title, style: 'subtitle' },
    { text: placeText(election.estate), alignment: 'center', fontSize: 9, color: '#555', margin: [0, 0, 0, 12] },
    pdfSection('投票情况'),
    fieldRows([
      ['应选委员', `${t.seats} 名`],
      ['业主总数 / 总面积', `${t.totals.headcount} 人 / ${t.totals.area} 平方米`],
      ['参与表决', `${t.participating.headcount} 人 / ${t.participating.area} 平方米`],
      ['有效选票', `${t.ballots} 张`],
    ]),
    pdfSection('候选人得票'),
    pdfTable(
      ['名次', '候选人', '同意人数', '同意面积（m²）', '结果'],
      t.candidates.map((c) => [c.rank, or(nameOf.get(c.candidateId)), c.approvals.headcount, c.approvals.area, CANDIDATE_STATUS[c.status] ?? c.status]),
      [30, '*', 60, 90, 90],
    ),
    signatureLines(['计票人', '监票人']),
    signatureLines(['唱票人', '记录人']),
    // the count's own day, the same on every reprint (attacker round 7 F4: it printed the day of printing)
    { text: `计票日期：${counted ? chineseDay(dateInChina(new Date(counted.countedAt))) : '—'}`, alignment: 'right', margin: [0, 18, 0, 0] },
  ];
  return renderPdf(pdfDocument(content, `${election.estate.name}业主委员会选举计票单`));
}

/** 资格审查表: each checklist item with its result, reviewing body, reviewer and date; the ID number as the caller may see it. */
export async function reviewForm(ctx: RequestContext, runQuery: RunQuery, id: number): Promise<Buffer> {
  const candidate = await one<ReviewFormRecord>(
    ctx,
    runQuery,
    'candidate',
    id,
    `id nominatedBy nominatedOn partyMember decision withdrawn owner { name idNumber phone }
     election { id title phase estate { id ${placeFields} } }
     checklist { title source items { key kind titleZh } }
     checks { itemKey result reviewer reviewingBody checkedOn evidenceNote overrideReason }`,
  );
  if (!REVIEWED.includes(candidate.election.phase)) {
    throw fail.invalidTransition('Election', Number(candidate.election.id), candidate.election.phase, 'given review forms: its review has not opened', { rule: 'REVIEW_NOT_OPEN' });
  }
  const sealed = await sealedElection(ctx, Number(candidate.election.id), candidate.election.estate.id);
  if (sealed) {
    candidate.election.estate = { ...sealed.estate, id: candidate.election.estate.id };
    candidate.owner.name = sealed.names.get(String(id)) ?? candidate.owner.name;
  }
  const checkOf = new Map(candidate.checks.map((c) => [c.itemKey, c]));
  const rows = candidate.checklist.items.map((item, i) => {
    const check: Partial<Check> = checkOf.get(item.key) ?? {};
    return [
      i + 1,
      CHECK_KIND[item.kind] ?? item.kind,
      item.titleZh,
      CHECK_RESULT[check.result ?? ''] ?? '待审',
      [REVIEWING_BODY[check.reviewingBody ?? ''] ?? '', check.reviewer ?? ''].filter(Boolean).join(' · ') || '—',
      check.checkedOn ? chineseDay(check.checkedOn) : or(check.checkedOn),
      [check.evidenceNote, check.overrideReason].filter(Boolean).join(';') || '',
    ];
  });
  const title = `${candidate.election.estate.name}业主委员会委员候选人资格审查表`;
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: candidate.election.title, style: 'subtitle', margin: [0, 0, 0, 12] },
    fieldRows([
      ['候选人', candidate.owner.name],
      ['公民身份号码', candidate.owner.idNumber],
      ['联系电话', or(candidate.owner.phone)],
      ['推荐方式', `${candidate.nominatedBy}（${chineseDay(candidate.nominatedOn)}）`],
      ['中共党员', candidate.partyMember ? '是' : '否'],
    ]),
    pdfSection(`审查事项（${candidate.checklist.title}）`),
    pdfTable(['序号', '类别', '审查事项', '结果', '审查单位 · 审查人', '审查日期', '说明'], rows, [22, 44, '*', 36, 90, 52, 70]),
    { text: `审查结论：${DECISION[candidate.decision] ?? candidate.decision}${candidate.withdrawn ? '（候选人已退出）' : ''}`, style: 'elected' },
    { text: `依据：${printedChecklistSource(candidate.checklist.source)}`, fontSize: 9, color: '#555' },
    signatureLines(['审查人', '筹备组负责人']),
  ];
  return renderPdf(pdfDocument(content, title));
}

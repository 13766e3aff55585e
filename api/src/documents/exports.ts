import type { RequestContext } from '../request/context';
import { fail } from '../shared/errors';
import { minuteInChina } from '../shared/iso-date';
import { Sheet } from '../shared/sheets';

/**
 * List exports (docs/architecture.md#documents): the list's own GraphQL query, run by the server for the caller
 * through Apollo (its policies, read rules, jurisdiction and masking, exactly as the console's list), page by
 * page with the list's cursor, then written as one sheet with names instead of ids and times in Beijing time.
 */
export type RunQuery = (ctx: RequestContext, query: string, variables: Record<string, unknown>) => Promise<Record<string, unknown>>;

type Item = Record<string, any>;

interface Column {
  zh: string;
  en: string;
  value: (item: Item) => unknown;
}

interface ExportSpec {
  /** the list's root field, e.g. firms */
  list: string;
  optionsType: string;
  title: { zh: string; en: string };
  selection: string;
  columns: Column[];
}

const WORDS: Record<string, Record<string, string>> = {
  filingStatus: { DRAFT: '草稿', SUBMITTED: '待审核', APPROVED: '已备案', RETURNED: '已退回', REVOKED: '已撤销' },
  firmStatus: { ACTIVE: '正常', SUSPENDED: '暂停', DEREGISTERED: '注销' },
  selectionMethod: { TENDER: '招投标', AGREEMENT: '协议选聘', OWNERS_ASSEMBLY: '业主大会选聘' },
  billingModel: { LUMP_SUM: '包干制', COMMISSION: '酬金制' },
  electionKind: { FIRST: '首次选举', RE_ELECTION: '换届选举', BY_ELECTION: '补选' },
  electionPhase: {
    PREPARATION: '筹备', NOMINATION: '候选人推荐', ELIGIBILITY_REVIEW: '资格联审', CANDIDATE_PUBLICITY: '候选人公示',
    VOTING: '投票', COUNTING: '计票', RESULT_PUBLICITY: '结果公示', CERTIFIED: '已确认', CANCELLED: '已终止',
  },
  resolutionPhase: { DRAFT: '草稿', VOTING: '投票中', CLOSED: '表决结束' },
  committeeFilingKind: { ESTABLISHMENT: '成立备案', CHANGE: '变更备案' },
  yesNo: { true: '是', false: '否' },
};

const col = (zh: string, en: string, value: (item: Item) => unknown): Column => ({ zh, en, value });
const field = (zh: string, en: string, name = en) => col(zh, en, (item) => item[name]);
const word = (zh: string, en: string, group: string, name = en) => ({ ...col(zh, en, (item) => item[name]), group });
const time = (zh: string, en: string, name = en) => col(zh, en, (item) => (item[name] ? minuteInChina(new Date(item[name])) : null));
const place = 'estate { name subdistrict { name } district { name } }';
const estateColumns = (path: (item: Item) => Item | null | undefined): Column[] => [
  col('区县', 'district', (i) => path(i)?.district?.name),
  col('街道/乡镇', 'subdistrict', (i) => path(i)?.subdistrict?.name),
  col('小区', 'estate', (i) => path(i)?.name),
];

const SPECS: Record<string, ExportSpec> = {
  firms: {
    list: 'firms',
    optionsType: 'FirmListOptions',
    title: { zh: '物业服务企业', en: 'firms' },
    selection: 'id name creditCode legalRepresentative registeredAddress contactPerson contactPhone establishedOn status filingStatus filingNumber submittedAt decidedAt updatedAt district { name }',
    columns: [
      field('企业名称', 'name'), field('统一社会信用代码', 'creditCode'), field('法定代表人', 'legalRepresentative'),
      field('注册地址', 'registeredAddress'), col('所在区县', 'district', (i) => i.district?.name), field('联系人', 'contactPerson'),
      field('联系电话', 'contactPhone'), field('成立日期', 'establishedOn'), word('经营状态', 'status', 'firmStatus'),
      word('备案状态', 'filingStatus', 'filingStatus'), field('备案编号', 'filingNumber'), time('提交时间', 'submittedAt'),
      time('审核时间', 'decidedAt'), time('更新时间', 'updatedAt'),
    ],
  },
  projects: {
    list: 'projects',
    optionsType: 'ProjectListOptions',
    title: { zh: '物业服务项目', en: 'projects' },
    selection: `id name projectManager managerPhone contractStart contractEnd selectionMethod billingModel residentialFee commercialFee parkingFee households managedArea filingStatus filingNumber submittedAt decidedAt updatedAt firm { name creditCode } ${place}`,
    columns: [
      field('项目名称', 'name'), ...estateColumns((i) => i.estate), col('物业企业', 'firm', (i) => i.firm?.name),
      col('物业企业统一社会信用代码', 'firmCreditCode', (i) => i.firm?.creditCode), field('项目经理', 'projectManager'),
      field('项目经理电话', 'managerPhone'), field('合同开始日期', 'contractStart'), field('合同结束日期', 'contractEnd'),
      word('选聘方式', 'selectionMethod', 'selectionMethod'), word('计费方式', 'billingModel', 'billingModel'),
      field('住宅物业费', 'residentialFee'), field('商业物业费', 'commercialFee'), field('车位管理费', 'parkingFee'),
      field('户数', 'households'), field('管理面积', 'managedArea'), word('备案状态', 'filingStatus', 'filingStatus'),
      field('备案编号', 'filingNumber'), time('提交时间', 'submittedAt'), time('审核时间', 'decidedAt'), time('更新时间', 'updatedAt'),
    ],
  },
  estates: {
    list: 'estates',
    optionsType: 'EstateListOptions',
    title: { zh: '小区', en: 'estates' },
    selection: 'id name address totalFloorArea residentialFloorArea households buildings elevators deliveredOn updatedAt district { name } subdistrict { name } community { name }',
    columns: [
      field('小区名称', 'name'), col('区县', 'district', (i) => i.district?.name), col('街道/乡镇', 'subdistrict', (i) => i.subdistrict?.name),
      col('社区', 'community', (i) => i.community?.name), field('地址', 'address'), field('总建筑面积', 'totalFloorArea'),
      field('住宅建筑面积', 'residentialFloorArea'), field('户数', 'households'), field('幢数', 'buildings'), field('电梯数', 'elevators'),
      field('交付日期', 'deliveredOn'), time('更新时间', 'updatedAt'),
    ],
  },
  elections: {
    list: 'elections',
    optionsType: 'ElectionListOptions',
    title: { zh: '业主委员会选举', en: 'elections' },
    selection: `id title kind seats phase plannedVotingOn updatedAt ${place}`,
    columns: [
      field('选举名称', 'title'), ...estateColumns((i) => i.estate), word('选举类型', 'kind', 'electionKind'), field('应选人数', 'seats'),
      word('状态', 'phase', 'electionPhase'), field('计划投票日期', 'plannedVotingOn'), time('更新时间', 'updatedAt'),
    ],
  },
  resolutions: {
    list: 'resolutions',
    optionsType: 'ResolutionListOptions',
    title: { zh: '业主大会表决', en: 'resolutions' },
    selection: `id title matter phase votingStartsOn votingEndsOn updatedAt ${place}`,
    columns: [
      field('表决事项', 'title'), ...estateColumns((i) => i.estate), field('事项类别', 'matter'), word('状态', 'phase', 'resolutionPhase'),
      field('投票开始日期', 'votingStartsOn'), field('投票截止日期', 'votingEndsOn'), time('更新时间', 'updatedAt'),
    ],
  },
  committeeFilings: {
    list: 'committeeFilings',
    optionsType: 'CommitteeFilingListOptions',
    title: { zh: '业主委员会备案', en: 'committee filings' },
    selection: `id kind eventDate dueOn overdue filingStatus filingNumber submittedAt decidedAt updatedAt committee { termNumber ${place} }`,
    columns: [
      ...estateColumns((i) => i.committee?.estate), col('届次', 'termNumber', (i) => i.committee?.termNumber),
      word('备案类别', 'kind', 'committeeFilingKind'), field('事项发生日', 'eventDate'), field('备案期限', 'dueOn'),
      word('逾期', 'overdue', 'yesNo'), word('备案状态', 'filingStatus', 'filingStatus'), field('备案编号', 'filingNumber'),
      time('提交时间', 'submittedAt'), time('审核时间', 'decidedAt'), time('更新时间', 'updatedAt'),
    ],
  },
  committees: {
    list: 'committees',
    optionsType: 'CommitteeListOptions',
    title: { zh: '业主委员会', en: 'committees' },
    selection: `id termNumber electedOn termStart termEnd updatedAt ${place}`,
    columns: [
      ...estateColumns((i) => i.estate), field('届次', 'termNumber'), field('选举日期', 'electedOn'), field('任期开始', 'termStart'),
      field('任期结束', 'termEnd'), time('更新时间', 'updatedAt'),
    ],
  },
};

export const EXPORT_RESOURCES = Object.keys(SPECS);

/** Most rows one export carries: a bigger one is narrowed with the list's filters first. */
export const MAX_EXPORT_ROWS = 10_000;

function text(value: unknown, group: string | undefined, language: 'zh' | 'en'): string {
  if (value === null || value === undefined) return '';
  const raw = String(value);
  return group && language === 'zh' ? (WORDS[group]?.[raw] ?? raw) : raw;
}

/** Every row of the list the caller may read with `filter`, as one sheet. */
export async function exportSheet(
  ctx: RequestContext,
  runQuery: RunQuery,
  resource: string,
  filter: Record<string, unknown> | null,
  language: 'zh' | 'en',
): Promise<Sheet> {
  const spec = SPECS[resource];
  if (!spec) throw fail.notFound('Export', resource);
  const query = `query Export($options: ${spec.optionsType}) { ${spec.list}(options: $options) { items { ${spec.selection} } nextCursor } }`;
  const items: Item[] = [];
  let after: string | null = null;
  do {
    const data = await runQuery(ctx, query, { options: { take: ctx.config.limits.maxTake, filter, ...(after ? { after } : {}) } });
    const page = data[spec.list] as { items: Item[]; nextCursor: string | null };
    items.push(...page.items);
    after = page.items.length > 0 ? page.nextCursor : null;
    if (items.length > MAX_EXPORT_ROWS) {
      throw fail.badField('filter', 'EXPORT_TOO_LARGE', `matches more than ${MAX_EXPORT_ROWS} rows; narrow it down`, { max: MAX_EXPORT_ROWS });
    }
  } while (after);
  return {
    name: spec.title[language],
    headers: spec.columns.map((c) => c[language]),
    rows: items.map((item) => spec.columns.map((c) => text(c.value(item), (c as { group?: string }).group, language))),
  };
}

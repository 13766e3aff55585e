/**
 * The columns of an import file, per kind: the Chinese and English headers a clerk may use, whether the
 * column is required, and an example row for the template. Pure (no server imports): the console builds its
 * template downloads from this same list.
 */
export type ImportKindName = 'FIRMS' | 'PROJECTS' | 'OWNER_ROLL';

export interface ImportColumn {
  /** stable key; also the `field` of a row's errors */
  key: string;
  zh: string;
  en: string;
  required: boolean;
  example: string;
  /** other headers accepted for this column */
  aliases?: readonly string[];
  /** the column must be there, but a row may leave it blank where the kind allows (an owner on a developer-held unit) */
  blankWhere?: string;
}

export const IMPORT_COLUMNS: Record<ImportKindName, readonly ImportColumn[]> = {
  FIRMS: [
    { key: 'name', zh: '企业名称', en: 'name', required: true, example: '湖州示范物业服务有限公司', aliases: ['名称'] },
    { key: 'creditCode', zh: '统一社会信用代码', en: 'creditCode', required: true, example: '91330502MA2B3C4D58', aliases: ['信用代码'] },
    { key: 'legalRepresentative', zh: '法定代表人', en: 'legalRepresentative', required: true, example: '沈建华' },
    { key: 'registeredAddress', zh: '注册地址', en: 'registeredAddress', required: true, example: '湖州市吴兴区人民路100号' },
    { key: 'contactPerson', zh: '联系人', en: 'contactPerson', required: true, example: '钱丽' },
    { key: 'contactPhone', zh: '联系电话', en: 'contactPhone', required: true, example: '13857212345' },
    { key: 'establishedOn', zh: '成立日期', en: 'establishedOn', required: false, example: '2015-03-18' },
    { key: 'district', zh: '所在区县', en: 'district', required: true, example: '吴兴区', aliases: ['区县', '区县代码', 'districtCode'] },
    { key: 'status', zh: '经营状态', en: 'status', required: false, example: '正常' },
  ],
  PROJECTS: [
    { key: 'name', zh: '项目名称', en: 'name', required: true, example: '龙庭小区物业服务项目', aliases: ['名称'] },
    { key: 'estate', zh: '小区', en: 'estate', required: true, example: '龙庭小区', aliases: ['小区名称'] },
    { key: 'firmCreditCode', zh: '物业企业统一社会信用代码', en: 'firmCreditCode', required: true, example: '91330502MA2B3C4D58', aliases: ['企业信用代码'] },
    { key: 'projectManager', zh: '项目经理', en: 'projectManager', required: true, example: '孙伟' },
    { key: 'managerPhone', zh: '项目经理电话', en: 'managerPhone', required: true, example: '13905721234' },
    { key: 'contractStart', zh: '合同开始日期', en: 'contractStart', required: true, example: '2027-01-01' },
    { key: 'contractEnd', zh: '合同结束日期', en: 'contractEnd', required: true, example: '2029-12-31' },
    { key: 'selectionMethod', zh: '选聘方式', en: 'selectionMethod', required: true, example: '招投标' },
    { key: 'billingModel', zh: '计费方式', en: 'billingModel', required: true, example: '包干制' },
    { key: 'residentialFee', zh: '住宅物业费', en: 'residentialFee', required: true, example: '1.99' },
    { key: 'commercialFee', zh: '商业物业费', en: 'commercialFee', required: false, example: '3.50' },
    { key: 'parkingFee', zh: '车位管理费', en: 'parkingFee', required: false, example: '' },
    { key: 'households', zh: '户数', en: 'households', required: true, example: '428' },
    { key: 'managedArea', zh: '管理面积', en: 'managedArea', required: true, example: '45210.50' },
  ],
  // one owner of one unit per row; co-owners are several rows of one unit, a developer-held unit one row without owner
  OWNER_ROLL: [
    { key: 'building', zh: '幢', en: 'building', required: true, example: '3幢', aliases: ['幢号', '楼幢', '楼号'] },
    { key: 'unitNo', zh: '单元', en: 'unitNo', required: false, example: '1单元', aliases: ['单元号'] },
    { key: 'room', zh: '室', en: 'room', required: true, example: '1101', aliases: ['室号', '房号'] },
    { key: 'area', zh: '专有面积', en: 'area', required: true, example: '89.12', aliases: ['专有部分面积'] },
    { key: 'areaSource', zh: '面积来源', en: 'areaSource', required: true, example: '不动产登记' },
    { key: 'developerHeld', zh: '开发商持有', en: 'developerHeld', required: false, example: '否' },
    // a company or another organisation may own units (单位业主): its name, and its credit code for the ID number
    { key: 'ownerKind', zh: '业主类型', en: 'ownerKind', required: false, example: '个人', aliases: ['证件类型'] },
    { key: 'name', zh: '业主姓名', en: 'name', required: true, example: '王芳', aliases: ['姓名', '业主名称'], blankWhere: 'developerHeld' },
    { key: 'idNumber', zh: '证件号码', en: 'idNumber', required: true, example: '11010519491231002X', aliases: ['身份证号', '身份证号码', '公民身份号码'], blankWhere: 'developerHeld' },
    { key: 'phone', zh: '电话', en: 'phone', required: false, example: '13857212345', aliases: ['联系电话', '手机'] },
    { key: 'designatedVoter', zh: '投票代表', en: 'designatedVoter', required: false, example: '是' },
  ],
};

/** Enum columns: the stored code for each word a clerk may write (Chinese label or the code itself). */
export const IMPORT_VALUES: Record<string, Record<string, string>> = {
  status: { 正常: 'ACTIVE', 存续: 'ACTIVE', 暂停: 'SUSPENDED', 停业: 'SUSPENDED', 注销: 'DEREGISTERED' },
  selectionMethod: { 招投标: 'TENDER', 招标: 'TENDER', 协议: 'AGREEMENT', 协议选聘: 'AGREEMENT', 业主大会: 'OWNERS_ASSEMBLY', 业主大会选聘: 'OWNERS_ASSEMBLY' },
  billingModel: { 包干制: 'LUMP_SUM', 酬金制: 'COMMISSION' },
  // docs/domain-rules.md#unit-area: the register first, then the survey, then the sales contract
  areaSource: { 不动产登记: 'REGISTER', 登记: 'REGISTER', 测绘: 'SURVEY', 实测: 'SURVEY', 购房合同: 'CONTRACT', 合同: 'CONTRACT' },
  // a register's 证件类型 names the papers: an ID card for a person, a business licence (its credit code) for an organisation
  ownerKind: {
    个人: 'PERSON', 自然人: 'PERSON', 居民身份证: 'PERSON', 身份证: 'PERSON',
    单位: 'ORGANISATION', 企业: 'ORGANISATION', 法人: 'ORGANISATION', 组织: 'ORGANISATION', 机构: 'ORGANISATION', 统一社会信用代码: 'ORGANISATION', 营业执照: 'ORGANISATION',
  },
};

export const ENUM_CODES: Record<string, readonly string[]> = {
  status: ['ACTIVE', 'SUSPENDED', 'DEREGISTERED'],
  selectionMethod: ['TENDER', 'AGREEMENT', 'OWNERS_ASSEMBLY'],
  billingModel: ['LUMP_SUM', 'COMMISSION'],
  areaSource: ['REGISTER', 'SURVEY', 'CONTRACT'],
  ownerKind: ['PERSON', 'ORGANISATION'],
};

/** The words an enum cell may hold, one per code in ENUM_CODES' order (the first Chinese word for it): for row errors. */
export function allowedWords(column: string): string[] {
  const words = Object.entries(IMPORT_VALUES[column] ?? {});
  return (ENUM_CODES[column] ?? []).map((code) => words.find(([, c]) => c === code)?.[0] ?? code);
}

/** The words a yes/no cell is told to hold (it also takes Y/N, TRUE/FALSE, 1/0). */
export const YES_NO_WORDS: readonly string[] = ['是', '否'];

const YES = ['是', 'Y', 'YES', 'TRUE', '1', '√'];
const NO = ['否', 'N', 'NO', 'FALSE', '0'];

/** A yes/no cell: true or false, false when blank, null when the word is neither. */
export function yesNo(raw: string): boolean | null {
  const text = raw.trim().toUpperCase();
  if (text === '' || NO.includes(text)) return false;
  return YES.includes(text) ? true : null;
}

/** Headers compare without blanks, a leading '*' (required marker) or case. */
function headerKey(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/[\s*＊]/g, '').toLowerCase();
}

/** The extra column of an error file: each failed row's messages, ignored when the fixed file is imported again. */
export const ERROR_COLUMN = { zh: '错误说明', en: 'importErrors' } as const;

export function isErrorColumn(header: string): boolean {
  const key = headerKey(header);
  return key === headerKey(ERROR_COLUMN.zh) || key === headerKey(ERROR_COLUMN.en);
}

/** The column a header names, or undefined. */
export function matchColumn(kind: ImportKindName, header: string): ImportColumn | undefined {
  const wanted = headerKey(header);
  return IMPORT_COLUMNS[kind].find((c) => [c.zh, c.en, ...(c.aliases ?? [])].some((h) => headerKey(h) === wanted));
}

/** The code for an enum cell ('' when blank, null when the word is not known). */
export function enumCode(column: string, raw: string): string | null {
  const text = raw.trim();
  if (text === '') return '';
  const upper = text.toUpperCase();
  if (ENUM_CODES[column]?.includes(upper)) return upper;
  return IMPORT_VALUES[column]?.[text] ?? null;
}

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV template: the header row in the chosen language and one example row; with a BOM so Excel reads UTF-8. */
export function templateCsv(kind: ImportKindName, language: 'zh' | 'en'): string {
  const columns = IMPORT_COLUMNS[kind];
  const header = columns.map((c) => csvCell(language === 'zh' ? c.zh : c.en)).join(',');
  const example = columns.map((c) => csvCell(c.example)).join(',');
  return `\uFEFF${header}\r\n${example}\r\n`;
}

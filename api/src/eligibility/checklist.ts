import { RuleProblem, throwIfAny } from '../shared/rule-violation';

/**
 * Candidate eligibility as versioned data (docs/domain-rules.md#eligibility, Zhejiang practice). The decision is computed
 * from named checks and stored with the checklist version; any local list (Huzhou's "四过硬、五不能、六不宜")
 * is another Checklist value, not new code.
 *
 * A check PASSes when the candidate meets a MUST condition or is clear of a DISQUALIFYING / UNSUITABLE one;
 * it FAILs when the condition is unmet or applies; PENDING until a reviewing body answers.
 */
export type CheckKind = 'MUST' | 'DISQUALIFYING' | 'UNSUITABLE';
export const CHECK_KINDS: readonly CheckKind[] = ['MUST', 'DISQUALIFYING', 'UNSUITABLE'];

export type CheckResult = 'PASS' | 'FAIL' | 'PENDING';
const CHECK_RESULTS: readonly CheckResult[] = ['PASS', 'FAIL', 'PENDING'];

/** Who usually answers a check (联审); the console translates the codes. */
export const REVIEWING_BODIES = [
  'ELECTION_ORGANISER', // 筹备组 / 换届小组
  'REAL_ESTATE_REGISTRY', // 不动产登记机构
  'RESIDENTS_COMMITTEE', // 社区居民委员会
  'COMMUNITY_PARTY_ORGANISATION', // 社区党组织
  'DISCIPLINE_INSPECTION', // 纪检监察机关
  'POLICE_STATION', // 派出所
  'COURT', // 法院
  'PROPERTY_FIRM', // 物业服务企业
  'MAINTENANCE_FUND_AUTHORITY', // 维修资金管理机构
  'SUBDISTRICT_OFFICE', // 街道办事处
] as const;
export type ReviewingBody = (typeof REVIEWING_BODIES)[number];

export interface LocalisedText {
  zh: string;
  en: string;
}

export interface ChecklistItem {
  /** Stable across versions while the meaning stays; a new meaning gets a new key. */
  key: string;
  kind: CheckKind;
  /** The condition itself: what must hold (MUST) or what must not apply (DISQUALIFYING, UNSUITABLE). */
  title: LocalisedText;
  suggestedReviewers: readonly ReviewingBody[];
}

export interface Checklist {
  id: string;
  version: number;
  source: string;
  /** Local names for the kinds, e.g. MUST → 四过硬. */
  kindTitles?: Partial<Record<CheckKind, LocalisedText>>;
  items: readonly ChecklistItem[];
}

const item = (key: string, kind: CheckKind, zh: string, en: string, ...suggestedReviewers: ReviewingBody[]): ChecklistItem =>
  ({ key, kind, title: { zh, en }, suggestedReviewers });

/** The built-in checklist's source as the printed review form says it (its stored `source` is the English note: published, kept). */
export const DEFAULT_CHECKLIST_SOURCE_ZH = '浙江省业委会委员候选人公告通行条件（2023—2025 年）；主管部门发布本地清单前暂用。';

/** A checklist's source as printed for a Chinese reader: the built-in one in its words, any other as its publisher wrote it. */
export function printedChecklistSource(source: string): string {
  return source === DEFAULT_CHECKLIST_V1.source ? DEFAULT_CHECKLIST_SOURCE_ZH : source;
}

export const DEFAULT_CHECKLIST_V1: Checklist = {
  id: 'zhejiang-default',
  version: 1,
  source: 'Zhejiang candidate notices 2023–2025 (docs/domain-rules.md#eligibility-checklist); until the authority supplies its own wording',
  items: [
    item('OWNER_IN_ESTATE', 'MUST', '本小区业主', 'owns a unit in the estate', 'REAL_ESTATE_REGISTRY', 'ELECTION_ORGANISER'),
    item('FULL_CIVIL_CAPACITY', 'MUST', '具有完全民事行为能力', 'has full civil capacity', 'RESIDENTS_COMMITTEE', 'COURT'),
    item('AGED_18_OR_OVER', 'MUST', '年满十八周岁', 'is aged 18 or over', 'ELECTION_ORGANISER'),
    item('RESIDENT_6_OF_12_MONTHS', 'MUST', '近一年在本小区居住满六个月', 'lived in the estate at least 6 of the past 12 months', 'RESIDENTS_COMMITTEE', 'PROPERTY_FIRM'),
    item('SIGNED_THREE_PLEDGES', 'MUST', '签署竞职、履职、辞职承诺', 'signed the candidacy, duty and resignation pledges', 'ELECTION_ORGANISER'),

    item('CRIMINAL_INVESTIGATION_OR_RECENT_PENALTY', 'DISQUALIFYING', '正在被刑事立案侦查，或刑罚执行完毕未满三年', 'under criminal investigation, or a criminal penalty ended less than 3 years ago', 'POLICE_STATION', 'COURT'),
    item('PARTY_DISCIPLINE', 'DISQUALIFYING', '正在接受纪律审查，或受严重党纪处分未满三年', 'under Party discipline investigation, or a serious Party sanction ended less than 3 years ago', 'COMMUNITY_PARTY_ORGANISATION', 'DISCIPLINE_INSPECTION'),
    item('CULT_OR_ILLEGAL_PETITIONS', 'DISQUALIFYING', '参与邪教组织，或组织、煽动非法上访', 'involved in a cult, or organised or incited illegal petitions', 'POLICE_STATION'),
    item('ORGANISED_CRIME', 'DISQUALIFYING', '利用黑恶势力', 'used organised-crime forces', 'POLICE_STATION'),
    item('OBSTRUCTED_ASSEMBLY', 'DISQUALIFYING', '阻挠、破坏业主大会召开、选举或表决', 'obstructed or disrupted an owners’ assembly, election or vote', 'SUBDISTRICT_OFFICE', 'RESIDENTS_COMMITTEE'),
    item('WORKS_FOR_ESTATE_FIRM', 'DISQUALIFYING', '在本小区物业服务企业任职', 'works for the estate’s property firm', 'PROPERTY_FIRM'),
    item('PROPERTY_FEE_ARREARS', 'DISQUALIFYING', '拒付、拖欠物业费，或煽动他人拒付', 'refuses or delays property fees, or incites others to', 'PROPERTY_FIRM'),
    item('MAINTENANCE_FUND_UNPAID', 'DISQUALIFYING', '未按规定交存专项维修资金', 'has not paid into the maintenance fund', 'MAINTENANCE_FUND_AUTHORITY'),
    item('REFUSES_COURT_RULINGS', 'DISQUALIFYING', '拒不履行人民法院生效裁判', 'refuses to carry out court rulings', 'COURT'),

    item('NOT_LIVING_IN_UNIT', 'UNSUITABLE', '不在本小区实际居住（出租、出借、空置）', 'no longer lives in the unit (rented out, lent or empty)', 'RESIDENTS_COMMITTEE', 'PROPERTY_FIRM'),
    item('OTHER_CHARGES_ARREARS', 'UNSUITABLE', '拖欠停车费、水电费或公共能耗费', 'in arrears on parking, utility or shared-energy charges', 'PROPERTY_FIRM'),
    item('CLOSE_RELATIVE_AT_FIRM', 'UNSUITABLE', '近亲属在本小区物业服务企业任职', 'a close relative works for the estate’s property firm', 'PROPERTY_FIRM'),
    item('ACCEPTED_FIRM_GIFTS', 'UNSUITABLE', '接受物业服务企业财物', 'has accepted gifts from the property firm', 'PROPERTY_FIRM', 'RESIDENTS_COMMITTEE'),
  ],
};

/** Structural checks for a checklist loaded as data; an empty list means it can be used. */
export function checkChecklist(checklist: Checklist): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (rule: string, message: string, subject?: string, args?: RuleProblem['args']) => problems.push({ rule, message, subject, args });
  if (!checklist.id?.trim()) add('CHECKLIST_ID', 'a checklist needs an id');
  if (!Number.isSafeInteger(checklist.version) || checklist.version < 1) add('CHECKLIST_VERSION', `version must be a positive whole number, got ${checklist.version}`, undefined, { version: String(checklist.version) });
  if (checklist.items.length === 0) add('CHECKLIST_EMPTY', 'a checklist needs at least one item');
  const keys = new Set<string>();
  for (const it of checklist.items) {
    if (!/^[A-Z][A-Z0-9_]*$/.test(it.key)) add('CHECKLIST_ITEM_KEY', 'keys are UPPER_SNAKE_CASE', it.key);
    if (keys.has(it.key)) add('CHECKLIST_ITEM_KEY_TWICE', 'the key is used twice', it.key);
    keys.add(it.key);
    if (!CHECK_KINDS.includes(it.kind)) add('CHECKLIST_ITEM_KIND', `kind must be MUST, DISQUALIFYING or UNSUITABLE, got '${it.kind}'`, it.key, { kind: String(it.kind) });
    if (!it.title?.zh?.trim() || !it.title?.en?.trim()) add('CHECKLIST_ITEM_TITLE', 'needs a Chinese and an English title', it.key);
    if (it.suggestedReviewers.length === 0 || it.suggestedReviewers.some((b) => !REVIEWING_BODIES.includes(b))) {
      add('CHECKLIST_ITEM_REVIEWER', 'needs at least one reviewing body from the known list', it.key);
    }
  }
  return problems;
}

/** One recorded check (联审 result) for one candidate. A checklist item without a check is PENDING. */
export interface EligibilityCheck {
  itemKey: string;
  result: CheckResult;
  reviewingBody?: ReviewingBody;
  reviewer?: string;
  date?: string;
  evidence?: string;
}

/** A written decision to accept a candidate despite a failed UNSUITABLE check. */
export interface EligibilityOverride {
  itemKey: string;
  reason: string;
  by?: string;
}

export type Eligibility = 'ELIGIBLE' | 'NOT_YET_ELIGIBLE' | 'INELIGIBLE';

export type DecisionReason =
  | 'DISQUALIFYING_FAILED'
  | 'UNSUITABLE_FAILED'
  | 'MUST_NOT_MET'
  | 'MUST_PENDING'
  | 'DISQUALIFYING_PENDING'
  | 'UNSUITABLE_PENDING'
  | 'UNSUITABLE_OVERRIDDEN'
  | 'PASSED';

export interface DecidingCheck {
  itemKey: string;
  kind: CheckKind;
  result: CheckResult;
  reason: DecisionReason;
  /** The body that answered, or the first suggested one while pending. */
  reviewingBody: ReviewingBody;
  overrideReason?: string;
  why: string;
}

export interface EligibilityDecision {
  checklistId: string;
  checklistVersion: number;
  decision: Eligibility;
  /** The checks that decided, most serious first; for ELIGIBLE every item, with overrides named. */
  decidedBy: DecidingCheck[];
}

function reasonFor(kind: CheckKind, result: CheckResult, overridden: boolean): DecisionReason {
  if (result === 'PASS') return 'PASSED';
  if (kind === 'MUST') return result === 'FAIL' ? 'MUST_NOT_MET' : 'MUST_PENDING';
  if (kind === 'DISQUALIFYING') return result === 'FAIL' ? 'DISQUALIFYING_FAILED' : 'DISQUALIFYING_PENDING';
  if (result === 'PENDING') return 'UNSUITABLE_PENDING';
  return overridden ? 'UNSUITABLE_OVERRIDDEN' : 'UNSUITABLE_FAILED';
}

const WHY: Record<DecisionReason, (title: string, override?: string) => string> = {
  DISQUALIFYING_FAILED: (t) => `found: ${t} — disqualifying (不能), the candidate cannot stand`,
  UNSUITABLE_FAILED: (t) => `found: ${t} — unsuitable (不宜) and not overridden with a written reason`,
  MUST_NOT_MET: (t) => `not met: ${t} — eligible only once it is met and checked again`,
  MUST_PENDING: (t) => `awaiting review: ${t}`,
  DISQUALIFYING_PENDING: (t) => `awaiting review: ${t}`,
  UNSUITABLE_PENDING: (t) => `awaiting review: ${t}`,
  UNSUITABLE_OVERRIDDEN: (t, o) => `found: ${t} — unsuitable (不宜), accepted because: ${o}`,
  PASSED: (t) => `checked: ${t}`,
};

// the order decidedBy lists reasons in: what decides most first
const SERIOUSNESS: readonly DecisionReason[] = [
  'DISQUALIFYING_FAILED', 'UNSUITABLE_FAILED', 'MUST_NOT_MET', 'MUST_PENDING', 'DISQUALIFYING_PENDING', 'UNSUITABLE_PENDING', 'UNSUITABLE_OVERRIDDEN', 'PASSED',
];
const INELIGIBLE_REASONS: readonly DecisionReason[] = ['DISQUALIFYING_FAILED', 'UNSUITABLE_FAILED'];
const NOT_YET_REASONS: readonly DecisionReason[] = ['MUST_NOT_MET', 'MUST_PENDING', 'DISQUALIFYING_PENDING', 'UNSUITABLE_PENDING'];

/**
 * The decision per docs/domain-rules.md#eligibility-decision: a disqualifying FAIL, or an unsuitable FAIL not overridden with a written
 * reason → INELIGIBLE; otherwise any MUST not passed, or any check still PENDING → NOT_YET_ELIGIBLE; else
 * ELIGIBLE. A MUST that FAILed and one still PENDING both leave the candidate NOT_YET_ELIGIBLE (the rule says
 * "not passed"): a FAIL is reported as unmet, listed before the pending ones, and turns into a pass only by a
 * new check once the condition is met (e.g. the pledges signed). A pending UNSUITABLE check also holds the
 * decision: an override accepts a known failure, it does not replace the review.
 */
export function decideEligibility(
  checklist: Checklist,
  checks: readonly EligibilityCheck[],
  overrides: readonly EligibilityOverride[] = [],
): EligibilityDecision {
  throwIfAny(checkChecklist(checklist));
  const itemsByKey = new Map(checklist.items.map((i) => [i.key, i]));
  const problems: RuleProblem[] = [];
  const checkOf = new Map<string, EligibilityCheck>();
  for (const check of checks) {
    if (!itemsByKey.has(check.itemKey)) problems.push({ rule: 'ELIGIBILITY_UNKNOWN_ITEM', subject: check.itemKey, message: `not an item of checklist ${checklist.id} v${checklist.version}`, args: { checklistId: String(checklist.id), version: checklist.version } });
    else if (checkOf.has(check.itemKey)) problems.push({ rule: 'ELIGIBILITY_DUPLICATE_CHECK', subject: check.itemKey, message: 'the item has two checks; keep the current one' });
    if (!CHECK_RESULTS.includes(check.result)) problems.push({ rule: 'ELIGIBILITY_INVALID_RESULT', subject: check.itemKey, message: `result must be PASS, FAIL or PENDING, got '${check.result}'`, args: { result: String(check.result) } });
    checkOf.set(check.itemKey, check);
  }
  const overrideOf = new Map<string, EligibilityOverride>();
  for (const override of overrides) {
    const target = itemsByKey.get(override.itemKey);
    if (!target) problems.push({ rule: 'ELIGIBILITY_OVERRIDE_UNKNOWN_ITEM', subject: override.itemKey, message: `not an item of checklist ${checklist.id} v${checklist.version}`, args: { checklistId: String(checklist.id), version: checklist.version } });
    else if (target.kind !== 'UNSUITABLE') problems.push({ rule: 'ELIGIBILITY_OVERRIDE_NOT_ALLOWED', subject: override.itemKey, message: `only unsuitable (不宜) items can be overridden; this one is ${target.kind}`, args: { kind: target.kind } });
    if (!override.reason?.trim()) problems.push({ rule: 'ELIGIBILITY_OVERRIDE_WITHOUT_REASON', subject: override.itemKey, message: 'an override needs a written reason' });
    if (overrideOf.has(override.itemKey)) problems.push({ rule: 'ELIGIBILITY_DUPLICATE_OVERRIDE', subject: override.itemKey, message: 'the item is overridden twice' });
    overrideOf.set(override.itemKey, override);
  }
  throwIfAny(problems);

  const all: DecidingCheck[] = checklist.items.map((it) => {
    const check = checkOf.get(it.key);
    const result = check?.result ?? 'PENDING';
    const override = overrideOf.get(it.key);
    const reason = reasonFor(it.kind, result, override !== undefined);
    const overrideReason = reason === 'UNSUITABLE_OVERRIDDEN' ? override!.reason.trim() : undefined;
    return {
      itemKey: it.key,
      kind: it.kind,
      result,
      reason,
      reviewingBody: check?.reviewingBody ?? it.suggestedReviewers[0],
      ...(overrideReason ? { overrideReason } : {}),
      why: WHY[reason](it.title.en, overrideReason),
    };
  });
  const ranked = (reasons: readonly DecisionReason[]) =>
    all.filter((c) => reasons.includes(c.reason)).sort((a, b) => SERIOUSNESS.indexOf(a.reason) - SERIOUSNESS.indexOf(b.reason));

  const ineligible = ranked(INELIGIBLE_REASONS);
  const notYet = ranked(NOT_YET_REASONS);
  const base = { checklistId: checklist.id, checklistVersion: checklist.version };
  if (ineligible.length > 0) return { ...base, decision: 'INELIGIBLE', decidedBy: ineligible };
  if (notYet.length > 0) return { ...base, decision: 'NOT_YET_ELIGIBLE', decidedBy: notYet };
  return { ...base, decision: 'ELIGIBLE', decidedBy: ranked(SERIOUSNESS) };
}

export interface SlateWarning {
  rule: 'SLATE_PARTY_MEMBERS_BELOW_HALF';
  partyMembers: number;
  candidates: number;
  /** The fewest Party members that would meet the half. */
  needed: number;
  message: string;
}

/** 原则上 Party members are at least half of the candidates: a warning to show, never a block. */
export function slateWarning(candidates: ReadonlyArray<{ partyMember: boolean }>): SlateWarning | null {
  const partyMembers = candidates.filter((c) => c.partyMember).length;
  if (2 * partyMembers >= candidates.length) return null;
  const needed = Math.ceil(candidates.length / 2);
  return {
    rule: 'SLATE_PARTY_MEMBERS_BELOW_HALF',
    partyMembers,
    candidates: candidates.length,
    needed,
    message: `${partyMembers} of ${candidates.length} candidates are Party members; in principle at least ${needed} should be`,
  };
}

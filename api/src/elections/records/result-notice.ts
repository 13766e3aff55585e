import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { toHundredths } from '../../shared/decimal';
import { chineseDay, dateInChina } from '../../shared/iso-date';
import { pdfDocument, pdfSection, pdfTable } from '../../shared/pdf';
import type {
  ElectionRecord, RecordCheck, RecordTotals, ResolutionRecord, SealedRecord,
} from './vote-record';

/**
 * The printable notices of a vote, in Chinese as they are posted in the estate: 选举结果公告 for an election and
 * 表决结果公告 for a resolution. Built only from the stored record (roll totals, result, seal) and the names
 * that label it, so the paper says what the sealed record says.
 */
export interface NoticeLabels {
  /** e.g. 龙庭小区 */
  estateName: string;
  /** e.g. 湖州市吴兴区龙泉街道 */
  place: string;
  title: string;
  /** a resolution's text */
  description?: string;
  /** 首次选举 / 换届选举 / 补选 */
  electionKind?: string;
  plannedVotingOn?: string | null;
  /** the voting period announced to the owners (the days the vote was bound to: announced-period.ts) */
  votingStartsOn?: string | null;
  votingEndsOn?: string | null;
  /** every announcement of the voting period, oldest first (announced_period): a period announced anew shows what came before */
  votingAnnouncements?: ReadonlyArray<{ announcedAt: string; startsOn: string | null; endsOn: string | null }>;
  /** an election: the day its vote was closed (entering counting the first time; a recount counts later) */
  votingClosedOn?: string | null;
  /** the day the result was certified (elections) or the vote closed (resolutions) */
  decidedOn?: string | null;
  /** the verification command shown under the seal */
  verifyHint?: string;
}

const MATTER_ITEMS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

const MATTER: Record<string, string> = {
  RULES_OF_PROCEDURE: '制定和修改业主大会议事规则',
  MANAGEMENT_COVENANT: '制定和修改管理规约',
  ELECT_OR_REPLACE_COMMITTEE: '选举业主委员会或者更换业主委员会成员',
  HIRE_OR_DISMISS_MANAGER: '选聘和解聘物业服务企业或者其他管理人',
  USE_MAINTENANCE_FUND: '使用建筑物及其附属设施的维修资金',
  RAISE_MAINTENANCE_FUND: '筹集建筑物及其附属设施的维修资金',
  REBUILD: '改建、重建建筑物及其附属设施',
  CHANGE_USE_OF_COMMON_PARTS: '改变共有部分的用途或者利用共有部分从事经营活动',
  OTHER_MAJOR_MATTER: '有关共有和共同管理权利的其他重大事项',
};

const RULE: Record<string, string> = {
  QUORUM_TWO_THIRDS: '参与表决的专有部分面积和人数均须占三分之二以上',
  MORE_THAN_HALF: '须经参与表决专有部分面积过半数且参与表决人数过半数的业主同意',
  THREE_QUARTERS: '须经参与表决专有部分面积四分之三以上且参与表决人数四分之三以上的业主同意',
};

const CANDIDATE_STATUS: Record<string, string> = {
  ELECTED: '当选',
  TIED_AT_LAST_SEAT: '末位票数相同',
  PASSED_NOT_ELECTED: '过半数但名额已满',
  NOT_PASSED: '未过半数',
  NO_QUORUM: '参与人数不足',
};

const OPTION: Record<string, string> = { YES: '同意', NO: '反对', ABSTAIN: '弃权' };
const OUTCOME: Record<string, string> = { PASSED: '通过', REJECTED: '未通过', NO_QUORUM: '参与表决的业主不足三分之二，不能作出决定' };
const DEEMED: Record<string, string> = {
  OFF: '未启用',
  NO_QUORUM: '参与人数不足，未适用',
  NO_CLEAR_MAJORITY: '没有明确多数，未适用',
  APPLIED: '未投票的业主已计入多数方',
};

/** "250/360（69.44%）": the exact fraction, with a percentage (two places, rounded down) for reading only. */
export function shareText(fraction: string): string {
  const [part, whole] = fraction.split('/');
  const [p, w] = [BigInt(toHundredths(part)), BigInt(toHundredths(whole))];
  if (w === 0n) return `${fraction}（—）`;
  const basisPoints = (p * 10000n) / w;
  // rounded down, so a share just under a threshold never reads as reaching it; on its own line so a cell never splits it
  return `${fraction}\n（${basisPoints / 100n}.${String(basisPoints % 100n).padStart(2, '0')}%）`;
}

const yesNo = (met: boolean) => (met ? '达到' : '未达到');
const totalsText = (t: RecordTotals) => `${t.headcount} 人，专有部分面积 ${t.area} 平方米`;
/** A day as 2026年12月6日; an instant (roll fixed, counted, sealed) as its day in China, not in UTC. */
const dateText = (iso: string | null | undefined) => (!iso ? '—' : chineseDay(iso.length === 10 ? iso : dateInChina(new Date(iso))));
/** The announced period beside the days the vote actually ran: they differ when it closed late, or early with everyone voted. */
const periodText = (labels: NoticeLabels, opened: string, closed: string | null) =>
  `投票期间：公告 ${dateText(labels.votingStartsOn)} 至 ${dateText(labels.votingEndsOn)}${announcementsText(labels)}，实际 ${dateText(opened)} 至 ${closed ? dateText(closed) : '—'}`;
/** A period announced more than once lists each announcement, so the notice shows what the owners were told before. */
function announcementsText(labels: NoticeLabels): string {
  const told = labels.votingAnnouncements ?? [];
  if (told.length < 2) return '';
  const each = told.map((a, i) => `${dateText(a.announcedAt)} ${i === 0 ? '公告' : '改为'} ${dateText(a.startsOn)} 至 ${dateText(a.endsOn)}`);
  return `（历次公告：${each.join('；')}）`;
}

function checkRows(name: string, check: RecordCheck): TableCell[][] {
  // 以上 includes the bound, 过半数 does not (Civil Code Art. 1259)
  const standard = `${check.inclusive ? '≥' : '>'} ${check.threshold}`;
  return [
    [{ text: name, rowSpan: 2 }, '人数', shareText(check.headcount.fraction), standard, yesNo(check.headcount.met)],
    ['', '面积', shareText(check.area.fraction), standard, yesNo(check.area.met)],
  ];
}

const table = pdfTable;
const section = pdfSection;

function sealBlock(record: SealedRecord | ElectionRecord | ResolutionRecord, labels: NoticeLabels): Content[] {
  const seal = 'seal' in record ? record.seal : null;
  return [
    section('记录封存'),
    seal
      ? {
          stack: [
            `本公告依据的业主名册（投票开始时固定）、全部选票和计票结果已于 ${dateText(seal.sealedAt)} 封存，封存值（SHA-256）：`,
            { text: seal.sha256, style: 'seal' },
            // a notice board's reader is an owner: where to check, not a developer's command (users' review F6; docs/domain-rules.md#vote-record)
            labels.verifyHint ?? '核验方法：业主可向街道（乡镇）申请查阅本次投票的记录文件，按上列封存值核对；记录与封存值相符，方为封存时的记录。',
          ],
        }
      : { text: '本结果尚未封存：选举结果经街道（乡镇）确认后封存。', color: '#a00' },
  ];
}

function header(labels: NoticeLabels, heading: string): Content[] {
  return [
    { text: `${labels.estateName}${heading}`, style: 'title' },
    { text: labels.title, style: 'subtitle' },
    { text: labels.place, alignment: 'center', fontSize: 9, color: '#555', margin: [0, 0, 0, 12] },
  ];
}

function rollSection(record: ElectionRecord | ResolutionRecord): Content[] {
  const { roll, result } = record;
  return [
    section('业主名册与参与表决情况'),
    {
      ul: [
        `业主名册于投票开始时（${dateText(roll.takenAt)}）固定：共 ${totalsText(roll.totals)}（开发建设单位未出售的房屋计为一人，一人拥有多套房屋计为一人）。`,
        `参与表决：${totalsText(result.participating)}，有效选票 ${result.ballots} 张。`,
      ],
      margin: [0, 0, 0, 4],
    },
    table(['门槛', '计算', '比例', '标准', '结果'], checkRows('参与表决', result.quorum), [60, 30, '*', 44, 40]),
    { text: `依据《中华人民共和国民法典》第二百七十八条：${RULE[result.quorum.rule]}。`, fontSize: 9, color: '#333' },
  ];
}

const TIE_METHOD: Record<string, string> = { RUNOFF_VOTE: '再次投票', DRAWING_LOTS: '抽签' };

/** How the rules of procedure settled the tie at the last seat, as the notice says it (docs/domain-rules.md#election-tally). */
export function tieSettlementText(record: ElectionRecord): string | null {
  const settlement = record.tieSettlement;
  if (!settlement) return null;
  const nameOf = new Map(record.result.candidates.map((c) => [c.id, c.name]));
  const tie = record.result.issues.find((i) => i.code === 'TIE_AT_LAST_SEAT');
  const tied = (tie?.candidates ?? []).map((id) => nameOf.get(id) ?? id).join('、');
  const chosen = settlement.chosen.map((id) => nameOf.get(id) ?? id).join('、');
  return `末位候选人${tied}得票相同，按业主大会议事规则于 ${dateText(settlement.decidedOn)} 以${TIE_METHOD[settlement.method] ?? settlement.method}方式确定 ${chosen} 当选（${settlement.note}）。`;
}

export function electionNotice(record: ElectionRecord | (ElectionRecord & SealedRecord), labels: NoticeLabels): TDocumentDefinitions {
  const { result } = record;
  const chosen = new Set(record.tieSettlement?.chosen ?? []);
  const settledText = tieSettlementText(record);
  // the chosen of a settled tie are elected beside those elected outright
  const statusOf = (c: { id: string; status: string }) => (chosen.has(c.id) ? 'ELECTED' : settledText && c.status === 'TIED_AT_LAST_SEAT' ? 'PASSED_NOT_ELECTED' : c.status);
  const elected = result.candidates.filter((c) => statusOf(c) === 'ELECTED');
  const candidateRows = result.candidates.map((c) => [
    c.rank,
    c.name,
    c.approvals.headcount,
    shareText(c.pass.headcount.fraction),
    c.approvals.area,
    shareText(c.pass.area.fraction),
    chosen.has(c.id) ? '当选（按议事规则确定）' : CANDIDATE_STATUS[statusOf(c)] ?? c.status,
  ]);
  const content: Content[] = [
    ...header(labels, '业主委员会选举结果公告'),
    section('选举概况'),
    {
      ul: [
        `选举类型：${labels.electionKind ?? '—'}；应选委员 ${result.seats} 名。`,
        `计划投票日：${dateText(labels.plannedVotingOn)}；实际投票日：${dateText(result.votedOn)}；计票时间：${dateText(result.countedAt)}。`,
        `${periodText(labels, record.roll.takenAt, labels.votingClosedOn ?? null)}。`,
        `表决事项：《民法典》第二百七十八条第一款第（${MATTER_ITEMS[Number(result.article278Item) - 1]}）项 ${MATTER[result.matter]}。`,
        `视为同意计票：${result.deemedVotes ? '启用' : '未启用'}。`,
      ],
    },
    ...rollSection(record),
    section('候选人得票情况'),
    table(['名次', '候选人', '同意人数', '占参与人数', '同意面积（m²）', '占参与面积', '结果'], candidateRows, [24, '*', 40, 80, 60, 100, 60]),
    { text: `当选标准：${RULE[result.candidates[0]?.pass.rule ?? 'MORE_THAN_HALF']}；按同意人数排名，依次当选至应选名额。`, fontSize: 9, color: '#333' },
    ...result.issues
      .filter((issue) => !(settledText && (issue.code === 'TIE_AT_LAST_SEAT' || issue.code === 'SEATS_UNFILLED')))
      .map((issue): Content => ({ text: `说明：${issueText(issue.code, issue.message, result)}`, fontSize: 9, color: '#a00' })),
    settledText ? { text: `说明：${settledText}`, fontSize: 9 } : '',
    section('当选业主委员会委员'),
    elected.length
      ? { text: elected.map((c) => c.name).join('、'), style: 'elected' }
      : { text: '无人当选。', style: 'elected' },
    labels.decidedOn ? { text: `选举结果于 ${dateText(labels.decidedOn)} 经街道（乡镇）确认。`, margin: [0, 4, 0, 0] } : '',
    ...sealBlock(record, labels),
    // a first election is organised by the preparatory group, a re-election or a by-election by the committee's election group
    ...closing(labels, labels.electionKind === '首次选举' ? '业主大会筹备组' : '业主委员会换届（补选）工作小组'),
  ];
  return document(content, `${labels.estateName}业主委员会选举结果公告`);
}

function issueText(code: string, message: string, result: ElectionRecord['result']): string {
  switch (code) {
    case 'NO_QUORUM':
      return '参与表决的业主人数或面积不足三分之二，无人当选。';
    case 'TIE_AT_LAST_SEAT':
      return '末位候选人得票相同，须按议事规则决定。';
    case 'SEATS_UNFILLED':
      return `当选 ${result.elected.length} 名，少于应选名额 ${result.seats} 名。`;
    default:
      return message;
  }
}

export function resolutionNotice(record: ResolutionRecord | (ResolutionRecord & SealedRecord), labels: NoticeLabels): TDocumentDefinitions {
  const { result } = record;
  const optionRows = result.options.map((o) => [OPTION[o.option], o.votes.headcount, o.votes.area]);
  const content: Content[] = [
    ...header(labels, '业主大会表决结果公告'),
    section('表决事项'),
    {
      ul: [
        `事项：${labels.title}${labels.description ? `。${labels.description}` : ''}`,
        `类别：《民法典》第二百七十八条第一款第（${MATTER_ITEMS[Number(result.article278Item) - 1]}）项 ${MATTER[result.matter]}。`,
        // a resolution is counted the moment its vote closes
        `${periodText(labels, record.roll.takenAt, result.countedAt)}；计票时间：${dateText(result.countedAt)}。`,
        `视为同意计票：${result.deemedVotes ? `启用（${DEEMED[result.deemed.outcome] ?? result.deemed.outcome}）` : '未启用'}。`,
      ],
    },
    ...rollSection(record),
    section('表决情况'),
    table(['意见', '人数', '专有部分面积（m²）'], optionRows, ['*', 80, 120]),
    table(['门槛', '计算', '比例', '标准', '结果'], checkRows('同意', result.pass), [60, 30, '*', 44, 40]),
    { text: `通过标准：${RULE[result.pass.rule]}。`, fontSize: 9, color: '#333' },
    section('表决结果'),
    { text: OUTCOME[result.outcome] ?? result.outcome, style: 'elected' },
    ...sealBlock(record, labels),
    ...closing(labels, '业主大会'),
  ];
  return document(content, `${labels.estateName}业主大会表决结果公告`);
}

/** A notice ends as a posted notice does: who gives it and when, kept together on one page. */
function closing(labels: NoticeLabels, issuer: string): Content[] {
  return [
    {
      unbreakable: true,
      stack: [
        { text: '特此公告。', margin: [0, 12, 0, 8] },
        { text: `${labels.estateName}${issuer}`, alignment: 'right' },
        { text: labels.decidedOn ? dateText(labels.decidedOn) : '　　年　　月　　日', alignment: 'right' },
      ],
    },
  ];
}

const document = pdfDocument;

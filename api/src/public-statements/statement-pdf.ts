import type { Content } from 'pdfmake/interfaces';
import { IncomeCategory, SpendingCategory } from '../committee-accounts/account-states';
import { WithdrawalCategory } from '../repair-fund/withdrawal-states';
import { chineseDay, dateInChina } from '../shared/iso-date';
import { pdfDocument, renderPdf } from '../shared/pdf';

/** The printed names of the categories (the console's zh-CN labels say the same). */
export const CATEGORY_LABELS: Record<IncomeCategory | SpendingCategory, string> = {
  PARKING: '停车收益',
  ADVERTISING: '广告收益',
  VENUE_AND_SPACE_RENTAL: '场地及用房租赁',
  TELECOM_FACILITIES: '通信设施占用',
  INTEREST: '利息',
  OTHER_INCOME: '其他收入',
  REPAIRS_AND_MAINTENANCE: '维修养护',
  PUBLIC_SERVICES: '公共服务',
  COMMITTEE_OPERATIONS: '业委会工作经费',
  COMMUNITY_ACTIVITIES: '业主活动',
  TAXES_AND_FEES: '税费及手续费',
  OTHER_SPENDING: '其他支出',
};

export const WITHDRAWAL_LABELS: Record<WithdrawalCategory, string> = {
  ELEVATOR: '电梯',
  WATER_AND_DRAINAGE: '给排水',
  ELECTRICAL_AND_LIGHTING: '电气照明',
  ROOF_AND_WALLS: '屋面墙体',
  ROADS_AND_PARKING: '道路停车',
  FIRE_SAFETY: '消防设施',
  DOORS_AND_SECURITY: '门禁安防',
  GREENERY: '绿化',
  OTHER: '其他',
};

type Line = { category: string; amount: string };

/** A statement as printed: a period, the balance brought forward, what came in and went out, the balance carried. */
interface PrintedStatement {
  title: string;
  period: string;
  opening: string;
  ins: { heading: string; lines: Array<[string, string]>; total: string };
  outs: { heading: string; lines: Array<[string, string]>; total: string };
  closing: string;
  footer: string;
}

function table(rows: Array<[string, string]>, total: [string, string]): Content {
  return {
    table: {
      widths: ['*', 120],
      body: [
        ...rows.map(([name, amount]) => [name, { text: amount, alignment: 'right' as const }]),
        [{ text: total[0], bold: true }, { text: total[1], bold: true, alignment: 'right' as const }],
      ],
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 6],
  };
}

function printed(s: PrintedStatement): Promise<Buffer> {
  const content: Content[] = [
    { text: s.title, style: 'title' },
    { text: `${s.period}　单位：元`, style: 'subtitle' },
    { text: '期初余额', style: 'section' },
    table([], ['期初余额', s.opening]),
    { text: s.ins.heading, style: 'section' },
    table(s.ins.lines, [`${s.ins.heading}合计`, s.ins.total]),
    { text: s.outs.heading, style: 'section' },
    table(s.outs.lines, [`${s.outs.heading}合计`, s.outs.total]),
    { text: '期末余额', style: 'section' },
    table([], ['期末余额', s.closing]),
    { text: s.footer, style: 'seal', margin: [0, 12, 0, 0] },
  ];
  return renderPdf(pdfDocument(content, s.title));
}

const periodText = (year: number, quarter: number | null, from: string, to: string) => `${year}年${quarter ? `第${quarter}季度` : '度'}（${chineseDay(from)} 至 ${chineseDay(to)}）`;
const labelled = (lines: Line[], labels: Record<string, string>): Array<[string, string]> => lines.map((l) => [labels[l.category] ?? l.category, l.amount]);

export interface PrintableBookStatement {
  estateName: string;
  year: number;
  /** null for the year */
  quarter: number | null;
  from: string;
  to: string;
  opening: string;
  income: string;
  incomeByCategory: Line[];
  spending: string;
  spendingByCategory: Line[];
  closing: string;
  publishedAt: Date | null;
}

/** A committee book's published quarter or year as the community posts it (公共收益收支情况公示). */
export function bookStatementPdf(s: PrintableBookStatement): Promise<Buffer> {
  return printed({
    title: `${s.estateName}公共收益收支情况公示`,
    period: periodText(s.year, s.quarter, s.from, s.to),
    opening: s.opening,
    ins: { heading: '收入', lines: labelled(s.incomeByCategory, CATEGORY_LABELS), total: s.income },
    outs: { heading: '支出', lines: labelled(s.spendingByCategory, CATEGORY_LABELS), total: s.spending },
    closing: s.closing,
    footer: `本表经业主委员会结账、社区会签后公开${s.publishedAt ? `（公开时间：${chineseDay(dateInChina(s.publishedAt))}）` : ''}。业主如有疑问，可向业主委员会或社区查询。`,
  });
}

export interface PrintableFundStatement {
  estateName: string;
  projectName: string;
  year: number;
  quarter: number | null;
  from: string;
  to: string;
  opening: string;
  accruals: string;
  withdrawals: string;
  withdrawalsByCategory: Line[];
  closing: string;
}

/** A small-repair fund's quarter or year (以养代修): the months set aside in, the approved repairs out. */
export function fundStatementPdf(s: PrintableFundStatement): Promise<Buffer> {
  return printed({
    title: `${s.estateName}小额维修资金收支情况公示`,
    period: periodText(s.year, s.quarter, s.from, s.to),
    opening: s.opening,
    ins: { heading: '计提', lines: [[`按月计提（${s.projectName}）`, s.accruals]], total: s.accruals },
    outs: { heading: '维修支出', lines: labelled(s.withdrawalsByCategory, WITHDRAWAL_LABELS), total: s.withdrawals },
    closing: s.closing,
    footer: '本表由各月已入账的计提（含更正）与社区批准的维修支出编制，所列期间各月均已入账。业主如有疑问，可向业主委员会或社区查询。',
  });
}

import type { Content } from 'pdfmake/interfaces';
import { pdfDocument, renderPdf } from '../shared/pdf';
import { dateInChina } from '../shared/iso-date';
import { IncomeCategory, SpendingCategory } from './account-states';

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

export interface PrintableStatement {
  estateName: string;
  year: number;
  quarter: number;
  from: string;
  to: string;
  opening: string;
  income: string;
  incomeByCategory: Array<{ category: string; amount: string }>;
  spending: string;
  spendingByCategory: Array<{ category: string; amount: string }>;
  closing: string;
  publishedAt: Date | null;
}

const label = (category: string) => CATEGORY_LABELS[category as IncomeCategory] ?? category;

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

/** The published statement as the community posts it (公共收益收支情况公示), in the notices' page and font. */
export function statementPdf(s: PrintableStatement): Promise<Buffer> {
  const title = `${s.estateName}公共收益收支情况公示`;
  const content: Content[] = [
    { text: title, style: 'title' },
    { text: `${s.year}年第${s.quarter}季度（${s.from} 至 ${s.to}）　单位：元`, style: 'subtitle' },
    { text: '期初余额', style: 'section' },
    table([], ['期初余额', s.opening]),
    { text: '收入', style: 'section' },
    table(s.incomeByCategory.map((l) => [label(l.category), l.amount]), ['收入合计', s.income]),
    { text: '支出', style: 'section' },
    table(s.spendingByCategory.map((l) => [label(l.category), l.amount]), ['支出合计', s.spending]),
    { text: '期末余额', style: 'section' },
    table([], ['期末余额', s.closing]),
    {
      text: `本表经业主委员会结账、社区会签后公开${s.publishedAt ? `（公开时间：${dateInChina(s.publishedAt)}）` : ''}。业主如有疑问，可向业主委员会或社区查询。`,
      style: 'seal',
      margin: [0, 12, 0, 0],
    },
  ];
  return renderPdf(pdfDocument(content, title));
}

import { Table, TableBody, TableCell, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { yuan } from '../shared/money';

export interface StatementView {
  opening: string;
  income: string;
  spending: string;
  closing: string;
  incomeByCategory: Array<{ category: string; amount: string }>;
  spendingByCategory: Array<{ category: string; amount: string }>;
}

/** One line of a statement: a category indented under its total, a total in bold, money out with its minus. */
export function AmountRow({ label, amount, indent, strong, minus, testId }: { label: string; amount: string; indent?: boolean; strong?: boolean; minus?: boolean; testId?: string }) {
  return (
    <TableRow>
      <TableCell sx={{ pl: indent ? 4 : undefined, fontWeight: strong ? 700 : undefined }}>{label}</TableCell>
      <TableCell align="right" sx={{ fontWeight: strong ? 700 : undefined }} data-testid={testId}>
        {minus ? '−' : ''}
        {yuan(amount)}
      </TableCell>
    </TableRow>
  );
}

/** Opening, income and spending by category, closing: the same table signed in and on the public page. */
export function StatementTable({ statement: s, testId }: { statement: StatementView; testId?: string }) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ maxWidth: 560 }} data-testid={testId}>
      <TableBody>
        <AmountRow label={translate('wuye.money.opening')} amount={s.opening} testId="statement-opening" />
        {s.incomeByCategory.map((c) => (
          <AmountRow key={c.category} label={translate(`wuye.entryCategory.${c.category}`)} amount={c.amount} indent />
        ))}
        <AmountRow label={translate('wuye.money.income')} amount={s.income} strong testId="statement-income" />
        {s.spendingByCategory.map((c) => (
          <AmountRow key={c.category} label={translate(`wuye.entryCategory.${c.category}`)} amount={c.amount} indent minus />
        ))}
        <AmountRow label={translate('wuye.money.spending')} amount={s.spending} strong minus testId="statement-spending" />
        <AmountRow label={translate('wuye.money.closing')} amount={s.closing} strong testId="statement-closing" />
      </TableBody>
    </Table>
  );
}

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

/** Opening, income and spending by category, closing: the same table signed in and on the public page. */
export function StatementTable({ statement: s, testId }: { statement: StatementView; testId?: string }) {
  const translate = useTranslate();
  const line = (label: string, amount: string, options: { indent?: boolean; strong?: boolean; minus?: boolean; testId?: string } = {}) => (
    <TableRow key={label}>
      <TableCell sx={{ pl: options.indent ? 4 : undefined, fontWeight: options.strong ? 700 : undefined }}>{label}</TableCell>
      <TableCell align="right" sx={{ fontWeight: options.strong ? 700 : undefined }} data-testid={options.testId}>
        {options.minus ? '−' : ''}
        {yuan(amount)}
      </TableCell>
    </TableRow>
  );
  return (
    <Table size="small" sx={{ maxWidth: 560 }} data-testid={testId}>
      <TableBody>
        {line(translate('wuye.money.opening'), s.opening, { testId: 'statement-opening' })}
        {s.incomeByCategory.map((c) => line(translate(`wuye.entryCategory.${c.category}`), c.amount, { indent: true }))}
        {line(translate('wuye.money.income'), s.income, { strong: true, testId: 'statement-income' })}
        {s.spendingByCategory.map((c) => line(translate(`wuye.entryCategory.${c.category}`), c.amount, { indent: true, minus: true }))}
        {line(translate('wuye.money.spending'), s.spending, { strong: true, minus: true, testId: 'statement-spending' })}
        {line(translate('wuye.money.closing'), s.closing, { strong: true, testId: 'statement-closing' })}
      </TableBody>
    </Table>
  );
}

import { Table, TableBody } from '@mui/material';
import { useTranslate } from 'react-admin';
import { AmountRow } from '../committeeAccounts/StatementTable';

export interface FundStatementView {
  opening: string;
  accruals: string;
  withdrawals: string;
  closing: string;
  withdrawalsByCategory: Array<{ category: string; amount: string }>;
}

/** Opening, the months' accruals, withdrawals by category, closing: the same table signed in and on the public page. */
export function FundStatementTable({ statement: s, testId }: { statement: FundStatementView; testId?: string }) {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ maxWidth: 560 }} data-testid={testId}>
      <TableBody>
        <AmountRow label={translate('wuye.money.opening')} amount={s.opening} testId="statement-opening" />
        <AmountRow label={translate('wuye.money.accruals')} amount={s.accruals} strong testId="statement-accruals" />
        {s.withdrawalsByCategory.map((c) => (
          <AmountRow key={c.category} label={translate(`wuye.withdrawalCategory.${c.category}`)} amount={c.amount} indent minus />
        ))}
        <AmountRow label={translate('wuye.money.withdrawals')} amount={s.withdrawals} strong minus testId="statement-withdrawals" />
        <AmountRow label={translate('wuye.money.closing')} amount={s.closing} strong testId="statement-closing" />
      </TableBody>
    </Table>
  );
}

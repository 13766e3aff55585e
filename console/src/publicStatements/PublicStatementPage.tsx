import { useParams } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import { StatementTable } from '../committeeAccounts/StatementTable';
import type { RegistryDataProvider } from '../resources';
import { useFormat } from '../shared/fields';
import { quarterPdf } from './addresses';
import { PublishedStatement } from './PublishedStatement';

/**
 * A committee's published quarter (业账社管) for the owners, without signing in: the totals the server exposes to
 * anyone (publishedAccountStatement) and the printable PDF. Anything not published reads as not found.
 */
export default function PublicStatementPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return (
    <PublishedStatement
      queryKey={['publishedAccountStatement', id]}
      load={() => dataProvider.publishedAccountStatement(id)}
      show={(s) => ({
        title: translate('wuye.money.public_title', { estate: s.estateName }),
        period: { year: s.year, quarter: s.quarter, from: s.from, to: s.to },
        table: <StatementTable statement={s} testId="public-statement-table" />,
        note: translate('wuye.money.public_note', { date: format.instant(s.publishedAt) }),
        pdf: quarterPdf(s.periodId),
      })}
    />
  );
}

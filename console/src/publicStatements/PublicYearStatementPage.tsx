import { useParams } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import { StatementTable } from '../committeeAccounts/StatementTable';
import type { RegistryDataProvider } from '../resources';
import { useFormat } from '../shared/fields';
import { parseYear, yearPdf } from './addresses';
import { PublishedStatement } from './PublishedStatement';

/** A committee book's year for the owners, once every quarter of it is published; any other year reads as not found. */
export default function PublicYearStatementPage() {
  const { accountId = '', year: yearText = '' } = useParams();
  const year = parseYear(yearText);
  const translate = useTranslate();
  const format = useFormat();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return (
    <PublishedStatement
      queryKey={['publishedAccountYearStatement', accountId, year]}
      load={year !== null ? () => dataProvider.publishedAccountYearStatement(accountId, year) : null}
      show={(s) => ({
        title: translate('wuye.money.public_title', { estate: s.estateName }),
        period: { year: s.year, quarter: null, from: s.from, to: s.to },
        table: <StatementTable statement={s} testId="public-statement-table" />,
        note: translate('wuye.publicStatements.year_note', { date: format.instant(s.publishedAt) }),
        pdf: yearPdf(s.accountId, s.year),
      })}
    />
  );
}

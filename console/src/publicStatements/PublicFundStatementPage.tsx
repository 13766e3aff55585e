import { useParams } from 'react-router-dom';
import { useDataProvider, useTranslate } from 'react-admin';
import { FundStatementTable } from '../repairFunds/FundStatementTable';
import type { RegistryDataProvider } from '../resources';
import { fundPdf, parseFundPeriod } from './addresses';
import { PublishedStatement } from './PublishedStatement';

/**
 * A small-repair fund's quarter (`2026Q3`) or year (`2026`) for the owners (以养代修), once nothing can move its
 * figures; any other period, or an address that names none, reads as not found.
 */
export default function PublicFundStatementPage() {
  const { fundId = '', period: code = '' } = useParams();
  const period = parseFundPeriod(code);
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return (
    <PublishedStatement
      queryKey={['publishedRepairFundStatement', fundId, code]}
      load={period && (() => dataProvider.publishedRepairFundStatement(fundId, period.year, period.quarter))}
      // the period asked for is the statement's: the API answers no other
      show={(s) => ({
        title: translate('wuye.publicStatements.fund_title', { estate: s.estateName, project: s.projectName }),
        period: { year: s.year, quarter: s.quarter ?? null, from: s.from, to: s.to },
        table: <FundStatementTable statement={s} testId="public-statement-table" />,
        note: translate('wuye.publicStatements.fund_note'),
        pdf: fundPdf(s.fundId, { year: s.year, quarter: s.quarter ?? null }),
      })}
    />
  );
}

import { useTranslate } from 'react-admin';
import type { FundPeriod } from './addresses';

/** A quarter as 2026年第1季度 / 2026 Q1, a whole year (quarter null) as 2026年度 / 2026 (whole year). */
export function usePeriodTitle(): (period: FundPeriod) => string {
  const translate = useTranslate();
  return ({ year, quarter }) => (quarter === null ? translate('wuye.publicStatements.year_title', { year }) : translate('wuye.money.period_title', { year, quarter }));
}

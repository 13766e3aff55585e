import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useLocale, useTranslate } from 'react-admin';
import { errorCode } from '../dataProvider/errors';
import { errorText } from '../shared/errorText';
import { useFormat } from '../shared/fields';
import { INDEX_ADDRESS, type FundPeriod } from './addresses';
import { LanguageSwitch } from './LanguageSwitch';
import { usePeriodTitle } from './usePeriodTitle';

/** What a statement page shows once its statement has arrived. */
export interface StatementShown {
  title: string;
  /** a quarter, or the year when quarter is null, with its first and last day */
  period: FundPeriod & { from: string; to: string };
  table: ReactNode;
  note: string;
  pdf: string;
}

/**
 * One published statement for the owners, printable: the way back to the index and the language, then the
 * statement `load` reads, or "not found" for anything not public (NOT_FOUND) or an address that names nothing
 * (`load` null: no period, no year; or an id that is no id).
 */
export function PublishedStatement<S>({ queryKey, load, show }: { queryKey: unknown[]; load: (() => Promise<{ data: S }>) | null; show(statement: S): StatementShown }) {
  const { data, error, isLoading } = useQuery({ queryKey, queryFn: () => load!(), enabled: load !== null, retry: false });
  const malformed = load === null;
  const loading = !malformed && isLoading;
  const shown = data ? show(data.data) : null;
  const translate = useTranslate();
  const locale = useLocale();
  const format = useFormat();
  const periodTitle = usePeriodTitle();
  // an id in the address that is no id at all (BAD_USER_INPUT) names nothing either
  const notFound = malformed || errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT';
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', my: 4, px: 2 }} data-testid="public-statement">
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Link component={RouterLink} to={INDEX_ADDRESS} data-testid="public-statements-index-link">
          {translate('wuye.publicStatements.all')}
        </Link>
        <LanguageSwitch />
      </Stack>
      {loading && <CircularProgress />}
      {notFound && <Alert severity="warning">{translate('wuye.money.public_not_found')}</Alert>}
      {!!error && !notFound && <Alert severity="error">{errorText(error, translate, locale)}</Alert>}
      {shown && (
        <Card variant="outlined">
          <CardContent>
            <Stack spacing={2}>
              <Typography variant="h5" component="h1" data-testid="public-statement-title">
                {shown.title}
              </Typography>
              <Typography color="text.secondary" data-testid="public-statement-period">
                {translate('wuye.publicStatements.period_span', { period: periodTitle(shown.period), from: format.day(shown.period.from), to: format.day(shown.period.to) })}
              </Typography>
              {shown.table}
              <Typography variant="body2" color="text.secondary">
                {shown.note}
              </Typography>
              <Box>
                <Button variant="outlined" href={shown.pdf} data-testid="public-statement-pdf">
                  {translate('wuye.money.pdf')}
                </Button>
              </Box>
            </Stack>
          </CardContent>
        </Card>
      )}
    </Box>
  );
}

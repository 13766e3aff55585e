import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  AppBar,
  Box,
  Container,
  LinearProgress,
  Link,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Toolbar,
  Typography,
} from '@mui/material';
import { useEffect, useState, type ReactNode } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { useDataProvider, useLocale, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../resources';
import { errorText } from '../shared/errorText';
import { fundAddress, fundPeriodCode, quarterAddress, yearAddress } from './addresses';
import { PublicPageAction } from '../shared/PublicPageAction';
import { LanguageSwitch } from './LanguageSwitch';
import { ESTATES_PER_PAGE } from './publicStatement.api';
import { usePeriodTitle } from './usePeriodTitle';

/** How long typing pauses before the list is searched: one request per word, not per keystroke. */
const SEARCH_DELAY_MS = 300;

type Estate = Awaited<ReturnType<RegistryDataProvider['publicStatements']>>['data'][number];

/**
 * The owners' index of what is public of the estates' money (docs/roles-and-workflows.md#public-statements), read
 * without signing in: each estate with its book's published quarters and years and its small-repair funds' public
 * periods, each a link to the statement. The search and the page stay in the address, so Back from a statement
 * returns to the same list.
 */
export default function PublicStatementIndexPage() {
  const translate = useTranslate();
  const locale = useLocale();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 1) - 1 || 0);
  const [typed, setTyped] = useState(q);
  useEffect(() => {
    if (typed.trim() === q) return;
    const timer = setTimeout(() => setParams(typed.trim() ? { q: typed.trim() } : {}, { replace: true }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, q, setParams]);
  const { data, error, isFetching } = useQuery({
    queryKey: ['publicStatements', q, page],
    queryFn: () => dataProvider.publicStatements({ q, page }),
    placeholderData: (previous) => previous,
    retry: false,
  });
  const total = data?.total ?? 0;

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }} data-testid="public-statements">
      <AppBar position="static">
        <Toolbar>
          <Typography variant="h6" component="h1" sx={{ flex: 1 }}>
            {translate('wuye.publicStatements.title')}
          </Typography>
          <LanguageSwitch color="inherit" />
          <PublicPageAction />
        </Toolbar>
      </AppBar>
      <Container maxWidth="lg" sx={{ py: 3 }}>
        <Stack spacing={2}>
          <Typography variant="subtitle1" color="text.secondary">
            {translate('wuye.publicStatements.subtitle')}
          </Typography>
          <TextField
            type="search"
            size="small"
            label={translate('wuye.publicStatements.search')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            sx={{ maxWidth: 360 }}
            slotProps={{ htmlInput: { 'data-testid': 'public-statements-search' } }}
          />
          <Box sx={{ height: 4 }}>{isFetching && <LinearProgress />}</Box>
          {!!error && <Alert severity="error">{errorText(error, translate, locale)}</Alert>}
          {data && total === 0 && (
            <Typography data-testid="public-statements-empty">{q ? translate('wuye.publicStatements.none_found', { q }) : translate('wuye.publicStatements.none_yet')}</Typography>
          )}
          {data && total > 0 && (
            <>
              <Typography variant="body2" color="text.secondary" data-testid="public-statements-total" data-total={total}>
                {translate('wuye.publicStatements.total', { smart_count: total })}
              </Typography>
              <EstateTable estates={data.data} />
              <TablePagination
                component="div"
                count={total}
                page={page}
                rowsPerPage={ESTATES_PER_PAGE}
                rowsPerPageOptions={[]}
                onPageChange={(_event, next) => setParams({ ...(q ? { q } : {}), page: String(next + 1) })}
                labelDisplayedRows={({ from, to, count }) => translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })}
                getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
              />
            </>
          )}
        </Stack>
      </Container>
    </Box>
  );
}

function EstateTable({ estates }: { estates: Estate[] }) {
  const translate = useTranslate();
  return (
    <TableContainer>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.publicStatements.estate')}</TableCell>
            <TableCell>{translate('wuye.publicStatements.book_quarters')}</TableCell>
            <TableCell>{translate('wuye.publicStatements.book_years')}</TableCell>
            <TableCell>{translate('wuye.publicStatements.repair_funds')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {estates.map((estate) => (
            <EstateRow key={estate.id} estate={estate} />
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** An estate and, in each column, a link per public statement; a dash where it has none. */
function EstateRow({ estate }: { estate: Estate }) {
  const periodTitle = usePeriodTitle();
  const { accountId } = estate;
  return (
    <TableRow data-testid="public-statements-estate" data-estate={estate.id} sx={{ verticalAlign: 'top' }}>
      <TableCell>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {estate.estateName}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {estate.address}
        </Typography>
      </TableCell>
      <TableCell>
        <Links>
          {estate.bookQuarters.map((q) => (
            <Link key={q.periodId} component={RouterLink} to={quarterAddress(q.periodId)} data-testid={`book-quarter-${q.periodId}`}>
              {periodTitle(q)}
            </Link>
          ))}
        </Links>
      </TableCell>
      <TableCell>
        <Links>
          {accountId
            ? estate.bookYears.map((year) => (
                <Link key={year} component={RouterLink} to={yearAddress(accountId, year)} data-testid={`book-year-${accountId}-${year}`}>
                  {periodTitle({ year, quarter: null })}
                </Link>
              ))
            : []}
        </Links>
      </TableCell>
      <TableCell>
        <Stack spacing={1}>
          {estate.repairFunds.map((fund) => (
            <Box key={fund.fundId} data-testid={`repair-fund-${fund.fundId}`}>
              <Typography variant="body2">{fund.projectName}</Typography>
              <Links>
                {fund.periods.map((period) => (
                  <Link key={fundPeriodCode(period)} component={RouterLink} to={fundAddress(fund.fundId, period)} data-testid={`fund-period-${fund.fundId}-${fundPeriodCode(period)}`}>
                    {periodTitle(period)}
                  </Link>
                ))}
              </Links>
            </Box>
          ))}
          {!estate.repairFunds.length && '—'}
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/** Links side by side, wrapping; a dash when there is none. */
function Links({ children: links }: { children: ReactNode[] }) {
  if (!links.length) return <>—</>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', columnGap: 1.5, rowGap: 0.5 }}>
      {links}
    </Stack>
  );
}

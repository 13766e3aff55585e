import { useQuery } from '@tanstack/react-query';
import { Alert, Box, Button, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { useParams } from 'react-router-dom';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { StatementTable } from '../committeeAccounts/StatementTable';
import type { RegistryDataProvider } from '../resources';
import { useFormat } from '../shared/fields';

/**
 * A committee's published quarter (业账社管) for the owners, without signing in: the totals the server exposes to
 * anyone (publishedAccountStatement) and the printable PDF. Anything not published reads as not found.
 */
export default function PublicStatementPage() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const format = useFormat();
  const [locale, setLocale] = useLocaleState();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { data, error, isLoading } = useQuery({
    queryKey: ['publishedAccountStatement', id],
    queryFn: () => dataProvider.publishedAccountStatement(id),
    retry: false,
  });
  const s = data?.data;
  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', my: 4, px: 2 }} data-testid="public-statement">
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <Button size="small" onClick={() => setLocale(locale === 'en' ? 'zh-CN' : 'en')}>
          {locale === 'en' ? '简体中文' : 'English'}
        </Button>
      </Stack>
      {isLoading && <CircularProgress />}
      {error && <Alert severity="warning">{translate('wuye.money.public_not_found')}</Alert>}
      {s && (
        <Card variant="outlined">
          <CardContent>
            <Stack spacing={2}>
              <Typography variant="h5" component="h1" data-testid="public-statement-title">
                {translate('wuye.money.public_title', { estate: s.estateName })}
              </Typography>
              <Typography color="text.secondary">
                {translate('wuye.money.period_title', { year: s.year, quarter: s.quarter })}（{format.day(s.from)} – {format.day(s.to)}）
              </Typography>
              <StatementTable statement={s} testId="public-statement-table" />
              <Typography variant="body2" color="text.secondary">
                {translate('wuye.money.public_note', { date: format.instant(s.publishedAt) })}
              </Typography>
              <Box>
                <Button variant="outlined" href={`/documents/account-statements/${s.periodId}/statement.pdf`} data-testid="public-statement-pdf">
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

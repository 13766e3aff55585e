import { Card, CardContent, CardHeader, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, useCanAccess, useDataProvider, useGetIdentity, useNotify, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../dataProvider';
import { CHINA_TIME, useIntlLocale } from '../shared/fields';

// recharts is large: it loads only when the dashboard shows its chart
const DistrictChart = lazy(() => import('./DistrictChart'));

export interface DashboardData {
  firms: Progress;
  projects: Progress;
  committees: Progress;
  waitingTotal: number;
  waiting: Array<{ kind: 'FIRM' | 'PROJECT' | 'COMMITTEE'; id: string; name: string; submittedAt: string; waitingDays: number }>;
  byDistrict: Array<{ districtId: string; code: string; name: string; firms: number; projects: number; committees: number }>;
}

interface Progress {
  approved: number;
  target: number;
  submitted: number;
  total: number;
}

function ProgressCard({ title, progress, note, testId }: { title: string; progress: Progress; note?: string; testId: string }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  const share = progress.target ? progress.approved / progress.target : 0;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
  return (
    <Card sx={{ flex: 1, minWidth: 220 }} data-testid={testId}>
      <CardContent>
        <Typography variant="subtitle2" color="text.secondary">
          {title}
        </Typography>
        <Typography variant="h3" component="div" data-testid={`${testId}-approved`}>
          {new Intl.NumberFormat(locale).format(progress.approved)}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('wuye.dashboard.of_target', { target: progress.target, percent })}
        </Typography>
        <LinearProgress variant="determinate" value={Math.min(100, share * 100)} sx={{ mt: 1 }} />
        {note && (
          <Typography variant="caption" color="text.secondary">
            {note}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

function WaitingCard({ data }: { data: DashboardData }) {
  const translate = useTranslate();
  const locale = useIntlLocale();
  return (
    <Card sx={{ flex: 1, minWidth: 360 }} data-testid="dashboard-waiting">
      <CardHeader title={translate('wuye.dashboard.waiting')} subheader={translate('wuye.dashboard.waiting_count', { smart_count: data.waitingTotal })} />
      <CardContent>
        {data.waiting.length === 0 ? (
          <Typography variant="body2">{translate('wuye.dashboard.none_waiting')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('wuye.dashboard.kind')}</TableCell>
                <TableCell>{translate('wuye.dashboard.name')}</TableCell>
                <TableCell>{translate('wuye.dashboard.submitted')}</TableCell>
                <TableCell align="right">{translate('wuye.dashboard.waited')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.waiting.map((w) => (
                <TableRow key={`${w.kind}-${w.id}`}>
                  <TableCell>{translate(`wuye.dashboard.kinds.${w.kind}`)}</TableCell>
                  <TableCell>
                    {/* committee filings are handled in the elections workspace, not (yet) in this console */}
                    {w.kind === 'COMMITTEE' ? w.name : <Link to={`/${w.kind === 'FIRM' ? 'firms' : 'projects'}/${w.id}/show`}>{w.name}</Link>}
                  </TableCell>
                  <TableCell>{new Date(w.submittedAt).toLocaleDateString(locale, CHINA_TIME)}</TableCell>
                  <TableCell align="right">{translate('wuye.dashboard.waiting_days', { smart_count: w.waitingDays })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

function Welcome() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title={translate('wuye.dashboard.welcome', { name: identity?.fullName ?? '' })} />
      <CardContent>{translate('wuye.dashboard.welcome_text')}</CardContent>
    </Card>
  );
}

/** The manager's view (PRODUCT.md workflow 4): filings against the targets, what waits, where the registry stands. */
export function Dashboard() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const { canAccess, isPending } = useCanAccess({ resource: 'dashboard', action: 'show' });
  const [data, setData] = useState<DashboardData | null>(null);
  useEffect(() => {
    if (!canAccess) return;
    dataProvider.getDashboard().then(({ data }) => setData(data), (error: Error) => notify(error.message, { type: 'error' }));
  }, [canAccess, dataProvider, notify]);
  if (isPending) return <Loading />;
  if (!canAccess) return <Welcome />;
  if (!data) return <Loading />;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="dashboard">
      <Typography variant="h5">{translate('wuye.dashboard.title')}</Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <ProgressCard title={translate('wuye.dashboard.firms')} progress={data.firms} testId="dashboard-firms" />
        <ProgressCard title={translate('wuye.dashboard.projects')} progress={data.projects} testId="dashboard-projects" />
        <ProgressCard title={translate('wuye.dashboard.committees')} progress={data.committees} testId="dashboard-committees" />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <WaitingCard data={data} />
        <Card sx={{ flex: 1, minWidth: 360 }} data-testid="dashboard-districts">
          <CardHeader title={translate('wuye.dashboard.by_district')} />
          <CardContent sx={{ height: 320 }}>
            <Suspense fallback={<Loading />}>
              <DistrictChart rows={data.byDistrict} />
            </Suspense>
          </CardContent>
        </Card>
      </Stack>
    </Stack>
  );
}

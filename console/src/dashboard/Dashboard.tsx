import { Card, CardContent, CardHeader, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Loading, useCanAccess, useDataProvider, useGetIdentity, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { DashboardQuery } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { quarterLabel } from '../shared/quarters';
import { HomeLoading } from '../home/HomeLoading';
import { CHINA_TIME, DATE_OPTIONS, useFormat, useIntlLocale } from '../shared/fields';

// recharts is large: it loads only when the dashboard shows its chart
const DistrictChart = lazy(() => import('./DistrictChart'));

/** The dashboard as dashboard.api.ts reads it; `elections` is null for roles that do not read elections (clerks). */
export type DashboardData = DashboardQuery['dashboard'];
type Progress = DashboardData['firms'];

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
                    <Link to={`/${WAITING_RESOURCE[w.kind]}/${w.id}/show`}>{w.name}</Link>
                  </TableCell>
                  <TableCell>{new Date(w.submittedAt).toLocaleDateString(locale, { ...CHINA_TIME, ...DATE_OPTIONS })}</TableCell>
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

const WAITING_RESOURCE = { FIRM: 'firms', PROJECT: 'projects', COMMITTEE: 'committeeFilings' } as const;

/** Elections in each phase, each count a link to the list filtered by that phase. */
function ElectionsCard({ elections }: { elections: NonNullable<DashboardData['elections']> }) {
  const translate = useTranslate();
  return (
    <Card sx={{ flex: 1, minWidth: 360 }} data-testid="dashboard-elections">
      <CardHeader title={translate('wuye.dashboard.elections')} />
      <CardContent>
        <Table size="small">
          <TableBody>
            {elections.byPhase.map((p) => (
              <TableRow key={p.phase} data-phase={p.phase}>
                <TableCell>{translate(`wuye.electionPhase.${p.phase}`)}</TableCell>
                <TableCell align="right">
                  <Link to={`/elections?filter=${encodeURIComponent(JSON.stringify({ phase: p.phase }))}`} data-testid={`phase-count-${p.phase}`}>
                    {p.count}
                  </Link>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

/** Committee filings past their 30-day deadline (docs/domain-rules.md#committee-filing), the longest overdue first. */
function OverdueCard({ elections }: { elections: NonNullable<DashboardData['elections']> }) {
  const translate = useTranslate();
  const { day } = useFormat();
  return (
    <Card sx={{ flex: 1, minWidth: 360 }} data-testid="dashboard-overdue">
      <CardHeader title={translate('wuye.dashboard.overdue')} subheader={translate('wuye.dashboard.overdue_count', { smart_count: elections.overdueFilingsTotal })} />
      <CardContent>
        {elections.overdueFilings.length === 0 ? (
          <Typography variant="body2">{translate('wuye.dashboard.none_overdue')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('wuye.dashboard.name')}</TableCell>
                <TableCell>{translate('wuye.dashboard.due')}</TableCell>
                <TableCell align="right">{translate('wuye.dashboard.overdue_by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {elections.overdueFilings.map((f) => (
                <TableRow key={f.id} data-filing={f.id}>
                  <TableCell>
                    <Link to={`/committeeFilings/${f.id}/show`}>{f.estateName}</Link>
                  </TableCell>
                  <TableCell>
                    {day(f.dueOn)}
                    {f.dueOnProvisional && ` (${translate('wuye.deadline.provisional')})`}
                  </TableCell>
                  <TableCell align="right">{translate('wuye.deadline.overdue', { smart_count: f.daysOverdue })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** This quarter's assessments against the projects, and the latest published list (docs/roles-and-workflows.md#assessment). */
function AssessmentsCard({ assessments }: { assessments: DashboardData['assessments'] }) {
  const translate = useTranslate();
  const latest = assessments.latestList;
  const share = assessments.projects ? assessments.completed / assessments.projects : 0;
  return (
    <Card sx={{ flex: 1, minWidth: 360 }} data-testid="dashboard-assessments">
      <CardHeader title={translate('wuye.assessment.dashboard_title', { quarter: quarterLabel(assessments.quarter, translate) })} />
      <CardContent>
        <Typography variant="h5" component="div">
          <Link to={`/assessments?filter=${encodeURIComponent(JSON.stringify({ quarter: assessments.quarter }))}`}>
            {translate('wuye.assessment.dashboard_completed', { completed: assessments.completed, projects: assessments.projects })}
          </Link>
        </Typography>
        <LinearProgress variant="determinate" value={Math.min(100, share * 100)} sx={{ my: 1 }} />
        <Typography variant="body2" color="text.secondary">
          {translate('wuye.assessment.dashboard_pending', { submitted: assessments.submitted, inProgress: assessments.inProgress })}
        </Typography>
        {latest && (
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Link to="/red-black-list">
              {translate('wuye.assessment.dashboard_latest', {
                quarter: quarterLabel(latest.quarter, translate),
                // the counts the list states, not its thousands of entries
                red: latest.categories.reduce((n, c) => n + c.redPlaces, 0),
                black: latest.categories.reduce((n, c) => n + c.blackPlaces, 0),
              })}
            </Link>
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

const lateBooksLink = (lag: 'OVERDUE' | 'UNPUBLISHED') => `/committeeAccounts?filter=${encodeURIComponent(JSON.stringify({ statementLag: lag }))}`;

/** Committee books whose ended quarters are not published (docs/domain-rules.md#statement-due), overdue first; each count links to the filtered books. */
function StatementsCard({ statements }: { statements: NonNullable<DashboardData['statements']> }) {
  const translate = useTranslate();
  const { day } = useFormat();
  return (
    <Card sx={{ flex: 1, minWidth: 360 }} data-testid="dashboard-statements">
      <CardHeader title={translate('wuye.dashboard.statements')} subheader={translate('wuye.dashboard.statements_count', { books: statements.books })} />
      <CardContent>
        <Stack direction="row" spacing={2} sx={{ mb: 1 }}>
          <Link to={lateBooksLink('OVERDUE')} data-testid="late-OVERDUE" data-count={statements.overdue}>
            {translate('wuye.dashboard.statements_overdue', { smart_count: statements.overdue })}
          </Link>
          <Link to={lateBooksLink('UNPUBLISHED')} data-testid="late-UNPUBLISHED" data-count={statements.unpublished}>
            {translate('wuye.dashboard.statements_unpublished', { smart_count: statements.unpublished })}
          </Link>
        </Stack>
        {statements.late.length === 0 ? (
          <Typography variant="body2">{translate('wuye.dashboard.none_late')}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('wuye.dashboard.name')}</TableCell>
                <TableCell>{translate('wuye.dashboard.lag')}</TableCell>
                <TableCell>{translate('wuye.dashboard.statement_due')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {statements.late.map((b) => (
                <TableRow key={b.accountId} data-book={b.accountId} data-lag={b.lag}>
                  <TableCell>
                    <Link to={`/committeeAccounts/${b.accountId}/show`}>{b.estateName}</Link>
                    <Typography variant="caption" component="div" color="text.secondary">
                      {translate('wuye.dashboard.late_from', { year: b.year, quarter: b.quarter, smart_count: b.quarters })}
                    </Typography>
                  </TableCell>
                  <TableCell>{translate(`wuye.statementLag.${b.lag}`)}</TableCell>
                  <TableCell>{day(b.dueOn)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

/** Demonstration estates against the programme's 240, and the provincial projects among them against 42; links to the filtered estates. */
function DemonstrationsCard({ demonstrations: d }: { demonstrations: DashboardData['demonstrations'] }) {
  const translate = useTranslate();
  const as = (approved: number, target: number): Progress => ({ approved, target, submitted: 0, total: approved });
  return (
    <>
      <Link to={`/estates?filter=${encodeURIComponent(JSON.stringify({ demonstrationLevel: 'CITY' }))}`} style={{ flex: 1, minWidth: 220, textDecoration: 'none' }}>
        <ProgressCard title={translate('wuye.dashboard.demonstrations')} progress={as(d.city, d.cityTarget)} testId="dashboard-demonstrations-city" />
      </Link>
      <Link to={`/estates?filter=${encodeURIComponent(JSON.stringify({ demonstrationLevel: 'PROVINCIAL' }))}`} style={{ flex: 1, minWidth: 220, textDecoration: 'none' }}>
        <ProgressCard title={translate('wuye.dashboard.demonstrations_provincial')} progress={as(d.provincial, d.provincialTarget)} testId="dashboard-demonstrations-provincial" />
      </Link>
    </>
  );
}

/** Rectification campaigns: each one's verified city totals per measure, linking to the campaign. */
function CampaignsCard({ campaigns }: { campaigns: DashboardData['campaigns'] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (campaigns.length === 0) return null;
  return (
    <Card sx={{ flex: 1, minWidth: 300 }} data-testid="dashboard-campaigns">
      <CardHeader title={translate('wuye.campaign.dashboard_title')} />
      <CardContent>
        <Table size="small">
          <TableBody>
            {campaigns.map((c) => {
              const city = c.totals[0];
              const figures = c.measures.map((m) => {
                const total = city?.measures.find((t) => t.measure.code === m.code)?.total ?? '0';
                return `${locale === 'en' ? m.labelEn : m.labelZh} ${total}${m.unit}`;
              });
              return (
                <TableRow key={c.id}>
                  <TableCell>
                    <Link to={`/campaigns/${c.id}/show`}>{c.name}</Link>
                  </TableCell>
                  <TableCell>{translate('wuye.campaign.dashboard_estates', { count: city?.estatesCovered ?? 0 })}</TableCell>
                  <TableCell>{figures.join(translate('wuye.campaign.separator'))}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
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

/** The manager's view (docs/roles-and-workflows.md#dashboard): filings against the targets, what waits, where the registry stands. */
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
  if (isPending) return <HomeLoading />;
  if (!canAccess) return <Welcome />;
  if (!data) return <HomeLoading />;
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
      <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <AssessmentsCard assessments={data.assessments} />
        {data.statements && <StatementsCard statements={data.statements} />}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <DemonstrationsCard demonstrations={data.demonstrations} />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <CampaignsCard campaigns={data.campaigns} />
      </Stack>
      {data.elections && (
        <Stack direction="row" spacing={2} useFlexGap sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
          <ElectionsCard elections={data.elections} />
          <OverdueCard elections={data.elections} />
        </Stack>
      )}
    </Stack>
  );
}

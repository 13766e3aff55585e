import { Alert, AlertTitle, Card, CardContent, CardHeader, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useDataProvider, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import { Dashboard } from '../dashboard/Dashboard';
import { HomeLoading } from './HomeLoading';
import type { RegistryDataProvider } from '../resources';
import { daysBetween, todayInChina, useFormat } from '../shared/fields';

/**
 * The home page of each role (docs/roles-and-workflows.md#console): what an officer, a clerk or a registrar
 * has to do next; managers and admins keep the dashboard of the whole registry.
 */
export function Home() {
  const { permissions, isPending } = usePermissions();
  if (isPending) return <HomeLoading />;
  switch (permissions) {
    case 'officer':
      return <OfficerHome />;
    case 'clerk':
      return <ClerkHome />;
    case 'registrar':
      return <RegistrarHome />;
    default:
      return <Dashboard />;
  }
}

function useHome<K extends 'getOfficerHome' | 'getClerkHome' | 'getRegistrarHome'>(call: K) {
  const dataProvider = useDataProvider<RegistryDataProvider>();
  return useQuery({ queryKey: ['home', call], queryFn: () => dataProvider[call]().then((r) => r.data as Awaited<ReturnType<RegistryDataProvider[K]>>['data']) });
}

function Greeting({ title }: { title: string }) {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  return (
    <Stack spacing={0.5}>
      <Typography variant="h5">{translate(title)}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('wuye.dashboard.welcome', { name: identity?.fullName ?? '' })}
      </Typography>
    </Stack>
  );
}

function Section({ title, count, empty, testId, children }: { title: string; count: number; empty: string; testId: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Card data-testid={testId} data-count={count}>
      <CardHeader title={translate(title)} subheader={count > 0 ? String(count) : undefined} />
      <CardContent sx={{ pt: 0 }}>{count === 0 ? <Typography variant="body2">{translate(empty)}</Typography> : children}</CardContent>
    </Card>
  );
}

function Header({ cells }: { cells: string[] }) {
  const translate = useTranslate();
  return (
    <TableHead>
      <TableRow>
        {cells.map((cell) => (
          <TableCell key={cell}>{translate(cell)}</TableCell>
        ))}
      </TableRow>
    </TableHead>
  );
}

/** The day a running election's current phase is planned to end: its next deadline (null when not planned). */
function nextDeadline(election: { phase: string; phases: Array<{ phase: string; endsOn?: string | null }> }): string | null {
  return election.phases.find((p) => p.phase === election.phase)?.endsOn ?? null;
}

function OfficerHome() {
  const translate = useTranslate();
  const { day } = useFormat();
  const { data, isPending } = useHome('getOfficerHome');
  if (isPending || !data) return <HomeLoading />;
  if (data.me.jurisdiction.length === 0) {
    // nothing to show and nothing to create: say why instead of an empty app that invites 新建
    return (
      <Stack spacing={2} sx={{ mt: 2 }}>
        <Greeting title="wuye.home.officer_title" />
        <Alert severity="warning" data-testid="no-jurisdiction">
          <AlertTitle>{translate('wuye.home.no_jurisdiction_title')}</AlertTitle>
          {translate('wuye.home.no_jurisdiction')}
        </Alert>
      </Stack>
    );
  }
  const today = todayInChina();
  const elections = [...data.elections.items].sort((a, b) => {
    const [da, db] = [nextDeadline(a), nextDeadline(b)];
    if (da === db) return a.title.localeCompare(b.title, 'zh-CN');
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? -1 : 1;
  });
  const filings = [...data.overdue.items, ...data.upcoming.items];
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="home-officer">
      <Greeting title="wuye.home.officer_title" />
      <Typography variant="body2" color="text.secondary">
        {data.me.jurisdiction.map((s) => s.name).join('、')}
      </Typography>
      <Section title="wuye.home.elections" count={data.elections.totalItems} empty="wuye.home.no_elections" testId="home-elections">
        <Table size="small">
          <Header cells={['wuye.home.name', 'wuye.home.phase', 'wuye.home.next_deadline']} />
          <TableBody>
            {elections.map((e) => {
              const due = nextDeadline(e);
              return (
                <TableRow key={e.id} data-election={e.id} data-deadline={due ?? ''}>
                  <TableCell>
                    <Link to={`/elections/${e.id}/show`}>{e.title}</Link>
                    <Typography variant="caption" color="text.secondary" sx={{ display: 'block' }}>
                      {e.estate.name}
                    </Typography>
                  </TableCell>
                  <TableCell>{translate(`wuye.electionPhase.${e.phase}`)}</TableCell>
                  <TableCell>
                    {due ? day(due) : translate('wuye.home.no_deadline')}
                    {due && due < today && <Chip size="small" color="error" label={translate('wuye.home.overdue_tag')} sx={{ ml: 1 }} />}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Section>
      <Section title="wuye.home.filings" count={data.overdue.totalItems + data.upcoming.totalItems} empty="wuye.home.no_filings" testId="home-committee-filings">
        <Table size="small">
          <Header cells={['wuye.home.name', 'wuye.home.due', 'wuye.home.time_left']} />
          <TableBody>
            {filings.map((f) => {
              const days = daysBetween(today, f.dueOn);
              return (
                <TableRow key={f.id} data-filing={f.id} data-overdue={days < 0 ? 'true' : 'false'}>
                  <TableCell>
                    <Link to={`/committeeFilings/${f.id}/show`}>{f.committee.estate.name}</Link>
                  </TableCell>
                  <TableCell>
                    {day(f.dueOn)}
                    {f.dueOnProvisional && ` （${translate('wuye.deadline.provisional')}）`}
                  </TableCell>
                  <TableCell>
                    {days < 0 ? (
                      <Chip size="small" color="error" label={translate('wuye.deadline.overdue', { smart_count: -days })} />
                    ) : (
                      translate('wuye.deadline.left', { smart_count: days })
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Section>
    </Stack>
  );
}

function ClerkHome() {
  const translate = useTranslate();
  const { instant } = useFormat();
  const { data, isPending } = useHome('getClerkHome');
  if (isPending || !data) return <HomeLoading />;
  const drafts = [
    ...data.firmDrafts.items.map((r) => ({ ...r, resource: 'firms', kind: 'FIRM' })),
    ...data.projectDrafts.items.map((r) => ({ ...r, resource: 'projects', kind: 'PROJECT' })),
  ].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const returned = [
    ...data.firmsReturned.items.map((r) => ({ ...r, resource: 'firms', kind: 'FIRM' })),
    ...data.projectsReturned.items.map((r) => ({ ...r, resource: 'projects', kind: 'PROJECT' })),
  ];
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="home-clerk">
      <Greeting title="wuye.home.clerk_title" />
      <Section title="wuye.home.returned" count={data.firmsReturned.totalItems + data.projectsReturned.totalItems} empty="wuye.home.no_returned" testId="home-returned">
        <Table size="small">
          <Header cells={['wuye.home.kind', 'wuye.home.name', 'wuye.home.return_reason']} />
          <TableBody>
            {returned.map((r) => (
              <TableRow key={`${r.resource}-${r.id}`} data-record={`${r.resource}/${r.id}`}>
                <TableCell>{translate(`wuye.dashboard.kinds.${r.kind}`)}</TableCell>
                <TableCell>
                  <Link to={`/${r.resource}/${r.id}/show`}>{r.name}</Link>
                </TableCell>
                <TableCell data-testid="return-reason">
                  {r.returnReason ? translate(`wuye.returnReason.${r.returnReason}`) : '—'}
                  {r.returnNote && `：${r.returnNote}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
      <Section title="wuye.home.drafts" count={data.firmDrafts.totalItems + data.projectDrafts.totalItems} empty="wuye.home.no_drafts" testId="home-drafts">
        <Table size="small">
          <Header cells={['wuye.home.kind', 'wuye.home.name', 'wuye.home.updated']} />
          <TableBody>
            {drafts.map((r) => (
              <TableRow key={`${r.resource}-${r.id}`} data-record={`${r.resource}/${r.id}`}>
                <TableCell>{translate(`wuye.dashboard.kinds.${r.kind}`)}</TableCell>
                <TableCell>
                  <Link to={`/${r.resource}/${r.id}/show`}>{r.name}</Link>
                </TableCell>
                <TableCell>{instant(r.updatedAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </Stack>
  );
}

function RegistrarHome() {
  const translate = useTranslate();
  const { instant } = useFormat();
  const { data, isPending } = useHome('getRegistrarHome');
  if (isPending || !data) return <HomeLoading />;
  const now = Date.now();
  const queue = [
    ...data.firms.items.map((r) => ({ id: r.id, name: r.name, submittedAt: r.submittedAt, resource: 'firms', kind: 'FIRM' })),
    ...data.projects.items.map((r) => ({ id: r.id, name: r.name, submittedAt: r.submittedAt, resource: 'projects', kind: 'PROJECT' })),
    ...data.committeeFilings.items.map((r) => ({ id: r.id, name: r.committee.estate.name, submittedAt: r.submittedAt, resource: 'committeeFilings', kind: 'COMMITTEE' })),
  ].sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')));
  const own = data.ownFirms.totalItems + data.ownProjects.totalItems;
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="home-registrar">
      <Greeting title="wuye.home.registrar_title" />
      <Alert severity="info" data-testid="maker-checker-note">
        {translate('wuye.home.own_note')}
        {own > 0 && <div data-testid="own-count">{translate('wuye.home.own_count', { smart_count: own })}</div>}
      </Alert>
      <Section title="wuye.home.queue" count={data.firms.totalItems + data.projects.totalItems + data.committeeFilings.totalItems} empty="wuye.home.queue_empty" testId="home-queue">
        <Table size="small">
          <Header cells={['wuye.home.kind', 'wuye.home.name', 'wuye.home.submitted', 'wuye.home.waited']} />
          <TableBody>
            {queue.map((r) => (
              <TableRow key={`${r.resource}-${r.id}`} data-record={`${r.resource}/${r.id}`} data-submitted={r.submittedAt ?? ''}>
                <TableCell>{translate(`wuye.dashboard.kinds.${r.kind}`)}</TableCell>
                <TableCell>
                  <Link to={`/${r.resource}/${r.id}/show`}>{r.name}</Link>
                </TableCell>
                <TableCell>{instant(r.submittedAt)}</TableCell>
                <TableCell>{r.submittedAt ? translate('wuye.dashboard.waiting_days', { smart_count: Math.floor((now - Date.parse(r.submittedAt)) / 86_400_000) }) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Section>
    </Stack>
  );
}

import GroupsIcon from '@mui/icons-material/Groups';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FunctionField, Labeled, RecordContextProvider, ReferenceField, SimpleShowLayout, TopToolbar, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import { EnumChip, FilingStatusField, LocaleDateField, useFormat } from '../shared/fields';
import { DeadlineChip, type Deadline } from '../committeeFilings/DeadlineChip';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { MembersDialog } from './MembersDialog';

function CommitteeActions() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'committees', action: 'members', record });
  const [open, setOpen] = useState(false);
  if (!record || !canAccess) return <TopToolbar />;
  return (
    <TopToolbar>
      <Button size="small" variant="outlined" startIcon={<GroupsIcon />} onClick={() => setOpen(true)} data-testid="set-members">
        {translate('wuye.committee.set_members')}
      </Button>
      {open && <MembersDialog onClose={() => setOpen(false)} />}
    </TopToolbar>
  );
}

function Members() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  if (!record) return null;
  return (
    <Labeled label="resources.committees.fields.members">
      <Table size="small" data-testid="members">
        <TableBody>
          {(record.members ?? []).map((m: { id: string; name: string; position: string; startsOn: string }) => (
            <TableRow key={m.id} data-position={m.position}>
              <TableCell>{m.name}</TableCell>
              <TableCell>
                <EnumChip group="committeePosition" value={m.position} colors={{ CHAIR: 'primary', VICE_CHAIR: 'info' }} />
              </TableCell>
              <TableCell>{format.day(m.startsOn)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Labeled>
  );
}

function Filings() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  if (!record) return null;
  const filings = record.filings ?? [];

  return (
    <Labeled label="resources.committees.fields.filings">
      {filings.length === 0 ? (
        <Typography variant="body2">{translate('wuye.committee.no_filings')}</Typography>
      ) : (
        <Table size="small" data-testid="committee-filings">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.committeeFilings.fields.kind')}</TableCell>
              <TableCell>{translate('resources.committeeFilings.fields.eventDate')}</TableCell>
              <TableCell>{translate('resources.committeeFilings.fields.dueOn')}</TableCell>
              <TableCell>{translate('resources.committeeFilings.fields.filingStatus')}</TableCell>
              <TableCell>{translate('resources.committeeFilings.fields.filingNumber')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {filings.map((f: Deadline & { id: string; kind: string; eventDate: string; dueOn: string; filingNumber: string | null }) => (
              <TableRow key={f.id} hover component={Link} to={`/committeeFilings/${f.id}/show`} sx={{ textDecoration: 'none' }}>
                <TableCell>{translate(`wuye.committeeFilingKind.${f.kind}`)}</TableCell>
                <TableCell>{format.day(f.eventDate)}</TableCell>
                <TableCell>
                  {format.day(f.dueOn)} <DeadlineChip filing={f} />
                </TableCell>
                <TableCell>
                  <RecordContextProvider value={f}>
                    <FilingStatusField source="filingStatus" />
                  </RecordContextProvider>
                </TableCell>
                <TableCell>{f.filingNumber ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Labeled>
  );
}

/** A committee: its estate, term, sitting members with their positions, and its filings with their deadlines. */
export default function CommitteeShow() {
  const translate = useTranslate();
  const onError = useReadErrorHandler('committees');
  return (
    <Show actions={<CommitteeActions />} queryOptions={{ onError }}>
      <SimpleShowLayout>
        <ReferenceField source="estateId" reference="estates" link="show" />
        <FunctionField source="termNumber" render={(r) => translate('wuye.committee.term', { n: r.termNumber })} />
        <LocaleDateField source="electedOn" />
        <LocaleDateField source="termStart" />
        <LocaleDateField source="termEnd" />
        <Members />
        <Filings />
      </SimpleShowLayout>
    </Show>
  );
}

import { Alert, Link as MuiLink, Stack } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCanAccess, useGetList, useRecordContext, useTranslate } from 'react-admin';

/** A certified election made a committee and its draft filing (due within 30 days): where to go next. */
export function CertifiedCommittee() {
  const record = useRecordContext();
  const translate = useTranslate();
  const committeeId = record?.committeeId as string | undefined;
  const { canAccess: canSeeCommittee } = useCanAccess({ resource: 'committees', action: 'show', record: { id: committeeId } });
  const { canAccess: canSeeFilings } = useCanAccess({ resource: 'committeeFilings', action: 'list' });
  const { data: filings = [] } = useGetList(
    'committeeFilings',
    { filter: { committeeId }, sort: { field: 'id', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: !!committeeId && !!canSeeFilings },
  );
  if (!committeeId) return null;
  const filing = filings[0];
  return (
    <Alert severity="success" data-testid="certified-committee">
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'baseline' }}>
        {/* the filing's own state: its due day while the street office holds it, nothing to demand once it is submitted (users' review F3) */}
        <span>
          {filing && (filing.filingStatus === 'DRAFT' || filing.filingStatus === 'RETURNED')
            ? translate('wuye.workspace.certified_committee_due', { dueOn: filing.dueOn })
            : translate('wuye.workspace.certified_committee')}
        </span>
        {canSeeCommittee && (
          <MuiLink component={Link} to={`/committees/${committeeId}/show`} data-testid="certified-committee-link">
            {translate('wuye.workspace.open_committee')}
          </MuiLink>
        )}
        {filing && (
          <MuiLink component={Link} to={`/committeeFilings/${filing.id}/show`} data-testid="certified-filing-link">
            {translate('wuye.workspace.open_filing', { status: translate(`wuye.filingStatus.${filing.filingStatus}`) })}
          </MuiLink>
        )}
      </Stack>
    </Alert>
  );
}

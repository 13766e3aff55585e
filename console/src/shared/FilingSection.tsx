import { Labeled, SelectField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { returnReasonChoices, revokeReasonChoices } from './choices';
import { FilingStatusField, LocaleDateField } from './fields';

/** The filing's status, number, dates and, while the filing stands returned or revoked, the reasons why. */
export function FilingSection() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const returned = record.filingStatus === 'RETURNED';
  const revoked = record.filingStatus === 'REVOKED';
  // resubmitted after a return: the reviewer sees that it came back once, and why
  const earlierReturn = !returned && record.filingStatus !== 'APPROVED' && !revoked && record.returnReason;
  return (
    <div data-testid="filing-section">
      <Typography variant="h6" sx={{ mt: 2, mb: 1 }}>
        {translate('wuye.filing.section')}
      </Typography>
      <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled source="filingStatus"><FilingStatusField source="filingStatus" /></Labeled>
        <Labeled source="filingNumber"><TextField source="filingNumber" emptyText="—" /></Labeled>
        <Labeled source="submittedAt"><LocaleDateField source="submittedAt" showTime emptyText="—" /></Labeled>
        <Labeled source="decidedAt"><LocaleDateField source="decidedAt" showTime emptyText="—" /></Labeled>
        {/* a reason describes the state it led to: once the filing has moved on it is history (the history section keeps it) */}
        {returned && record.returnReason && (
          <Labeled source="returnReason"><SelectField source="returnReason" choices={returnReasonChoices} /></Labeled>
        )}
        {returned && record.returnNote && <Labeled source="returnNote"><TextField source="returnNote" /></Labeled>}
        {revoked && record.revokeReason && (
          <Labeled source="revokeReason"><SelectField source="revokeReason" choices={revokeReasonChoices} /></Labeled>
        )}
        {revoked && record.revokeNote && <Labeled source="revokeNote"><TextField source="revokeNote" /></Labeled>}
      </Stack>
      {earlierReturn && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="earlier-return">
          {translate('wuye.filing.earlier_return', { reason: translate(`wuye.returnReason.${record.returnReason}`), note: record.returnNote ? `“${record.returnNote}”` : '' })}
        </Typography>
      )}
    </div>
  );
}

/**
 * At the top of a returned filing's edit form: why it was returned (the reason and note the show page's
 * FilingSection lists), where the clerk makes the fix. Nothing for a filing in any other state.
 */
export function ReturnedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record?.filingStatus !== 'RETURNED') return null;
  return (
    <Alert severity="warning" sx={{ mb: 2, width: '100%', boxSizing: 'border-box' }} data-testid="returned-notice">
      <AlertTitle>{translate('wuye.filing.returned_title')}</AlertTitle>
      {record.returnReason && <div data-testid="returned-reason">{translate('wuye.filing.returned_reason', { reason: translate(`wuye.returnReason.${record.returnReason}`) })}</div>}
      {record.returnNote && <div data-testid="returned-note">{translate('wuye.filing.returned_note', { note: record.returnNote })}</div>}
    </Alert>
  );
}

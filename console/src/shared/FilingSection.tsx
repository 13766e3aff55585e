import { Labeled, SelectField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { returnReasonChoices, revokeReasonChoices } from './choices';
import { FilingStatusField, LocaleDateField } from './fields';

/** The filing's status, number, dates and the reasons of a return or revocation. */
export function FilingSection() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
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
        {record.returnReason && (
          <Labeled source="returnReason"><SelectField source="returnReason" choices={returnReasonChoices} /></Labeled>
        )}
        {record.returnNote && <Labeled source="returnNote"><TextField source="returnNote" /></Labeled>}
        {record.revokeReason && (
          <Labeled source="revokeReason"><SelectField source="revokeReason" choices={revokeReasonChoices} /></Labeled>
        )}
        {record.revokeNote && <Labeled source="revokeNote"><TextField source="revokeNote" /></Labeled>}
      </Stack>
    </div>
  );
}

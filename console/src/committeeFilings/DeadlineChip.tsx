import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { daysSubmittedLate } from './lateness';

export interface Deadline {
  filingStatus: string;
  overdue: boolean;
  daysRemaining: number;
  dueOnProvisional: boolean;
  dueOn: string;
  submittedAt?: string | null;
}

/**
 * How a committee filing stands against its 30-day deadline (docs/domain-rules.md#committee-filing): overdue in red, days left while
 * the street office holds it, and "provisional" while next year's holiday calendar may still move the date.
 */
export function DeadlineChip({ filing }: { filing: Deadline }) {
  const translate = useTranslate();
  const waiting = filing.filingStatus === 'DRAFT' || filing.filingStatus === 'RETURNED';
  // once with the registrar, a late filing keeps saying how late it came in
  const lateBy = waiting ? null : daysSubmittedLate(filing);
  if (!filing.overdue && !waiting && !lateBy && !filing.dueOnProvisional) return <>—</>;
  return (
    <>
      {filing.overdue ? (
        <Chip size="small" color="error" label={translate('wuye.deadline.overdue', { smart_count: -filing.daysRemaining })} data-testid="deadline" data-overdue="true" />
      ) : waiting ? (
        <Chip
          size="small"
          color={filing.daysRemaining <= 7 ? 'warning' : 'default'}
          label={filing.daysRemaining === 0 ? translate('wuye.deadline.today') : translate('wuye.deadline.left', { smart_count: filing.daysRemaining })}
          data-testid="deadline"
          data-overdue="false"
        />
      ) : lateBy ? (
        <Chip size="small" color="error" variant="outlined" label={translate('wuye.deadline.submitted_late', { smart_count: lateBy })} data-testid="deadline" data-late={lateBy} />
      ) : null}
      {filing.dueOnProvisional && (
        <Tooltip title={translate('wuye.deadline.provisional_help')}>
          <Chip size="small" variant="outlined" sx={{ ml: 0.5 }} label={translate('wuye.deadline.provisional')} data-testid="provisional" />
        </Tooltip>
      )}
    </>
  );
}

/** The record's deadline, as a list column. */
export function DeadlineField(_props: FieldProps) {
  const record = useRecordContext();
  return record ? <DeadlineChip filing={record as unknown as Deadline} /> : null;
}

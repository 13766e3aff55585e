import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Overdue follow-ups, flagged as overdue committee filings are (red); nothing when all are in time. */
export function OverdueChip({ count }: { count: number }) {
  const translate = useTranslate();
  if (!count) return null;
  return <Chip size="small" color="error" label={translate('wuye.party.overdue_n', { count })} data-testid="overdue-chip" />;
}

export const OVERDUE_ROW = { bgcolor: 'rgba(211, 47, 47, 0.08)' };

import { Alert, Checkbox, FormControlLabel, Stack } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { RecordingOutcome } from './outcome';

/**
 * Before results that leave a candidate ineligible or still under review are recorded: what that means, naming the
 * candidate and the items, and a box the user ticks to confirm it (asked again when the outcome changes).
 */
export function useOutcomeConfirmation(outcome: RecordingOutcome | null, candidateName: string, titleOf: (itemKey: string) => string): { confirmation: ReactNode; confirmed: boolean } {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [acknowledged, setAcknowledged] = useState('');
  const signature = outcome ? `${outcome.decision}:${outcome.itemKeys.join(',')}` : '';
  // nothing left to confirm: forget the tick, so a later fail is confirmed anew
  if (!outcome && acknowledged) setAcknowledged('');
  if (!outcome) return { confirmation: null, confirmed: true };
  const items = outcome.itemKeys.map(titleOf).join(locale.startsWith('zh') ? '、' : '; ');
  return {
    confirmed: acknowledged === signature,
    confirmation: (
      <Alert severity={outcome.decision === 'INELIGIBLE' ? 'error' : 'warning'} data-testid="recording-outcome" data-decision={outcome.decision}>
        <Stack spacing={0.5}>
          <span>{translate(`wuye.review.outcome_${outcome.decision}`, { name: candidateName, items })}</span>
          <FormControlLabel
            control={<Checkbox size="small" checked={acknowledged === signature} onChange={(e) => setAcknowledged(e.target.checked ? signature : '')} data-testid="recording-outcome-confirm" />}
            label={translate('wuye.review.outcome_confirm')}
          />
        </Stack>
      </Alert>
    ),
  };
}

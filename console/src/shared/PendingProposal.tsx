import { Alert, AlertTitle, Button, Stack, Typography } from '@mui/material';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import type { ProposalAction } from '../generated/graphql';
import { useErrorText } from './FormDialog';
import { useFormat } from './fields';

/** What every pending proposal shows: who proposed it, when, and what the caller may do with it now. */
export interface ProposalShown {
  id: string;
  version: number;
  proposedBy?: string | null;
  createdAt: string;
  availableActions: ProposalAction[];
  /** why CONFIRM is not offered to the caller (the API's confirmRefusal), where the kind has one */
  confirmRefusal?: string | null;
}

/**
 * A change waiting for a second officer (docs/roles-and-workflows.md#money-proposals): what it would change, who proposed
 * it and when; 确认 / 驳回 for another officer of the subdistricts, 撤回 for its proposer (the API's availableActions).
 */
export function PendingProposal({
  testId,
  title,
  what,
  proposal,
  decide,
  helpChecker = 'wuye.proposal.help_checker',
  helpProposer = 'wuye.proposal.help_proposer',
}: {
  testId: string;
  title: string;
  what: string;
  proposal: ProposalShown;
  decide: (args: { id: string; version: number; action: ProposalAction }) => Promise<unknown>;
  /** what the checker and the proposer are told (an account change's are the users') */
  helpChecker?: string;
  helpProposer?: string;
}) {
  const translate = useTranslate();
  const format = useFormat();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const act = async (action: ProposalAction) => {
    try {
      await decide({ id: proposal.id, version: proposal.version, action });
      notify(`wuye.proposal.done_${action}`, { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorText(e), { type: 'error' });
    }
  };
  return (
    <Alert severity="warning" data-testid={testId} sx={{ my: 1 }}>
      <AlertTitle>{title}</AlertTitle>
      <Typography variant="body2">{what}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('wuye.proposal.proposed_by', { name: proposal.proposedBy ?? '—', at: format.instant(proposal.createdAt) })}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(proposal.availableActions.some((action) => action !== 'WITHDRAW') ? helpChecker : helpProposer)}
      </Typography>
      {/* a checker not offered 确认 is told why (the record changed since, its proposer gone); their own needs no reason */}
      {proposal.confirmRefusal && proposal.confirmRefusal !== 'MAKER_CHECKER' && (
        <Typography variant="body2" color="error" data-testid={`${testId}-why-not-confirm`}>
          {translate(proposal.confirmRefusal === 'SELF' ? 'wuye.errors.SELF' : `wuye.rules.${proposal.confirmRefusal}`)}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        {proposal.availableActions.map((action) => (
          <Button key={action} size="small" variant={action === 'CONFIRM' ? 'contained' : 'outlined'} onClick={() => act(action)} data-testid={`${testId}-${action}`}>
            {translate(`wuye.proposal.${action}`)}
          </Button>
        ))}
      </Stack>
    </Alert>
  );
}

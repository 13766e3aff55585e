import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { RESOLUTION_CHOICES } from '../shared/choices';
import { OUTCOME_COLORS, useFormat } from '../shared/fields';
import { CheckSection, type Check } from '../shared/ThresholdBars';

interface Totals {
  headcount: number;
  area: string;
}

export interface ResolutionTally {
  article278Item: number;
  ballots: number;
  outcome: 'PASSED' | 'REJECTED' | 'NO_QUORUM';
  decidedBy: string;
  totals: Totals;
  participating: Totals;
  counts: { yes: Totals; no: Totals; abstain: Totals };
  deemed: { outcome: string; side: string | null; persons: Totals };
  quorum: Check;
  pass: Check;
}

/**
 * The tally of a resolution (Civil Code Art. 278): participation against the 2/3 quorum, the YES votes
 * against more than half or 3/4 of those taking part, both by headcount and by area; the outcome and the
 * threshold that decided it. Live while voting; what closing froze once the vote is closed.
 */
export function ResolutionTallyView() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const tally = record?.tally as ResolutionTally | null | undefined;
  if (!record) return null;
  // while voting is open only the officers running it see the count as it moves
  if (tally === null) return <Alert severity="info" data-testid="tally-while-voting">{translate('wuye.tally.while_voting')}</Alert>;
  if (!tally) return null;
  const counts = { YES: tally.counts.yes, NO: tally.counts.no, ABSTAIN: tally.counts.abstain };
  return (
    <Stack spacing={3} data-testid="resolution-tally">
      <Typography variant="body2" data-testid="tally-ballots" data-count={tally.ballots}>
        {translate('wuye.tally.ballots', { smart_count: tally.ballots })}
      </Typography>
      <Table size="small" data-testid="tally-counts" sx={{ maxWidth: 520 }}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('wuye.resolution.choice')}</TableCell>
            <TableCell align="right">{translate('wuye.tally.headcount')}</TableCell>
            <TableCell align="right">{translate('wuye.tally.area')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {RESOLUTION_CHOICES.map((choice) => (
            <TableRow key={choice} data-choice={choice} data-headcount={counts[choice].headcount}>
              <TableCell>{translate(`wuye.resolutionChoice.${choice}`)}</TableCell>
              <TableCell align="right">{counts[choice].headcount}</TableCell>
              <TableCell align="right">{format.squareMetres(counts[choice].area)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CheckSection title={translate('wuye.tally.quorum')} check={tally.quorum} testId="quorum" />
      <CheckSection title={translate(`wuye.resolution.pass.${tally.pass.rule}`)} check={tally.pass} testId="pass" />
      {record.deemedVotes && (
        <Typography variant="body2" data-testid="tally-deemed">
          {translate('wuye.resolution.deemed', { outcome: translate(`wuye.deemedOutcome.${tally.deemed.outcome}`, { _: tally.deemed.outcome }) })}
        </Typography>
      )}
      <Alert
        severity={tally.outcome === 'PASSED' ? 'success' : tally.outcome === 'REJECTED' ? 'error' : 'warning'}
        data-testid="tally-outcome"
        data-outcome={tally.outcome}
        data-decided-by={tally.decidedBy}
      >
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="body2">{translate(record.phase === 'CLOSED' ? 'wuye.resolution.outcome_final' : 'wuye.resolution.outcome_now')}</Typography>
          <Chip size="small" color={OUTCOME_COLORS[tally.outcome] ?? 'default'} label={translate(`wuye.resolutionOutcome.${tally.outcome}`)} />
          <Typography variant="body2">{translate('wuye.resolution.decided_by', { rule: translate(`wuye.thresholdRule.${tally.decidedBy}`) })}</Typography>
        </Stack>
      </Alert>
    </Stack>
  );
}

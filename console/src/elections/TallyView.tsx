import { Alert, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { Loading, useRecordContext, useTranslate } from 'react-admin';
import { CheckBars, CheckSection } from '../shared/ThresholdBars';
import { NO_WRAP } from '../shared/fields';
import { TieSettlementNotice } from './TieSettlement';
import { useTally, type Tally } from './useTally';

const STATUS_COLOR = { ELECTED: 'success', TIED_AT_LAST_SEAT: 'warning', PASSED_NOT_ELECTED: 'info', NOT_PASSED: 'default', NO_QUORUM: 'default' } as const;

/**
 * The live tally: participation against the 2/3 quorum and each candidate's approvals against "more than
 * half" of those taking part, by headcount and by area, with the exact numbers (Civil Code Art. 278); problems
 * (no quorum, a tie at the last seat, seats unfilled) are said plainly.
 */
export function TallyView() {
  const record = useRecordContext();
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { data: tally, error } = useTally(record ? String(record.id) : undefined);
  if (!record) return null;
  if (error) return <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>;
  if (tally === undefined) return <Loading />;
  // while voting is open only the officers running it see the count as it moves
  if (tally === null) return <Alert severity="info" data-testid="tally-while-voting">{translate('wuye.tally.while_voting')}</Alert>;
  const names = new Map(((record.candidates ?? []) as Array<{ id: string; owner: { name: string } | null }>).map((c) => [c.id, c.owner?.name ?? c.id]));
  return (
    <Stack spacing={3} data-testid="tally">
      <Typography variant="body2">{translate('wuye.tally.ballots', { smart_count: tally.ballots })}</Typography>
      <CheckSection title={translate('wuye.tally.quorum')} check={tally.quorum} testId="quorum" />
      {tally.issues.map((issue) => (
        <Alert
          key={issue.code}
          severity={issue.settled ? 'info' : issue.code === 'SEATS_UNFILLED' ? 'warning' : 'error'}
          data-testid={`tally-issue-${issue.code}`}
          data-settled={issue.settled ? 'true' : undefined}
        >
          {translate(`wuye.tally.issue.${issue.settled ? `${issue.code}_SETTLED` : issue.code}`, {
            names: (issue.candidateIds ?? []).map((id) => names.get(id)).join('、'),
            smart_count: tally.seats - tally.electedIds.length,
            _: issue.message,
          })}
        </Alert>
      ))}
      <TieSettlementNotice tally={tally} />
      <Stack spacing={1}>
        <Typography variant="subtitle1">{translate('wuye.tally.pass')}</Typography>
        {phone ? (
          // on a phone each candidate is a card: rank, name and status above their bars, stacked
          <Stack spacing={1} data-testid="tally-candidates">
            {tally.candidates.map((c) => (
              <Card key={c.candidateId} variant="outlined" data-candidate={c.candidateId} data-status={c.status}>
                <CardContent sx={{ '&:last-child': { pb: 2 } }}>
                  <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
                    <Typography variant="body2" color="text.secondary">
                      {translate('wuye.tally.rank')} {c.rank}
                    </Typography>
                    <Typography variant="subtitle2">{names.get(c.candidateId)}</Typography>
                    <Chip size="small" color={STATUS_COLOR[c.status as keyof typeof STATUS_COLOR] ?? 'default'} label={translate(`wuye.tallyStatus.${c.status}`)} />
                  </Stack>
                  <CheckBars check={c.pass} testId={`candidate-${c.candidateId}`} />
                  {record.deemedVotes && <Typography variant="caption">{translate('wuye.tally.deemed', { outcome: translate(`wuye.deemedOutcome.${c.deemed.outcome}`, { _: c.deemed.outcome }) })}</Typography>}
                </CardContent>
              </Card>
            ))}
          </Stack>
        ) : (
        <Table size="small" data-testid="tally-candidates">
          <TableHead>
            <TableRow>
              <TableCell sx={NO_WRAP}>{translate('wuye.tally.rank')}</TableCell>
              <TableCell sx={NO_WRAP}>{translate('wuye.tally.candidate')}</TableCell>
              <TableCell sx={{ width: '65%' }} />
              <TableCell>{translate('wuye.tally.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tally.candidates.map((c) => (
              <TableRow key={c.candidateId} data-candidate={c.candidateId} data-status={c.status}>
                <TableCell>{c.rank}</TableCell>
                {/* a name on one line: squeezed by the bars it read one character per line */}
                <TableCell sx={NO_WRAP}>{names.get(c.candidateId)}</TableCell>
                <TableCell>
                  <CheckBars check={c.pass} testId={`candidate-${c.candidateId}`} />
                  {record.deemedVotes && <Typography variant="caption">{translate('wuye.tally.deemed', { outcome: translate(`wuye.deemedOutcome.${c.deemed.outcome}`, { _: c.deemed.outcome }) })}</Typography>}
                </TableCell>
                <TableCell>
                  <Chip size="small" color={STATUS_COLOR[c.status as keyof typeof STATUS_COLOR] ?? 'default'} label={translate(`wuye.tallyStatus.${c.status}`)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        )}
      </Stack>
    </Stack>
  );
}

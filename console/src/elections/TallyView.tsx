import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { RegistryDataProvider } from '../dataProvider';
import { useFormat } from '../shared/fields';
import { hundredths, neededFor, type Fraction } from './thresholds';

interface Check {
  rule: string;
  met: boolean;
  inclusive: boolean;
  threshold: Fraction;
  headcount: { part: number; whole: number; met: boolean };
  area: { part: string; whole: string; met: boolean };
}

interface Tally {
  seats: number;
  ballots: number;
  totals: { headcount: number; area: string };
  participating: { headcount: number; area: string };
  quorum: Check;
  candidates: Array<{ candidateId: string; rank: number; status: string; approvals: { headcount: number; area: string }; deemed: { outcome: string }; pass: Check }>;
  electedIds: string[];
  issues: Array<{ code: string; message: string; candidateIds: string[] | null }>;
}

const BAR_ROW = { display: 'grid', gridTemplateColumns: '110px minmax(160px, 1fr) 220px 170px', columnGap: 2, alignItems: 'center' } as const;

/** A bar of part against whole with a mark at the threshold; the exact numbers beside it (e.g. 287/428). */
function ThresholdBar(props: { testId: string; label: string; part: number; whole: number; threshold: Fraction; met: boolean; show: (n: number) => string; needed: string }) {
  const share = props.whole > 0 ? Math.min(1, props.part / props.whole) : 0;
  const mark = props.threshold.numerator / props.threshold.denominator;
  return (
    <Box sx={BAR_ROW} data-testid={props.testId} data-met={props.met}>
      <Typography variant="body2">{props.label}</Typography>
      <Box sx={{ position: 'relative', height: 14, bgcolor: 'grey.200', borderRadius: 1 }}>
        <Box sx={{ position: 'absolute', inset: 0, width: `${share * 100}%`, bgcolor: props.met ? 'success.main' : 'warning.main', borderRadius: 1 }} />
        <Box sx={{ position: 'absolute', top: -3, bottom: -3, left: `${mark * 100}%`, width: 2, bgcolor: 'text.primary' }} title={`${props.threshold.numerator}/${props.threshold.denominator}`} />
      </Box>
      <Typography variant="body2" sx={{ fontVariantNumeric: 'tabular-nums' }} data-testid={`${props.testId}-fraction`}>
        {props.show(props.part)}/{props.show(props.whole)}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {props.needed}
      </Typography>
    </Box>
  );
}

/** A threshold check by headcount and by area, each as a bar with its exact numbers and the least part that meets it. */
function CheckBars({ check, testId }: { check: Check; testId: string }) {
  const translate = useTranslate();
  const format = useFormat();
  const wholeArea = hundredths(check.area.whole);
  return (
    <Stack spacing={1}>
      <ThresholdBar
        testId={`${testId}-headcount`}
        label={translate('wuye.tally.headcount')}
        part={check.headcount.part}
        whole={check.headcount.whole}
        threshold={check.threshold}
        met={check.headcount.met}
        show={(n) => String(n)}
        needed={translate('wuye.tally.at_least', { needed: neededFor(check.headcount.whole, check.threshold, check.inclusive) })}
      />
      <ThresholdBar
        testId={`${testId}-area`}
        label={translate('wuye.tally.area')}
        part={hundredths(check.area.part)}
        whole={wholeArea}
        threshold={check.threshold}
        met={check.area.met}
        show={format.area}
        needed={translate('wuye.tally.at_least', { needed: format.area(neededFor(wholeArea, check.threshold, check.inclusive)) })}
      />
    </Stack>
  );
}

const STATUS_COLOR = { ELECTED: 'success', TIED_AT_LAST_SEAT: 'warning', PASSED_NOT_ELECTED: 'info', NOT_PASSED: 'default', NO_QUORUM: 'default' } as const;

/**
 * The live tally: participation against the 2/3 quorum and each candidate's approvals against "more than
 * half" of those taking part, by headcount and by area, with the exact numbers (Civil Code Art. 278); problems
 * (no quorum, a tie at the last seat, seats unfilled) are said plainly.
 */
export function TallyView() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const { data: tally, error } = useQuery<Tally>({
    queryKey: ['tally', record?.id],
    queryFn: () => dataProvider.getTally(String(record!.id)).then((r) => r.data),
    enabled: !!record,
  });
  if (!record) return null;
  if (error) return <Alert severity="error">{translate((error as Error).message, { _: (error as Error).message })}</Alert>;
  if (!tally) return <Loading />;
  const names = new Map(((record.candidates ?? []) as Array<{ id: string; owner: { name: string } | null }>).map((c) => [c.id, c.owner?.name ?? c.id]));
  return (
    <Stack spacing={3} data-testid="tally">
      <Typography variant="body2">{translate('wuye.tally.ballots', { smart_count: tally.ballots })}</Typography>
      <Stack spacing={1} data-testid="tally-quorum" data-met={tally.quorum.met}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="subtitle1">{translate('wuye.tally.quorum')}</Typography>
          <Chip size="small" color={tally.quorum.met ? 'success' : 'warning'} label={translate(tally.quorum.met ? 'wuye.tally.met' : 'wuye.tally.not_met')} />
        </Stack>
        <CheckBars check={tally.quorum} testId="quorum" />
      </Stack>
      {tally.issues.map((issue) => (
        <Alert key={issue.code} severity={issue.code === 'SEATS_UNFILLED' ? 'warning' : 'error'} data-testid={`tally-issue-${issue.code}`}>
          {translate(`wuye.tally.issue.${issue.code}`, {
            names: (issue.candidateIds ?? []).map((id) => names.get(id)).join('、'),
            smart_count: tally.seats - tally.electedIds.length,
            _: issue.message,
          })}
        </Alert>
      ))}
      <Stack spacing={1}>
        <Typography variant="subtitle1">{translate('wuye.tally.pass')}</Typography>
        <Table size="small" data-testid="tally-candidates">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wuye.tally.rank')}</TableCell>
              <TableCell>{translate('wuye.tally.candidate')}</TableCell>
              <TableCell sx={{ width: '65%' }} />
              <TableCell>{translate('wuye.tally.status')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {tally.candidates.map((c) => (
              <TableRow key={c.candidateId} data-candidate={c.candidateId} data-status={c.status}>
                <TableCell>{c.rank}</TableCell>
                <TableCell>{names.get(c.candidateId)}</TableCell>
                <TableCell>
                  <CheckBars check={c.pass} testId={`candidate-${c.candidateId}`} />
                  {record.deemedVotes && <Typography variant="caption">{translate('wuye.tally.deemed', { outcome: c.deemed.outcome })}</Typography>}
                </TableCell>
                <TableCell>
                  <Chip size="small" color={STATUS_COLOR[c.status as keyof typeof STATUS_COLOR] ?? 'default'} label={translate(`wuye.tallyStatus.${c.status}`)} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Stack>
    </Stack>
  );
}

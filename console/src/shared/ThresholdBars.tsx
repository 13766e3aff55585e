import { Box, Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { hundredths, neededFor, type Fraction } from '../elections/thresholds';
import { graphql } from '../generated';
import type { CheckPartsFragment } from '../generated/graphql';
import { useFormat } from './fields';

/** A threshold check as the API reports it (ThresholdCheck): a part against a whole, by headcount and by area. */
export const CheckParts = graphql(`
  fragment CheckParts on ThresholdCheck { rule met inclusive threshold { numerator denominator } headcount { part whole met } area { part whole met } }
`);
export type Check = CheckPartsFragment;

/**
 * label, bar, numbers and the least part in a row; below 1200 px (a 1024 px laptop) the least part under the numbers,
 * so a tally's row of bars fits beside the rank, name and result; stacked on a phone
 */
const BAR_ROW = {
  display: 'grid',
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: '6rem minmax(80px, 1fr) 10rem', lg: '110px minmax(160px, 1fr) 220px 170px' },
  '& > :nth-of-type(4)': { gridColumn: { sm: '3', lg: 'auto' } },
  columnGap: 2,
  rowGap: 0.5,
  alignItems: 'center',
} as const;

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
export function CheckBars({ check, testId }: { check: Check; testId: string }) {
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

/**
 * A titled threshold check (the quorum, a pass rule): whether it is met, and its bars. Elections and
 * resolutions are counted against the same Civil Code Art. 278 thresholds, so they draw them the same way.
 */
export function CheckSection({ title, check, testId }: { title: string; check: Check; testId: string }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1} data-testid={`tally-${testId}`} data-met={check.met}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle1">{title}</Typography>
        <Chip size="small" color={check.met ? 'success' : 'warning'} label={translate(check.met ? 'wuye.tally.met' : 'wuye.tally.not_met')} />
      </Stack>
      <CheckBars check={check} testId={testId} />
    </Stack>
  );
}

import { Alert, Chip, Divider, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { TopToolbar, useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import { EnumChip, RESOLUTION_PHASE_COLORS, useFormat } from '../shared/fields';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { ResolutionBallotEntry } from './ResolutionBallotEntry';
import { ResolutionMoves } from './ResolutionMoves';
import { ResolutionTallyView } from './ResolutionTally';
import { VoteRecordPanel } from '../shared/VoteRecordPanel';

/** What is put to the vote: title, estate, matter (its Art. 278 item), phase, voting dates, description. */
function ResolutionHeader() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Stack spacing={1} data-testid="resolution-header">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5">{record.title}</Typography>
        <EnumChip group="resolutionPhase" value={record.phase} colors={RESOLUTION_PHASE_COLORS} data-testid="resolution-phase" />
        <Chip size="small" variant="outlined" label={translate(`wuye.matter.${record.matter}`)} data-testid="resolution-matter" />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {/* the item as the Civil Code numbers it, （九） in Chinese, as the printed notice does (users' review F7) */}
        {record.estateName} · {translate('wuye.resolution.item', { item: articleItemText(record.tally?.article278Item, locale) })}
      </Typography>
      <Typography variant="body2" data-testid="voting-dates">
        {translate('wuye.resolution.voting_dates', { start: format.day(record.votingStartsOn), end: format.day(record.votingEndsOn) })}
      </Typography>
      {record.description && (
        <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }}>
          {record.description}
        </Typography>
      )}
      {record.deemedVotes && (
        <Alert severity="warning" data-testid="deemed-votes-on">
          {translate('wuye.resolution.deemed_on')}
        </Alert>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Stack spacing={2}>
      <Divider />
      <Typography variant="h6">{translate(title)}</Typography>
      {children}
    </Stack>
  );
}

/**
 * A resolution of the owners' assembly: what is decided, the moves an officer may make, ballot entry while the
 * vote is open, and the tally against the Art. 278 thresholds. Loaded on demand (its own chunk).
 */
export default function ResolutionShow() {
  const onError = useReadErrorHandler('resolutions');
  return (
    <Show
      actions={
        <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
          <ResolutionMoves />
        </TopToolbar>
      }
      queryOptions={{ onError }}
    >
      <Stack spacing={3} sx={{ p: 2 }}>
        <ResolutionHeader />
        <BallotSection />
        <Section title="wuye.resolution.tally">
          <ResolutionTallyView />
        </Section>
        <Section title="wuye.record.title">
          <VoteRecordPanel resource="resolutions" />
        </Section>
      </Stack>
    </Show>
  );
}

/** Ballot entry, for those who may record ballots (the section is absent for readers). */
function BallotSection() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'resolutions', action: 'ballot', record });
  if (!record || !canAccess) return null;
  return (
    <Section title="wuye.resolution.ballots">
      <ResolutionBallotEntry />
    </Section>
  );
}

const ITEM_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];
/** An item of Art. 278(1) as the Code writes it: 九 in Chinese, 9 otherwise; — when unknown. */
function articleItemText(item: number | null | undefined, locale: string): string {
  if (!item) return '—';
  return locale.startsWith('zh') ? (ITEM_NUMERALS[item - 1] ?? String(item)) : String(item);
}

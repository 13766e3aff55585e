import { Alert, Chip, Stack, Typography } from '@mui/material';
import { TabbedShowLayout, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Show } from '../shared/views';
import { RecordEditButton } from '../shared/ResourceActions';
import { EnumChip, PHASE_COLORS, useFormat } from '../shared/fields';
import { useReadErrorHandler } from '../shared/useServerErrorNotifier';
import { BallotEntry } from './BallotEntry';
import { CandidatePanel } from './CandidatePanel';
import { ElectionHistory } from './ElectionHistory';
import { MoveButtons } from './MoveButtons';
import { TieConfirmButton, TieSettlementButton } from './TieSettlement';
import { PhaseStepper } from './PhaseStepper';
import { TallyView } from './TallyView';
import { VoteRecordPanel } from '../shared/VoteRecordPanel';
import { CertifiedCommittee } from './CertifiedCommittee';

function WorkspaceActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center', gap: 1 }}>
      <TieSettlementButton />
      <TieConfirmButton />
      <MoveButtons />
      <RecordEditButton />
    </TopToolbar>
  );
}

/** What the election is: estate, kind, seats, phase, its voting days, and the deemed-votes setting when it is on. */
function WorkspaceHeader() {
  const record = useRecordContext();
  const translate = useTranslate();
  const format = useFormat();
  if (!record) return null;
  const votingPeriod = ((record.phases ?? []) as Array<{ phase: string; startsOn: string | null; endsOn: string | null }>).find((p) => p.phase === 'VOTING');
  return (
    <Stack spacing={1} sx={{ px: 2, pt: 2 }} data-testid="election-header">
      <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h5">{record.title}</Typography>
        <EnumChip group="electionPhase" value={record.phase} colors={PHASE_COLORS} data-testid="election-phase" />
        <Chip size="small" variant="outlined" label={translate(`wuye.electionKind.${record.kind}`)} />
        <Chip size="small" variant="outlined" label={translate('wuye.workspace.seats', { smart_count: record.seats })} />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {record.estateName}
      </Typography>
      <Typography variant="body2" data-testid="voting-days">
        {/* without a planned day, the announced voting period rather than a dash beside it (users' review F3) */}
        {!record.plannedVotingOn && votingPeriod?.startsOn
          ? translate('wuye.workspace.voting_period_days', { start: format.day(votingPeriod.startsOn), end: format.day(votingPeriod.endsOn), voted: format.day(record.votedOn) })
          : translate('wuye.workspace.voting_days', { planned: format.day(record.plannedVotingOn), voted: format.day(record.votedOn) })}
      </Typography>
      {record.deemedVotes && (
        <Alert severity="warning" data-testid="deemed-votes-on">
          {translate('wuye.workspace.deemed_on')}
        </Alert>
      )}
      <CertifiedCommittee />
    </Stack>
  );
}

/**
 * The election workspace (docs/roles-and-workflows.md#console): the phases as a stepper with their dates and deadlines,
 * the moves the officer may make, the candidates with their eligibility review, ballot entry, and the tally
 * against the Civil Code thresholds. Loaded on demand (its own chunk).
 */
export default function ElectionWorkspace() {
  const onError = useReadErrorHandler('elections');
  return (
    <Show actions={<WorkspaceActions />} queryOptions={{ onError }}>
      <WorkspaceHeader />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="wuye.workspace.overview">
          <PhaseStepper />
          <ElectionHistory />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="wuye.workspace.candidates" path="candidates">
          <CandidatePanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="wuye.workspace.ballots" path="ballots">
          <BallotEntry />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="wuye.workspace.tally" path="tally">
          <TallyView />
          <VoteRecordPanel resource="elections" />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

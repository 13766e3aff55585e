import { Link as MuiLink, Stack } from '@mui/material';
import { useCloseNotification, useGetList, useGetOne, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { MAX_TAKE } from '../dataProvider/buildQuery';
import { ClosableRefusal } from '../shared/RefusalNotice';

/** An election still running (neither certified nor cancelled): one at a time per estate, as the server holds. */
export interface RunningElection {
  id: string;
  title: string;
  phase: string;
}

/**
 * The elections still running in a subdistrict, by estate (the elections list's `open` filter): the estates a new
 * election cannot be opened for (the server refuses with ALREADY_EXISTS and the running election's id).
 */
export function useRunningElections(subdistrictId: string | null | undefined): Map<string, RunningElection> {
  const { data = [] } = useGetList(
    'elections',
    { filter: { open: true, subdistrictId }, pagination: { page: 1, perPage: MAX_TAKE }, sort: { field: 'id', order: 'DESC' } },
    { enabled: !!subdistrictId },
  );
  return new Map(data.map((e) => [String(e.estateId), { id: String(e.id), title: e.title, phase: e.phase }]));
}

/** Where the estate's running election is: its title and phase, and a link to it. */
export function RunningElectionLink({ election, onFollow }: { election: RunningElection; onFollow?: () => void }) {
  const translate = useTranslate();
  return (
    <MuiLink component={Link} to={`/elections/${election.id}/show`} onClick={onFollow} color="inherit" sx={{ fontWeight: 500 }} data-testid="running-election-link">
      {translate('wuye.workspace.running_election_link', { title: election.title, phase: translate(`wuye.electionPhase.${election.phase}`) })}
    </MuiLink>
  );
}

/**
 * The refusal of a new election for an estate that has one running (ALREADY_EXISTS with its `electionId`): said in
 * words, with a link to that election, until the user closes it.
 */
export function ElectionRunningNotice({ electionId, text }: { electionId: string; text: string }) {
  const { data } = useGetOne('elections', { id: electionId });
  const close = useCloseNotification();
  return (
    <ClosableRefusal testId="election-running-notice">
      <Stack spacing={0.5}>
        <span>{text}</span>
        {data && <RunningElectionLink election={{ id: electionId, title: data.title, phase: data.phase }} onFollow={close} />}
      </Stack>
    </ClosableRefusal>
  );
}

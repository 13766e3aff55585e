import { Alert, FormControlLabel, Radio, RadioGroup, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ResolutionBallotInput, VotingMethod } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { errorCode } from '../dataProvider/errors';
import { BallotCard, BallotRefusal, DEVELOPER, useVoterName, VOTER_PAGE, VoterSearch, VotingPerson, VotingPersonsTable } from '../shared/BallotParts';
import { RESOLUTION_CHOICES } from '../shared/choices';
import { FormDialog, useErrorText, useFieldProblem } from '../shared/FormDialog';

type Choice = ResolutionBallotInput['choice'];

/**
 * Ballot entry while the vote is open (officer): find the voting person on the roll fixed when voting opened
 * (by name or unit; the developer as 开发建设单位), the method and YES / NO / ABSTAIN; confirm. Who has voted
 * is marked and cannot be chosen again; the server refuses a second ballot all the same, said next to the
 * ballot. A recorded one refreshes the tally.
 */
export function ResolutionBallotEntry() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const nameOf = useVoterName();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const problemOf = useFieldProblem();
  const { canAccess } = useCanAccess({ resource: 'resolutions', action: 'ballot', record });
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [voter, setVoter] = useState<VotingPerson | null>(null);
  const [method, setMethod] = useState<VotingMethod>('PAPER');
  const [choice, setChoice] = useState<Choice | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // a boolean: react-query treats an undefined `enabled` (permissions still loading) as enabled
  const open = !!record && record.phase === 'VOTING' && !!canAccess;
  const { data, isFetching } = useQuery({
    queryKey: ['resolutionVoters', record?.id, search, page],
    queryFn: () => dataProvider.resolutionVoters(String(record!.id), { q: search, skip: page * VOTER_PAGE, take: VOTER_PAGE }),
    enabled: open && search.trim() !== '',
  });
  if (!record || !canAccess) return null;
  if (!open) return <Alert severity="info">{translate('wuye.resolution.ballots_closed')}</Alert>;

  const choose = (v: VotingPerson) => {
    setVoter(v);
    setChoice('');
    setRefusal(null);
  };

  const submitBallot = async () => {
    try {
      await dataProvider.recordResolutionBallot(String(record.id), { ownerId: voter!.ownerId, developer: voter!.personKey === DEVELOPER, method, choice: choice as Choice });
      notify('wuye.ballot.recorded', { type: 'success', messageArgs: { name: nameOf(voter!) } });
      setVoter(null);
      refresh();
      return true;
    } catch (e) {
      const problem = problemOf(e, 'ownerId') ?? problemOf(e, 'developer');
      const alreadyVoted = errorCode(e) === 'ALREADY_EXISTS';
      setRefusal(alreadyVoted ? translate('wuye.resolution.already_voted', { name: nameOf(voter!) }) : (problem ?? errorText(e)));
      if (alreadyVoted) {
        // a ballot of theirs came in from another desk: the ballot form closes and their row is read again, marked as voted
        setVoter(null);
        setChoice('');
        void queryClient.invalidateQueries({ queryKey: ['resolutionVoters', record.id] });
      }
      return true; // the refusal shows on the page, next to the ballot
    }
  };

  const persons = data?.data ?? [];
  return (
    <Stack spacing={2} data-testid="resolution-ballot-entry">
      <VoterSearch label={translate('wuye.ballot.search')} name="voter-search" width={360} busy={isFetching} total={data?.total}
        onSearch={(q) => {
          setSearch(q);
          setPage(0);
        }}
      />
      {data && persons.length === 0 && <Typography variant="body2">{translate('wuye.ballot.none_found')}</Typography>}
      {persons.length > 0 && <VotingPersonsTable persons={persons} selected={voter?.personKey ?? null} onChoose={choose} pages={{ total: data?.total ?? 0, page, onPage: setPage }} />}
      <BallotRefusal text={refusal} />
      {voter && (
        <BallotCard voterName={nameOf(voter)} method={method} onMethod={setMethod} canRecord={!!choice} onRecord={() => setConfirming(true)}>
          <Typography variant="subtitle2">{translate('wuye.resolution.choice')}</Typography>
          <RadioGroup row value={choice} onChange={(e) => setChoice(e.target.value as Choice)} data-testid="ballot-choice">
            {RESOLUTION_CHOICES.map((c) => (
              <FormControlLabel key={c} value={c} control={<Radio />} label={translate(`wuye.resolutionChoice.${c}`)} data-choice={c} />
            ))}
          </RadioGroup>
        </BallotCard>
      )}
      {confirming && voter && choice && (
        <FormDialog
          open
          testId="ballot-dialog"
          title={translate('wuye.ballot.confirm_title', { name: nameOf(voter) })}
          content={translate('wuye.resolution.confirm_content', { method: translate(`wuye.votingMethod.${method}`), choice: translate(`wuye.resolutionChoice.${choice}`) })}
          confirmLabel={translate('wuye.ballot.record')}
          onClose={() => setConfirming(false)}
          onConfirm={submitBallot}
        />
      )}
    </Stack>
  );
}

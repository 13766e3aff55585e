import { Alert, Checkbox, FormControlLabel, FormGroup, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { VotingMethod } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { errorCode } from '../dataProvider/errors';
import { BallotCard, BallotRefusal, DEVELOPER, useVoterName, VOTER_PAGE, VoterSearch, VotingPerson, VotingPersonsTable } from '../shared/BallotParts';
import { FormDialog, useErrorText, useFieldProblem } from '../shared/FormDialog';

/**
 * Ballot entry while voting is open: find the voting person (by name or unit, e.g. 3幢), choose the method and
 * up to `seats` eligible candidates, confirm. One ballot per voting person: a second is refused and said so.
 */
export function BallotEntry() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const nameOf = useVoterName();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const problemOf = useFieldProblem();
  const queryClient = useQueryClient();
  const { canAccess } = useCanAccess({ resource: 'elections', action: 'ballot', record });
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [voter, setVoter] = useState<VotingPerson | null>(null);
  const [method, setMethod] = useState<VotingMethod>('PAPER');
  const [choices, setChoices] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // a boolean: react-query treats an undefined `enabled` (permissions still loading) as enabled
  const open = !!record && record.phase === 'VOTING' && !!canAccess && (record.availableActions ?? []).length > 0;
  const { data, isFetching } = useQuery({
    queryKey: ['votingPersons', record?.id, search, page],
    queryFn: () => dataProvider.votingPersons(String(record!.id), { q: search, skip: page * VOTER_PAGE, take: VOTER_PAGE }),
    enabled: open && search.trim() !== '',
  });
  if (!record) return null;
  // why this tab enters nothing: voting is not open, or it is and ballots are the running officers' to enter (users' review F11)
  if (!open) return <Alert severity="info" data-testid="ballots-closed">{translate(record.phase === 'VOTING' ? 'wuye.ballot.entered_by_officers' : 'wuye.ballot.closed')}</Alert>;

  const standing = ((record.candidates ?? []) as Array<{ id: string; decision: string; withdrawn: boolean; owner: { name: string } | null }>).filter(
    (c) => c.decision === 'ELIGIBLE' && !c.withdrawn,
  );
  const toggle = (id: string) => setChoices((current) => (current.includes(id) ? current.filter((c) => c !== id) : [...current, id]));
  const choose = (p: VotingPerson) => {
    setVoter(p);
    setChoices([]);
    setRefusal(null);
  };

  const submitBallot = async () => {
    try {
      await dataProvider.recordBallot(String(record.id), { ownerId: voter!.ownerId, developer: voter!.personKey === DEVELOPER, method, choices });
      notify('wuye.ballot.recorded', { type: 'success', messageArgs: { name: nameOf(voter!) } });
      setVoter(null);
      setChoices([]);
      refresh();
      return true;
    } catch (e) {
      const problem = problemOf(e, 'ownerId') ?? problemOf(e, 'choices') ?? problemOf(e, 'developer');
      const alreadyVoted = errorCode(e) === 'ALREADY_EXISTS';
      setRefusal(alreadyVoted ? translate('wuye.ballot.already_voted', { name: nameOf(voter!) }) : (problem ?? errorText(e)));
      if (alreadyVoted) {
        // a ballot of theirs came in from another desk: the ballot form closes and their row is read again, marked as voted
        setVoter(null);
        setChoices([]);
        void queryClient.invalidateQueries({ queryKey: ['votingPersons', record.id] });
      }
      return true; // the refusal shows on the page, next to the ballot
    }
  };

  const persons = data?.data ?? [];
  return (
    <Stack spacing={2} data-testid="ballot-entry">
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
        <BallotCard voterName={nameOf(voter)} method={method} onMethod={setMethod} canRecord onRecord={() => setConfirming(true)}>
          <Typography variant="subtitle2">{translate('wuye.ballot.choices', { smart_count: record.seats })}</Typography>
          <FormGroup row>
            {standing.map((c) => (
              <FormControlLabel
                key={c.id}
                control={<Checkbox checked={choices.includes(c.id)} onChange={() => toggle(c.id)} disabled={!choices.includes(c.id) && choices.length >= record.seats} />}
                label={c.owner?.name ?? c.id}
                data-candidate={c.id}
              />
            ))}
          </FormGroup>
          {choices.length === 0 && <Typography variant="caption">{translate('wuye.ballot.blank')}</Typography>}
        </BallotCard>
      )}
      {confirming && voter && (
        <FormDialog
          open
          testId="ballot-dialog"
          title={translate('wuye.ballot.confirm_title', { name: nameOf(voter) })}
          content={translate('wuye.ballot.confirm_content', {
            method: translate(`wuye.votingMethod.${method}`),
            choices: choices.length ? standing.filter((c) => choices.includes(c.id)).map((c) => c.owner?.name).join('、') : translate('wuye.ballot.none_chosen'),
          })}
          confirmLabel={translate('wuye.ballot.record')}
          onClose={() => setConfirming(false)}
          onConfirm={submitBallot}
        />
      )}
    </Stack>
  );
}

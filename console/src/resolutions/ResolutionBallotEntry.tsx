import { Alert, Button, FormControlLabel, Radio, RadioGroup, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { ResolutionBallotInput, VotingMethod } from '../generated/graphql';
import type { RegistryDataProvider } from '../resources';
import { errorCode } from '../dataProvider/errors';
import { BallotCard, BallotRefusal, VoterSearch } from '../shared/BallotParts';
import { RESOLUTION_CHOICES } from '../shared/choices';
import { FormDialog, useErrorText, useFieldProblem } from '../shared/FormDialog';

/** Who the ballot is for: an owner of the estate, or the developer for all its unsold units (one person). */
interface Voter {
  ownerId: string | null;
  name: string;
}

type Choice = ResolutionBallotInput['choice'];

/**
 * Ballot entry while the vote is open (officer): find an owner of the estate by name, or take the developer;
 * the method and YES / NO / ABSTAIN; confirm. One ballot per voting person: a second is refused and said so,
 * next to the ballot; a recorded one refreshes the tally.
 */
export function ResolutionBallotEntry() {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<RegistryDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const errorText = useErrorText();
  const problemOf = useFieldProblem();
  const { canAccess } = useCanAccess({ resource: 'resolutions', action: 'ballot', record });
  const [search, setSearch] = useState('');
  const [voter, setVoter] = useState<Voter | null>(null);
  const [method, setMethod] = useState<VotingMethod>('PAPER');
  const [choice, setChoice] = useState<Choice | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  // a boolean: react-query treats an undefined `enabled` (permissions still loading) as enabled
  const open = !!record && record.phase === 'VOTING' && !!canAccess;
  const { data, isFetching } = useQuery({
    queryKey: ['resolutionOwners', record?.estateId, search],
    queryFn: () =>
      dataProvider.getList('owners', { filter: { estateId: String(record!.estateId), name: search.trim() }, pagination: { page: 1, perPage: 10 }, sort: { field: 'name', order: 'ASC' } }),
    enabled: open && search.trim() !== '',
  });
  if (!record || !canAccess) return null;
  if (!open) return <Alert severity="info">{translate('wuye.resolution.ballots_closed')}</Alert>;

  const developer: Voter = { ownerId: null, name: translate('wuye.ballot.developer') };
  const choose = (v: Voter) => {
    setVoter(v);
    setChoice('');
    setRefusal(null);
  };

  const submitBallot = async () => {
    try {
      await dataProvider.recordResolutionBallot(String(record.id), { ownerId: voter!.ownerId, developer: voter!.ownerId === null, method, choice: choice as Choice });
      notify('wuye.ballot.recorded', { type: 'success', messageArgs: { name: voter!.name } });
      setVoter(null);
      refresh();
      return true;
    } catch (e) {
      const problem = problemOf(e, 'ownerId') ?? problemOf(e, 'developer');
      setRefusal(errorCode(e) === 'ALREADY_EXISTS' ? translate('wuye.resolution.already_voted', { name: voter!.name }) : (problem ?? errorText(e)));
      return true; // the refusal shows on the page, next to the ballot
    }
  };

  const owners = data?.data ?? [];
  return (
    <Stack spacing={2} data-testid="resolution-ballot-entry">
      <VoterSearch label={translate('wuye.resolution.search')} name="owner-search" width={280} busy={isFetching} total={data ? (data.total ?? owners.length) : undefined} onSearch={setSearch}>
        <Button variant="text" onClick={() => choose(developer)} data-testid="choose-developer">
          {developer.name}
        </Button>
      </VoterSearch>
      {data && owners.length === 0 && <Typography variant="body2">{translate('wuye.ballot.none_found')}</Typography>}
      {owners.length > 0 && (
        <Table size="small" data-testid="owners-found">
          <TableHead>
            <TableRow>
              <TableCell>{translate('wuye.ballot.voter')}</TableCell>
              <TableCell>{translate('wuye.ballot.units')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {owners.map((o) => (
              <TableRow key={o.id} selected={voter?.ownerId === String(o.id)} data-owner={o.id}>
                <TableCell>{o.name}</TableCell>
                <TableCell>{o.units}</TableCell>
                <TableCell>
                  <Button size="small" onClick={() => choose({ ownerId: String(o.id), name: o.name })} data-testid="choose-voter">
                    {translate('wuye.ballot.choose')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <BallotRefusal text={refusal} />
      {voter && (
        <BallotCard voterName={voter.name} method={method} onMethod={setMethod} canRecord={!!choice} onRecord={() => setConfirming(true)}>
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
          title={translate('wuye.ballot.confirm_title', { name: voter.name })}
          content={translate('wuye.resolution.confirm_content', { method: translate(`wuye.votingMethod.${method}`), choice: translate(`wuye.resolutionChoice.${choice}`) })}
          confirmLabel={translate('wuye.ballot.record')}
          onClose={() => setConfirming(false)}
          onConfirm={submitBallot}
        />
      )}
    </Stack>
  );
}

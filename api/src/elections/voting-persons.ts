import { Field, ID, Int, ObjectType } from 'type-graphql';
import { readTogether, type RequestContext } from '../request/context';
import { ownerIdOfKey, ownerService } from '../owners/owner.service';
import { DEVELOPER_PERSON_KEY } from '../owners/voting-weights';
import { fromHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { Decimal } from '../shared/scalars';
import { DEVELOPER_NAME } from './records/roll-snapshot';
import { VoteRef, voteRecords } from './records/vote-record.service';

@ObjectType()
export class VotingPerson {
  @Field({ description: 'owner:<id>, or DEVELOPER for all developer-held units' })
  personKey: string;

  @Field(() => ID, { nullable: true })
  ownerId: number | null;

  @Field({ description: 'the voter’s name (开发建设单位 for the developer)' })
  name: string;

  @Field(() => [String], { description: 'the units this person votes for, e.g. 3幢2单元1101' })
  units: string[];

  @Field(() => Decimal, { description: 'm²' })
  area: string;

  @Field()
  voted: boolean;
}

@ObjectType()
export class VotingPersonPage {
  @Field(() => [VotingPerson])
  items: VotingPerson[];

  @Field(() => Int)
  totalItems: number;
}

interface Listed {
  personKey: string;
  name: string;
  units: string[];
  area: string;
}

/** The live roll, for a vote not opened yet: what the roll would be if voting opened now. */
async function liveRoll(ctx: RequestContext, estateId: number): Promise<Listed[]> {
  const [roll, owners, units] = await readTogether(ctx, [
    () => ownerService.votingRoll(ctx, estateId),
    () => ctx.em.query(`SELECT id, name FROM owner WHERE estate_id = $1`, [estateId]) as Promise<Array<{ id: number; name: string }>>,
    () => ctx.em.query(`SELECT id, building, unit_no, room FROM unit WHERE estate_id = $1`, [estateId]) as Promise<Array<{ id: number; building: string; unit_no: string; room: string }>>,
  ]);
  const nameOf = new Map(owners.map((o) => [o.id, o.name]));
  const labelOf = new Map(units.map((u) => [String(u.id), `${u.building}${u.unit_no}${u.room}`]));
  return roll.persons.map((p) => ({
    personKey: p.personKey,
    name: p.personKey === DEVELOPER_PERSON_KEY ? DEVELOPER_NAME : (nameOf.get(ownerIdOfKey(p.personKey)!) ?? p.personKey),
    units: p.unitIds.map((id) => labelOf.get(id) ?? id),
    area: fromHundredths(p.areaHundredths),
  }));
}

/**
 * The roll as the officer entering ballots sees it, with who has voted: the roll fixed when voting opened
 * (names and units as they stood then), or before that the live one. Each voting person once.
 */
export async function votingPersons(
  ctx: RequestContext,
  vote: VoteRef,
  filter: { q?: string | null; voted?: boolean | null; skip: number; take: number },
): Promise<VotingPersonPage> {
  if (filter.take < 1 || filter.take > ctx.config.limits.maxTake) throw fail.badField('take', 'TAKE_RANGE', `must be from 1 to ${ctx.config.limits.maxTake}`, { min: 1, max: ctx.config.limits.maxTake });
  const ballotsSql = vote.kind === 'ELECTION' ? `SELECT voter_key FROM ballot WHERE election_id = $1` : `SELECT voter_key FROM resolution_ballot WHERE resolution_id = $1`;
  const [fixed, ballots] = await readTogether(ctx, [
    () => voteRecords.rollOf(ctx, vote),
    () => ctx.em.query(ballotsSql, [vote.id]) as Promise<Array<{ voter_key: string }>>,
  ]);
  let listed: Listed[];
  if (fixed) {
    const labelOf = new Map(fixed.record.units.map((u) => [u.id, u.label]));
    listed = fixed.record.persons.map((p) => ({ personKey: p.key, name: p.name, units: p.units.map((id) => labelOf.get(id) ?? id), area: p.area }));
  } else {
    listed = await liveRoll(ctx, vote.estateId);
  }
  const votedKeys = new Set(ballots.map((b) => b.voter_key));
  const q = filter.q?.trim();
  const all = listed
    .map((p) => ({ ...p, ownerId: ownerIdOfKey(p.personKey), voted: votedKeys.has(p.personKey) }))
    .filter((p) => (filter.voted === undefined || filter.voted === null || p.voted === filter.voted))
    .filter((p) => !q || p.name.includes(q) || p.units.some((u) => u.includes(q)));
  return { items: all.slice(filter.skip, filter.skip + filter.take), totalItems: all.length };
}

import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { RequestContext } from '../request/context';
import { ownerIdOfKey, ownerService } from '../owners/owner.service';
import { DEVELOPER_PERSON_KEY } from '../owners/voting-weights';
import { fromHundredths } from '../shared/decimal';
import { fail } from '../shared/errors';
import { Decimal } from '../shared/scalars';
import { Election } from './election.entity';

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

/**
 * The roll as the officer entering ballots sees it: each voting person once, with their units and whether a
 * ballot is in. Four statements whatever the estate's size (roll, owners, units, ballots).
 */
export async function votingPersons(
  ctx: RequestContext,
  election: Election,
  filter: { q?: string | null; voted?: boolean | null; skip: number; take: number },
): Promise<VotingPersonPage> {
  if (filter.take < 1 || filter.take > ctx.config.limits.maxTake) throw fail.badField('take', 'TAKE_RANGE', `must be from 1 to ${ctx.config.limits.maxTake}`);
  const [roll, owners, units, ballots] = await Promise.all([
    ownerService.votingRoll(ctx, election.estateId),
    ctx.em.query(`SELECT id, name FROM owner WHERE estate_id = $1`, [election.estateId]) as Promise<Array<{ id: number; name: string }>>,
    ctx.em.query(`SELECT id, building, unit_no, room FROM unit WHERE estate_id = $1`, [election.estateId]) as Promise<Array<{ id: number; building: string; unit_no: string; room: string }>>,
    ctx.em.query(`SELECT voter_key FROM ballot WHERE election_id = $1`, [election.id]) as Promise<Array<{ voter_key: string }>>,
  ]);
  const nameOf = new Map(owners.map((o) => [o.id, o.name]));
  const labelOf = new Map(units.map((u) => [String(u.id), `${u.building}${u.unit_no}${u.room}`]));
  const votedKeys = new Set(ballots.map((b) => b.voter_key));
  const q = filter.q?.trim();
  const all = roll.persons
    .map((p) => {
      const ownerId = ownerIdOfKey(p.personKey);
      return {
        personKey: p.personKey,
        ownerId,
        name: p.personKey === DEVELOPER_PERSON_KEY ? '开发建设单位' : (nameOf.get(ownerId!) ?? p.personKey),
        units: p.unitIds.map((id) => labelOf.get(id) ?? id),
        area: fromHundredths(p.areaHundredths),
        voted: votedKeys.has(p.personKey),
      };
    })
    .filter((p) => (filter.voted === undefined || filter.voted === null || p.voted === filter.voted))
    .filter((p) => !q || p.name.includes(q) || p.units.some((u) => u.includes(q)));
  return { items: all.slice(filter.skip, filter.skip + filter.take), totalItems: all.length };
}

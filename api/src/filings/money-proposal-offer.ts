import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { idWithRole } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { Role } from '../request/principal';
import { ProposalRecord } from './proposal-record';
import { ConfirmBlocker, confirmRefusal, ProposalAction, proposalActions, ProposalStatus } from './proposals';

/** A money proposal: on a book's or a fund's estate, proposed and decided by officers of it (docs/roles-and-workflows.md#money-proposals). */
type MoneyProposal = ProposalRecord & { estateId: number };
type MoneyProposalEntity<P extends MoneyProposal> = (new () => P) & { name: string };

/**
 * Whether the proposer of a money proposal is still an active officer of its estate (`officer_of_estate`): a proposal lives
 * by its proposer's power, as an account change does (round 11 O1), so a checker alone never decides what only they stand for.
 */
export async function proposerStands(ctx: RequestContext, proposal: MoneyProposal): Promise<boolean> {
  const [{ stands }] = await ctx.em.query(`SELECT officer_of_estate($1, $2) AS stands`, [proposal.proposedById, proposal.estateId]);
  return stands === true;
}

/** The same for a read of many proposals of one kind: one statement per kind per request, whatever the page size. */
function proposerStandsBatched<P extends MoneyProposal>(ctx: RequestContext, entity: MoneyProposalEntity<P>, proposal: P): Promise<boolean> {
  const table = ctx.em.connection.getMetadata(entity).tableName;
  return ctx.loaders
    .custom<boolean>(`${table}.proposerStands`, async (ids) => {
      const rows: Array<{ id: number; stands: boolean }> = await ctx.em.query(
        `SELECT id, officer_of_estate(proposed_by_id, estate_id) AS stands FROM ${table} WHERE id = ANY($1::int[])`,
        [ids],
      );
      const stands = new Map(rows.map((row) => [row.id, row.stands]));
      return ids.map((id) => stands.get(id) === true);
    })
    .load(proposal.id);
}

/**
 * The calling officer's buttons on a money proposal and, when CONFIRM is not among them, why: their own (MAKER_CHECKER), its
 * proposer no longer an officer of the estate (PROPOSER_GONE), or the kind's own blocker (`more`, e.g. a book's terms changed since).
 */
export async function moneyProposalOffer<P extends MoneyProposal>(
  ctx: RequestContext,
  entity: MoneyProposalEntity<P>,
  proposal: P,
  more?: () => Promise<ConfirmBlocker | null>,
): Promise<{ actions: ProposalAction[]; confirmRefusal: string | null }> {
  const officer = idWithRole(ctx.principal, Role.OFFICER);
  const pending = officer !== null && proposal.status === ProposalStatus.PENDING;
  const blocker = !pending ? null : !(await proposerStandsBatched(ctx, entity, proposal)) ? 'PROPOSER_GONE' : more ? await more() : null;
  return {
    actions: proposalActions(proposal.status, proposal.proposedById, officer, blocker),
    confirmRefusal: confirmRefusal(proposal.status, proposal.proposedById, officer, blocker),
  };
}

/** What `MoneyProposalFields` needs of the kind: its names of people and, if any, its own blocker and the refusals it names. */
interface MoneyProposalKind<P extends MoneyProposal> {
  /** a person's display name (the accounts' officerName: filings may not import accounts) */
  nameOf: (ctx: RequestContext, userId: number | null) => Promise<string | null>;
  /** the kind's own reason to refuse CONFIRM, beside MAKER_CHECKER and PROPOSER_GONE (a book's terms changed since) */
  blocker?: (ctx: RequestContext, proposal: P) => Promise<ConfirmBlocker | null>;
  /** the description of confirmRefusal: the codes it may give */
  refusals: string;
}

/**
 * The fields the four money proposals answer alike (who proposed and decided it, the calling officer's buttons and why
 * not CONFIRM), declared once: each kind's resolver extends this (type-graphql's resolver inheritance) and adds its own.
 */
export function MoneyProposalFields<P extends MoneyProposal>(entity: MoneyProposalEntity<P>, kind: MoneyProposalKind<P>) {
  const offer = (ctx: RequestContext, proposal: P) => moneyProposalOffer(ctx, entity, proposal, kind.blocker && (() => kind.blocker!(ctx, proposal)));

  @Resolver(() => entity)
  abstract class MoneyProposalFieldsResolver {
    @FieldResolver(() => String, { nullable: true, description: 'the name of the officer who proposed it' })
    proposedBy(@Root() proposal: P, @Ctx() ctx: RequestContext): Promise<string | null> {
      return kind.nameOf(ctx, proposal.proposedById);
    }

    @FieldResolver(() => String, { nullable: true, description: 'the name of the officer who decided it' })
    decidedBy(@Root() proposal: P, @Ctx() ctx: RequestContext): Promise<string | null> {
      return kind.nameOf(ctx, proposal.decidedById);
    }

    @FieldResolver(() => [ProposalAction], { description: 'what the caller may do now (the console’s buttons); no CONFIRM while confirmRefusal says why' })
    async availableActions(@Root() proposal: P, @Ctx() ctx: RequestContext): Promise<ProposalAction[]> {
      return (await offer(ctx, proposal)).actions;
    }

    @FieldResolver(() => String, { nullable: true, description: kind.refusals })
    async confirmRefusal(@Root() proposal: P, @Ctx() ctx: RequestContext): Promise<string | null> {
      return (await offer(ctx, proposal)).confirmRefusal;
    }
  }
  return MoneyProposalFieldsResolver;
}

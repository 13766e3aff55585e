import { recordAudit } from '../audit/audit.service';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { lockVersion, saveVersion } from '../shared/versioned';
import { ProposalRecord } from './proposal-record';
import { PROPOSAL_TRANSITIONS, ProposalAction, proposalRefusal, ProposalStatus } from './proposals';
import { nextState } from './transitions';

/** How one kind of proposal is decided: who may touch it, what confirming does, where its audit events go. */
export interface ProposalKind<P extends ProposalRecord> {
  entity: (new () => P) & { name: string };
  /** audit actions `${auditName}.confirm` …, on the record the proposal changes (its readers see the decision) */
  auditName: string;
  /** who decides it, as the refusal names them (default: officer) */
  checker?: string;
  auditOn(row: P): { entityType: string; entityId: number };
  /** the table of the record the proposal changes, locked first: proposing locks it too, so the two queue, never deadlock */
  parentTable: string;
  /** an officer of the estate's subdistricts: checked before the version, so a refusal tells nothing */
  authorize(ctx: RequestContext, row: P): Promise<void>;
  /** carries the confirmed proposal out, in the same transaction (the database checks it was confirmed) */
  onConfirm(ctx: RequestContext, confirmed: P): Promise<void>;
  /** whether its proposer still holds the power it was proposed with; confirmed only then (PROPOSER_GONE) */
  proposerStands?(ctx: RequestContext, row: P): Promise<boolean>;
}

const MAX_NOTE_LENGTH = 500;

/**
 * Confirms, refuses or withdraws a pending proposal (docs/roles-and-workflows.md#money-proposals): locked, the caller's
 * jurisdiction, the version (CONFLICT), the transitions table, maker-checker, the decision and what it carries out, the
 * audit event — one transaction, so nothing is half-written.
 */
export function decideProposal<P extends ProposalRecord>(
  ctx: RequestContext,
  kind: ProposalKind<P>,
  id: number,
  version: number,
  action: ProposalAction,
  note: string | null,
): Promise<P> {
  const decisionNote = note?.trim() || null;
  if (decisionNote && decisionNote.length > MAX_NOTE_LENGTH) throw fail.badField('note', 'LENGTH', `must be at most ${MAX_NOTE_LENGTH} characters`, { max: MAX_NOTE_LENGTH });
  return withTransaction(ctx, async (ctx) => {
    // the book's or fund's lock first, as a proposal is made under it (a bare lock: it tells the caller nothing)
    const peek = await ctx.em.findOneBy(kind.entity, { id } as never);
    if (peek) {
      const parent = kind.auditOn(peek).entityId;
      await ctx.em.query(`SELECT 1 FROM ${kind.parentTable} WHERE id = $1 FOR UPDATE`, [parent]);
    }
    const row = await lockVersion(ctx, kind.entity, id, version, (r) => kind.authorize(ctx, r));
    const to = nextState(PROPOSAL_TRANSITIONS, row.status, action);
    if (!to) throw fail.invalidTransition(kind.entity.name, id, row.status, `${{ CONFIRM: 'confirmed', REFUSE: 'refused', WITHDRAW: 'withdrawn' }[action]}: it is decided already`, { rule: 'PROPOSAL_DECIDED' });
    const me = actorId(ctx);
    const refusal = me === null ? 'MAKER_CHECKER' : proposalRefusal(action, row.proposedById, me);
    if (refusal === 'MAKER_CHECKER') throw fail.forbidden(`You proposed ${kind.entity.name} ${id}: another ${kind.checker ?? 'officer'} must confirm or refuse it`, 'MAKER_CHECKER');
    if (refusal === 'PROPOSER_ONLY') {
      throw fail.invalidTransition(kind.entity.name, id, row.status, 'withdrawn by anyone but its proposer: refuse it instead', { rule: 'PROPOSER_ONLY' });
    }
    // a proposal lives by its proposer's power: one whose proposer lost it is refused, never confirmed by the checker alone
    if (action === ProposalAction.CONFIRM && kind.proposerStands && !(await kind.proposerStands(ctx, row))) {
      throw fail.invalidTransition(kind.entity.name, id, row.status, 'confirmed: its proposer is no longer an officer of the estate; refuse it', { rule: 'PROPOSER_GONE' });
    }
    const decided = await saveVersion(ctx, kind.entity, row, { status: to, decidedById: me, decisionNote } as never);
    if (to === ProposalStatus.CONFIRMED) await kind.onConfirm(ctx, decided);
    await recordAudit(ctx, { action: `${kind.auditName}.${action.toLowerCase()}`, ...kind.auditOn(row), before: row, after: decided });
    return decided;
  });
}

/** One pending proposal of a kind per book or fund (`record`, e.g. CommitteeAccount): the next waits until it is decided. */
export function proposalPending(record: string, id: number) {
  return fail.invalidTransition(record, id, 'PENDING', 'given another proposal: one is pending; the checker decides it, or its proposer withdraws it', { rule: 'PROPOSAL_PENDING' });
}

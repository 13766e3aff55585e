import { recordAudit, recordAudits } from '../audit/audit.service';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { translateDbError } from '../shared/db-errors';
import { AppError, fail } from '../shared/errors';
import { yearInChina } from '../shared/iso-date';
import { FiledRecord } from './filed-record';
import {
  DECISIONS,
  EDITABLE_FILING_STATUSES,
  FILING_TRANSITIONS,
  FilingAction,
  FilingStatus,
  ReturnReason,
  RevokeReason,
} from './filing';
import { Lifecycle, moveRecord } from './lifecycle';
import { MAKER_ADDED, madeBy } from './makers';
import { Changes, ComputedInWrite, insertReturning, lockVersion, noRowRule, saveVersion } from '../shared/versioned';
import { entitiesFromRows } from '../shared/hydrate';

/** What differs between kinds of filing: the table, the name in messages and audit, the filing-number prefix. */
export interface FilingKind<E extends FiledRecord> {
  entity: (new () => E) & { name: string };
  /** 'firm' → audit actions firm.create, firm.approve… */
  auditName: string;
  /** e.g. 湖物企备 → 湖物企备〔2026〕0001号 */
  numberPrefix: string;
  /** constraint name → the error a client sees when a write breaks it */
  constraintErrors?: Record<string, () => AppError>;
  /** who may touch a filing of this kind at all (checked before its version) */
  authorize?(ctx: RequestContext, row: E): Promise<void>;
  /** checks that need the database before a move, e.g. a project's firm must be approved first */
  guard?(ctx: RequestContext, row: E, action: FilingAction): Promise<void>;
  /** work done in the approving transaction, after the approval is written (keeping what the receipt prints) */
  onApprove?(ctx: RequestContext, approved: E): Promise<void>;
}

const MAX_NOTE_LENGTH = 500;

export interface DecisionDetails {
  returnReason?: ReturnReason;
  revokeReason?: RevokeReason;
  note?: string | null;
}

/**
 * The filing workflow shared by firms, projects and committee filings (docs/roles-and-workflows.md#filing): create and
 * edit while the clerk holds it, then submit / approve / return / revoke by the transitions table, every
 * step under optimistic locking, maker-checker, and with its audit event in the same transaction.
 */
export class FilingWorkflow<E extends FiledRecord> {
  /** The filing lifecycle of this kind: the shared table, maker-checker, and who decided when and why. */
  private readonly lifecycle: Lifecycle<E, FilingStatus, FilingAction, DecisionDetails>;

  constructor(private readonly kind: FilingKind<E>) {
    this.lifecycle = {
      entity: kind.entity,
      stateField: 'filingStatus',
      table: FILING_TRANSITIONS,
      auditName: kind.auditName,
      authorize: kind.authorize,
      refusedAs: pastTense,
      guard: async (ctx, { row, action }) => {
        // maker-checker: whoever made a filing (created it, edited it since its last decision, submitted it) never decides it
        if (DECISIONS.includes(action) && madeBy(row, actorId(ctx))) {
          throw fail.forbidden(`You created, edited or submitted ${this.kind.entity.name} ${row.id}: another registrar must decide it`, 'MAKER_CHECKER');
        }
        await this.kind.guard?.(ctx, row, action);
      },
      changes: async (ctx, { row, action, input }) => {
        const actor = actorId(ctx);
        const now = new Date();
        const changes: Changes<FiledRecord> =
          action === FilingAction.SUBMIT
            ? { submittedById: actor, submittedAt: now, decidedById: null, decidedAt: null, makerIds: new ComputedInWrite(MAKER_ADDED, { makerId: actor }) }
            : { decidedById: actor, decidedAt: now };
        // an approval accepts what the makers made: the next round of edits has makers of its own (a return clears no one)
        if (action === FilingAction.APPROVE) changes.makerIds = [];
        if (action === FilingAction.APPROVE && !row.filingNumber) {
          changes.filingNumber = this.nextFilingNumber(yearInChina(now));
        }
        // "other" names no reason: the note is the reason the clerk reads (docs/roles-and-workflows.md#filing)
        const noted = () => {
          if (!input.note?.trim()) throw fail.badField('note', 'NOTE_REQUIRED', 'a decision for another reason says what it is');
        };
        if (action === FilingAction.RETURN) {
          const returnReason = input.returnReason ?? ReturnReason.OTHER;
          if (returnReason === ReturnReason.OTHER) noted();
          Object.assign(changes, { returnReason, returnNote: input.note ?? null });
        }
        if (action === FilingAction.REVOKE) {
          const revokeReason = input.revokeReason ?? RevokeReason.OTHER;
          if (revokeReason === RevokeReason.OTHER) noted();
          Object.assign(changes, { revokeReason, revokeNote: input.note ?? null });
        }
        return changes as Changes<E>;
      },
      onEnter: {
        [FilingStatus.APPROVED]: async (ctx, approved) => {
          await kind.onApprove?.(ctx, approved);
        },
      },
    };
  }

  /** A new draft; inside a caller's transaction (certifying an election, an import) it joins that transaction. */
  async create(ctx: RequestContext, values: Partial<E>): Promise<E> {
    return this.write(ctx, async (ctx) => {
      const created = await insertReturning(ctx, this.kind.entity, { ...values, createdById: actorId(ctx) } as Partial<E>);
      await recordAudit(ctx, { action: `${this.kind.auditName}.create`, entityType: this.kind.entity.name, entityId: created.id, after: created });
      return created;
    });
  }

  /**
   * Many new drafts in two statements, one multi-row INSERT … RETURNING and one audit INSERT, each record with
   * its own audit event, in the caller's transaction: a bulk import writes a batch at a time. The rows go in as
   * one JSON parameter (PostgreSQL casts each field to its column), in order, so ids ascend with the input.
   */
  async createMany(ctx: RequestContext, valuesList: ReadonlyArray<Partial<E>>): Promise<E[]> {
    if (valuesList.length === 0) return [];
    return this.write(ctx, async (ctx) => {
      const createdById = actorId(ctx);
      const metadata = ctx.em.connection.getMetadata(this.kind.entity);
      const driver = ctx.em.connection.driver;
      const rows = valuesList.map((values) => ({ ...values, createdById }) as Record<string, unknown>);
      const columns = Object.keys(rows[0]).map((property) => metadata.findColumnWithPropertyName(property)!);
      const names = columns.map((c) => `"${c.databaseName}"`).join(', ');
      const payload = rows.map((row) => Object.fromEntries(columns.map((c) => [c.databaseName, driver.preparePersistentValue(row[c.propertyName], c)])));
      const inserted: Array<Record<string, unknown>> = await ctx.em.query(
        `INSERT INTO "${metadata.tableName}" (${names})
         SELECT ${names} FROM json_populate_recordset(NULL::"${metadata.tableName}", $1::json) WITH ORDINALITY AS r ORDER BY r.ordinality
         RETURNING *`,
        [JSON.stringify(payload)],
      );
      const created = entitiesFromRows<E>(ctx.em, metadata, inserted).sort((a, b) => a.id - b.id);
      await recordAudits(
        ctx,
        created.map((row) => ({ action: `${this.kind.auditName}.create`, entityType: this.kind.entity.name, entityId: row.id, after: row })),
      );
      return created;
    });
  }

  async update(ctx: RequestContext, id: number, version: number, changes: Partial<E>): Promise<E> {
    return this.write(ctx, async (ctx) => {
      const row = await lockVersion(ctx, this.kind.entity, id, version, this.kind.authorize ? (row) => this.kind.authorize!(ctx, row) : noRowRule);
      if (!EDITABLE_FILING_STATUSES.includes(row.filingStatus)) {
        throw fail.invalidTransition(this.kind.entity.name, id, row.filingStatus, 'edited (only drafts and returned filings can be)', { rule: 'FILING_NOT_EDITABLE' });
      }
      const updated = await saveVersion(ctx, this.kind.entity, row, { ...changes, makerIds: new ComputedInWrite(MAKER_ADDED, { makerId: actorId(ctx) }) } as Changes<E>);
      await recordAudit(ctx, { action: `${this.kind.auditName}.update`, entityType: this.kind.entity.name, entityId: id, before: row, after: updated });
      return updated;
    });
  }

  async transition(ctx: RequestContext, id: number, version: number, action: FilingAction, details: DecisionDetails = {}): Promise<E> {
    if (details.note && details.note.length > MAX_NOTE_LENGTH) {
      throw fail.badField('note', 'LENGTH', `must be at most ${MAX_NOTE_LENGTH} characters`, { max: MAX_NOTE_LENGTH });
    }
    return this.write(ctx, (ctx) => moveRecord(ctx, this.lifecycle, id, version, action, details));
  }

  /**
   * Gapless per kind and year (docs/domain-rules.md#filing-numbers): taken by the approving UPDATE itself
   * (migrations/1764803700000-filing-number-in-the-write.ts), whose transaction holds the counter row until it commits.
   */
  private nextFilingNumber(year: number): ComputedInWrite {
    return new ComputedInWrite('next_filing_number(:counterKind, :counterYear, :numberPrefix)', {
      counterKind: this.kind.auditName,
      counterYear: year,
      numberPrefix: this.kind.numberPrefix,
    });
  }

  private async write<T>(ctx: RequestContext, work: (ctx: RequestContext) => Promise<T>): Promise<T> {
    try {
      return await withTransaction(ctx, work);
    } catch (error) {
      translateDbError(error, {
        // PostgreSQL's own maker-checker (migrations/1764805800000): reached only if the guard above let a maker through
        filing_decided_by_another: () => fail.forbidden(`Whoever created, edited or submitted a ${this.kind.entity.name} filing does not decide it`, 'MAKER_CHECKER'),
        ...this.kind.constraintErrors,
      });
    }
  }
}


function pastTense(action: FilingAction): string {
  const words: Record<FilingAction, string> = {
    [FilingAction.SUBMIT]: 'submitted',
    [FilingAction.APPROVE]: 'approved',
    [FilingAction.RETURN]: 'returned',
    [FilingAction.REVOKE]: 'revoked',
  };
  return words[action];
}

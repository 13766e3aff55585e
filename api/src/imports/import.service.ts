import { assertJurisdiction } from '../estates/jurisdiction';
import { refusal } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { actorId, RequestContext, withTransaction } from '../request/context';
import { CallerShare } from '../shared/caller-share';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { errorFile, ErrorFile, RowMessage } from './error-file';
import { ImportFileInput, ImportKind, ImportMode, ImportPhase, ImportProgress, ImportReport, OpenVote } from './import.types';
import { decodeBase64, parseImportFile, ParsedTable } from './parsers';
import { buildReport, cellsOf, Evaluation, Importer, ImportProgressSink, lockImport, NO_PROGRESS, skipAllWhenInvalid } from './pipeline';

/** The importers by kind, registered by the schema (the roof), so imports/ imports no domain. */
const importers = new Map<ImportKind, Importer>();

export function registerImporters(list: readonly Importer[]): void {
  for (const importer of list) importers.set(importer.kind, importer);
}

function importerFor(kind: ImportKind): Importer {
  const importer = importers.get(kind);
  if (!importer) throw new Error(`No importer is registered for ${kind}`);
  return importer;
}

/**
 * A caller's files being parsed, checked or written at once: all on the event loop, a few seconds each at the size
 * limits, so twenty sent together by one clerk held everyone's answers back for as long (attacker round 13).
 */
const IMPORTS_PER_CALLER = 2;
const share = new CallerShare(IMPORTS_PER_CALLER, 'imports being checked or written');

/** Runs `work` in the caller's share of imports, or refuses it RATE_LIMITED. */
async function inShare<T>(ctx: RequestContext, work: () => Promise<T>): Promise<T> {
  const giveBack = share.enter(ctx.principal ? `${ctx.principal.kind}:${ctx.principal.id}` : `ip:${ctx.clientIp}`);
  try {
    return await work();
  } finally {
    giveBack();
  }
}

/**
 * Bulk import (docs/roles-and-workflows.md#imports): the file is parsed and its headers mapped here; each kind's
 * importer reads the rows with the create mutations' own rules and writes them with its own service, in one
 * transaction with one audit event per record — every row or none (ALL_OR_NOTHING), or the valid ones.
 */
export class ImportService {
  async preview(ctx: RequestContext, kind: ImportKind, file: ImportFileInput, estateId?: string | null): Promise<ImportReport> {
    const importer = importerFor(kind);
    const estate = await this.admit(ctx, importer, estateId);
    return inShare(ctx, async () => {
      const table = await this.read(ctx, file);
      const evaluation = await this.evaluate(ctx, importer, table, estate);
      const report = buildReport(importer, estate, null, table, evaluation.rows, false, evaluation.removed, await this.openVotes(ctx, importer, estate));
      return { ...report, source: { fileName: file.name, table, rows: evaluation.rows } };
    });
  }

  async run(
    ctx: RequestContext,
    kind: ImportKind,
    file: ImportFileInput,
    mode: ImportMode,
    estateId?: string | null,
    progressKey?: string | null,
  ): Promise<ImportReport> {
    const importer = importerFor(kind);
    const estate = await this.admit(ctx, importer, estateId);
    return inShare(ctx, () => this.runInShare(ctx, kind, importer, estate, file, mode, progressKey));
  }

  private async runInShare(
    ctx: RequestContext,
    kind: ImportKind,
    importer: Importer,
    estate: number | null,
    file: ImportFileInput,
    mode: ImportMode,
    progressKey?: string | null,
  ): Promise<ImportReport> {
    const progress = progressKey ? await this.startProgress(ctx, progressKey) : null;
    try {
      const table = await this.read(ctx, file);
      await progress?.phase(ImportPhase.CHECKING, 0, table.rows.length);
      // a constraint broken by a row comes back as its coded error (the workflow's create translates it)
      const report = await withTransaction(ctx, async (tx) => {
        await lockImport(tx, kind, estate);
        const openVotes = await this.openVotes(tx, importer, estate);
        const evaluation = await this.evaluate(tx, importer, table, estate);
        const source = { fileName: file.name, table, rows: evaluation.rows };
        if (skipAllWhenInvalid(mode, evaluation.rows)) return { ...buildReport(importer, estate, mode, table, evaluation.rows, false, 0, openVotes), source };
        await importer.write(tx, evaluation, estate, progress ?? NO_PROGRESS);
        return { ...buildReport(importer, estate, mode, table, evaluation.rows, true, evaluation.removed, openVotes), source };
      });
      await progress?.phase(ImportPhase.DONE, report.totalRows, report.totalRows);
      return report;
    } catch (error) {
      await progress?.phase(ImportPhase.FAILED, 0, 0).catch(() => undefined);
      throw error;
    }
  }

  /** The file's rows named, as uploaded, each with the caller's words for it (the console's error file in its user's language). */
  async errorFile(ctx: RequestContext, file: ImportFileInput, rows: readonly RowMessage[]): Promise<ErrorFile | null> {
    return inShare(ctx, async () => errorFile(file.name, await this.read(ctx, file), rows));
  }

  /** How far the caller's import named `key` has got (null when there is none of theirs). */
  async progress(ctx: RequestContext, key: string): Promise<ImportProgress | null> {
    const userId = actorId(ctx);
    if (userId === null) return null;
    const [row]: Array<ImportProgress> = await ctx.em.query(`SELECT phase, done, total FROM import_progress WHERE key = $1 AND user_id = $2`, [key, userId]);
    return row ?? null;
  }

  /**
   * Progress is written through the pool, outside the import's transaction, so another request sees it while
   * the import is uncommitted: one statement per batch. A key is the caller's own (another user's is refused).
   */
  private async startProgress(ctx: RequestContext, key: string): Promise<(ImportProgressSink & { phase(phase: ImportPhase, done: number, total: number): Promise<void> }) | null> {
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) throw fail.badField('progressKey', 'FORMAT', 'must be 8 to 64 letters, digits, - or _');
    if (ctx.principal?.kind !== 'user') return null;
    const userId = ctx.principal.id;
    const pool = ctx.em.connection.manager;
    const [claimed]: Array<{ key: string }> = await pool.query(
      `WITH pruned AS (DELETE FROM import_progress WHERE updated_at < now() - interval '1 day')
       INSERT INTO import_progress (key, user_id, phase) VALUES ($1, $2, 'CHECKING')
       ON CONFLICT (key) DO UPDATE SET phase = 'CHECKING', done = 0, total = 0, updated_at = now() WHERE import_progress.user_id = $2
       RETURNING key`,
      [key, userId],
    );
    if (!claimed) throw fail.badField('progressKey', 'TAKEN', 'is in use; make a new one');
    const phase = async (phase: ImportPhase, done: number, total: number) => {
      await pool.query(`UPDATE import_progress SET phase = $2, done = $3, total = $4, updated_at = now() WHERE key = $1`, [key, phase, done, total]);
    };
    return { phase, writing: (done, total) => phase(ImportPhase.WRITING, done, total) };
  }

  /** An owner roll's estate's votes it leaves as they are: named in the report, never a reason to refuse. */
  private async openVotes(ctx: RequestContext, importer: Importer, estate: number | null): Promise<OpenVote[]> {
    return estate === null ? [] : ((await importer.openVotes?.(ctx, estate)) ?? []);
  }

  /**
   * Who may import what: filings are the clerks' and registrars', an owner roll the officers' of the estate's
   * subdistrict (the mutation's policy admits all three roles; the kind decides). Returns the roll's estate.
   */
  private async admit(ctx: RequestContext, importer: Importer, estateId: string | null | undefined): Promise<number | null> {
    // a role that may not import this kind is refused as before execution: 403
    const refused = refusal(importer.policy, ctx.principal, `the ${importer.kind} import`);
    if (refused) throw refused.withHttpStatus();
    if (!importer.perEstate) {
      if (estateId) throw fail.badField('estateId', 'NOT_APPLICABLE', 'firms and projects name their estate in the file');
      return null;
    }
    if (!estateId) throw fail.badField('estateId', 'REQUIRED', 'an owner roll is imported for one estate');
    const id = toId(estateId, 'estateId');
    if (!(await ctx.loaders.byId(Estate).load(id))) throw fail.badField('estateId', 'REFERENCE', 'refers to a record that does not exist');
    await assertJurisdiction(ctx, id);
    return id;
  }

  private async read(ctx: RequestContext, file: ImportFileInput): Promise<ParsedTable> {
    const bytes = decodeBase64(file.contentBase64, ctx.config.imports.maxBytes);
    return parseImportFile(file.name, bytes, ctx.config.imports);
  }

  private evaluate(ctx: RequestContext, importer: Importer, table: ParsedTable, estate: number | null): Promise<Evaluation> {
    const { rows, addError } = cellsOf(importer, table);
    return importer.evaluate(ctx, rows, addError, estate);
  }
}

export const importService = new ImportService();

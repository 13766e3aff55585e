import { assertJurisdiction } from '../estates/jurisdiction';
import { refusal } from '../auth/policies';
import { Estate } from '../estates/estate.entity';
import { RequestContext, withTransaction } from '../request/context';
import { fail } from '../shared/errors';
import { toId } from '../shared/ids';
import { ImportFileInput, ImportKind, ImportMode, ImportReport, OpenVote } from './import.types';
import { decodeBase64, parseImportFile, ParsedTable } from './parsers';
import { buildReport, cellsOf, Evaluation, Importer, skipAllWhenInvalid } from './pipeline';

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
 * Bulk import (docs/roles-and-workflows.md#imports): the file is parsed and its headers mapped here; each kind's
 * importer reads the rows with the create mutations' own rules and writes them with its own service, in one
 * transaction with one audit event per record — every row or none (ALL_OR_NOTHING), or the valid ones.
 */
export class ImportService {
  async preview(ctx: RequestContext, kind: ImportKind, file: ImportFileInput, estateId?: string | null): Promise<ImportReport> {
    const importer = importerFor(kind);
    const estate = await this.admit(ctx, importer, estateId);
    const table = await this.read(ctx, file);
    const evaluation = await this.evaluate(ctx, importer, table, estate);
    return buildReport(importer, estate, null, table, evaluation.rows, false, evaluation.removed, await this.openVotes(ctx, importer, estate));
  }

  async run(ctx: RequestContext, kind: ImportKind, file: ImportFileInput, mode: ImportMode, estateId?: string | null): Promise<ImportReport> {
    const importer = importerFor(kind);
    const estate = await this.admit(ctx, importer, estateId);
    const table = await this.read(ctx, file);
    // a constraint broken by a row comes back as its coded error (the workflow's create translates it)
    return withTransaction(ctx, async (ctx) => {
      // one import of a kind (of an estate) at a time, so two uploads of one file cannot both find "no duplicate"
      await ctx.em.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`wuye.import.${kind}${estate === null ? '' : `.${estate}`}`]);
      const openVotes = await this.openVotes(ctx, importer, estate);
      const evaluation = await this.evaluate(ctx, importer, table, estate);
      if (skipAllWhenInvalid(mode, evaluation.rows)) return buildReport(importer, estate, mode, table, evaluation.rows, false, 0, openVotes);
      await importer.write(ctx, evaluation, estate);
      return buildReport(importer, estate, mode, table, evaluation.rows, true, evaluation.removed, openVotes);
    });
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
    const { rows, addError } = cellsOf(importer.kind, table);
    return importer.evaluate(ctx, rows, addError, estate);
  }
}

export const importService = new ImportService();

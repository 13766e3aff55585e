import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { errorFile, serverRowMessages } from './error-file';
import { importService } from './import.service';
import { ImportErrorFile, ImportFileInput, ImportKind, ImportMode, ImportProgress, ImportReport, ImportRowMessageInput } from './import.types';
import { countImportRows } from './import-metrics';

const ESTATE_ID = 'OWNER_ROLL: the estate whose roll the file is (required); refused for the other kinds, whose rows name their estate';

/** Filings are imported by clerks and registrars, owner rolls by officers: the service admits each kind to its roles. */
@Resolver(() => ImportReport)
export class ImportResolver {
  @Allow(Policies.imports)
  @Mutation(() => ImportReport, { description: 'Validate a CSV or .xlsx file row by row; nothing is written.' })
  previewImport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Arg('estateId', () => ID, { nullable: true, description: ESTATE_ID }) estateId?: string | null,
  ): Promise<ImportReport> {
    return importService.preview(ctx, kind, file, estateId);
  }

  @Allow(Policies.imports)
  @Mutation(() => ImportReport, {
    description:
      'Import the file in one transaction, written in batches: all rows or none (ALL_OR_NOTHING), or just the valid ones. Rows already registered are skipped; an owner roll updates the units and owners it finds.',
  })
  runImport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Arg('mode', () => ImportMode) mode: ImportMode,
    @Arg('estateId', () => ID, { nullable: true, description: ESTATE_ID }) estateId?: string | null,
    @Arg('progressKey', () => String, {
      nullable: true,
      description: 'a random key of the client (8–64 letters, digits, - or _): importProgress(key) tells how far this import has got while it runs',
    })
    progressKey?: string | null,
  ): Promise<ImportReport> {
    return importService.run(ctx, kind, file, mode, estateId, progressKey).then(countImportRows);
  }

  @Allow(Policies.imports)
  @Query(() => ImportProgress, { nullable: true, description: 'How far the caller’s runImport with this progressKey has got; null when there is none of theirs' })
  importProgress(@Ctx() ctx: RequestContext, @Arg('key') key: string): Promise<ImportProgress | null> {
    return importService.progress(ctx, key);
  }

  @Allow(Policies.imports)
  @Mutation(() => ImportErrorFile, {
    nullable: true,
    description:
      'The rows named, as the file has them (same columns, same format), each with the given message in one more column: a client writes the error file in its user\'s language from the report it has. Nothing is checked or written; null when no row is named.',
  })
  importErrorFile(
    @Ctx() ctx: RequestContext,
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Arg('rows', () => [ImportRowMessageInput]) rows: ImportRowMessageInput[],
  ): Promise<ImportErrorFile | null> {
    return importService.errorFile(ctx, file, rows);
  }

  @FieldResolver(() => ImportErrorFile, {
    nullable: true,
    description: 'the rows not imported (invalid, or held back by ALL_OR_NOTHING) in the uploaded format, each with the API\'s English messages in one more column (importErrorFile words them in the user\'s language); null when every row went in',
  })
  errorFile(@Root() report: ImportReport): Promise<ImportErrorFile | null> {
    return report.source ? errorFile(report.source.fileName, report.source.table, serverRowMessages(report.source.table, report.source.rows)) : Promise.resolve(null);
  }
}

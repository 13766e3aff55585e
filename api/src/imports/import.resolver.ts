import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../request/context';
import { importService } from './import.service';
import { ImportFileInput, ImportKind, ImportMode, ImportReport } from './import.types';
import { countImportRows } from './import-metrics';

const ESTATE_ID = 'OWNER_ROLL: the estate whose roll the file is (required); refused for the other kinds, whose rows name their estate';

/** Filings are imported by clerks and registrars, owner rolls by officers: the service admits each kind to its roles. */
@Resolver()
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
      'Import the file in one transaction: all rows or none (ALL_OR_NOTHING), or just the valid ones. Rows already registered are skipped; an owner roll updates the units and owners it finds.',
  })
  runImport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Arg('mode', () => ImportMode) mode: ImportMode,
    @Arg('estateId', () => ID, { nullable: true, description: ESTATE_ID }) estateId?: string | null,
  ): Promise<ImportReport> {
    return importService.run(ctx, kind, file, mode, estateId).then(countImportRows);
  }
}

import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Allow, Policies } from '../auth/policies';
import type { RequestContext } from '../graphql/context';
import { importService } from './import.service';
import { ImportFileInput, ImportKind, ImportMode, ImportReport } from './import.types';

@Resolver()
export class ImportResolver {
  @Allow(Policies.registryWrite)
  @Mutation(() => ImportReport, { description: 'Validate a CSV or .xlsx file row by row; nothing is written.' })
  previewImport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
  ): Promise<ImportReport> {
    return importService.preview(ctx, kind, file);
  }

  @Allow(Policies.registryWrite)
  @Mutation(() => ImportReport, {
    description: 'Import the file in one transaction: all rows or none (ALL_OR_NOTHING), or just the valid ones. Rows already registered are skipped.',
  })
  runImport(
    @Ctx() ctx: RequestContext,
    @Arg('kind', () => ImportKind) kind: ImportKind,
    @Arg('file', () => ImportFileInput) file: ImportFileInput,
    @Arg('mode', () => ImportMode) mode: ImportMode,
  ): Promise<ImportReport> {
    return importService.run(ctx, kind, file, mode);
  }
}

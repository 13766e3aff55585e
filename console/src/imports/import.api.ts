import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { ImportFileInput, ImportKind, ImportMode } from '../generated/graphql';

export const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed
    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed } }
    openVotes { kind id phase }
    errorFile { name contentType contentBase64 }
  }
`);

const PreviewImport = graphql(`
  mutation PreviewImport($kind: ImportKind!, $file: ImportFileInput!, $estateId: ID) {
    previewImport(kind: $kind, file: $file, estateId: $estateId) { ...ImportReportFields }
  }
`);
const RunImport = graphql(`
  mutation RunImport($kind: ImportKind!, $file: ImportFileInput!, $mode: ImportMode!, $estateId: ID, $progressKey: String) {
    runImport(kind: $kind, file: $file, mode: $mode, estateId: $estateId, progressKey: $progressKey) { ...ImportReportFields }
  }
`);
const ImportProgressQuery = graphql(`
  query ImportProgress($key: String!) {
    importProgress(key: $key) { phase done total }
  }
`);

/** Bulk import of firms and projects (clerks, registrars) or an estate's owner roll (officers): checked first, then written. */
export const importCalls = {
  async previewImport(kind: ImportKind, file: ImportFileInput, estateId?: string | null) {
    return { data: (await call(PreviewImport, { kind, file, estateId: estateId ?? null })).previewImport };
  },
  async runImport(kind: ImportKind, file: ImportFileInput, mode: ImportMode, estateId?: string | null, progressKey?: string | null) {
    return { data: (await call(RunImport, { kind, file, mode, estateId: estateId ?? null, progressKey: progressKey ?? null })).runImport };
  },
  /** How far a running import has got (polled by the import screen while runImport is pending). */
  async importProgress(key: string) {
    return { data: (await call(ImportProgressQuery, { key })).importProgress };
  },
};

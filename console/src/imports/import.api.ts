import { call } from '../dataProvider/client';
import { graphql } from '../generated';
import type { ImportFileInput, ImportKind, ImportMode, ImportRowMessageInput } from '../generated/graphql';

export const ImportReportFields = graphql(`
  fragment ImportReportFields on ImportReport {
    kind estateId mode format encoding committed totalRows valid invalid duplicates created updated skipped removed
    rows { row status label recordId duplicateOfRow changes fieldErrors { field column rule message given allowed expected args } }
    openVotes { kind id phase }
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
const ImportErrorFile = graphql(`
  mutation ImportErrorFile($file: ImportFileInput!, $rows: [ImportRowMessageInput!]!) {
    importErrorFile(file: $file, rows: $rows) { name contentType contentBase64 }
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
  /** The rows to fix as uploaded, with the console's words for each (the error file in the user's language). */
  async importErrorFile(file: ImportFileInput, rows: ImportRowMessageInput[]) {
    return { data: (await call(ImportErrorFile, { file, rows })).importErrorFile };
  },
  /** How far a running import has got (polled by the import screen while runImport is pending). */
  async importProgress(key: string) {
    return { data: (await call(ImportProgressQuery, { key })).importProgress };
  },
};

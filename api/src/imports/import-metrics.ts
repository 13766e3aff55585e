import client from 'prom-client';
import { registry } from '../shared/metrics';
import type { ImportReport } from './import.types';

const importRows = new client.Counter({
  name: 'wuye_import_rows_total',
  help: 'rows of runImport files by kind and row status',
  labelNames: ['kind', 'status'] as const,
  registers: [registry],
});

/** Counts a runImport's rows by status (whatever the client selected of the report). */
export function countImportRows(report: ImportReport): ImportReport {
  for (const row of report.rows) importRows.inc({ kind: report.kind, status: row.status });
  return report;
}

import pg from 'pg';
import { verifyChain } from './audit-chain';

/**
 * `npm run verify-audit`: walks the audit chain of the database at DATABASE_URL and names the first event
 * that does not match. Exit status 0 when the chain holds, 1 when it does not, 2 when it could not be checked.
 */
export async function verifyAuditCommand(url: string | undefined, write: (line: string) => void): Promise<number> {
  if (!url) {
    write('DATABASE_URL is not set: name the database whose audit chain to verify\n');
    return 2;
  }
  const client = new pg.Client({ connectionString: url, application_name: 'wuye-verify-audit' });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const report = await verifyChain(async (sql, params) => (await client.query(sql, params)).rows);
    await client.query('COMMIT');
    write(JSON.stringify(report) + '\n');
    if (report.ok) {
      write(`audit chain holds: ${report.eventsChecked} events, head ${report.headHash} at position ${report.headPosition}\n`);
      return 0;
    }
    const where = report.firstBadEventId === null ? `the head (position ${report.firstBadPosition})` : `event ${report.firstBadEventId} (position ${report.firstBadPosition})`;
    write(`audit chain broken at ${where}: ${report.problem}\n`);
    return 1;
  } finally {
    await client.end();
  }
}

if (require.main === module) {
  verifyAuditCommand(process.env.DATABASE_URL, (line) => process.stdout.write(line)).then(
    (status) => process.exit(status),
    (error: Error) => {
      process.stderr.write(`verify-audit failed: ${error.message}\n`);
      process.exit(2);
    },
  );
}

import { readFileSync } from 'node:fs';
import { SealedRecord, verifyRecord } from './vote-record';

/**
 * `npm run verify-record -- FILE.json`: recomputes the seal of an exported vote record and recounts its result
 * from its roll and ballots. Exit 0 when both hold, 1 when either does not, 2 when the file cannot be read.
 */
interface Sink {
  write(text: string): unknown;
}

export function runVerifyRecord(argv: readonly string[], out: Sink = process.stdout, err: Sink = process.stderr): number {
  const file = argv[0];
  if (!file || argv.length > 1) {
    err.write('usage: npm run verify-record -- FILE.json   (a record from /documents/<elections|resolutions>/<id>/record.json)\n');
    return 2;
  }
  let record: SealedRecord;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as SealedRecord;
  } catch (error) {
    err.write(`${file}: cannot read the record: ${(error as Error).message}\n`);
    return 2;
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    err.write(`${file}: not a vote record (a JSON object is expected)\n`);
    return 2;
  }
  const result = verifyRecord(record);
  const vote = record.vote ? `${record.vote.kind} ${record.vote.id}` : 'vote ?';
  const lines = [
    `${file}: ${vote}`,
    `stated seal:   ${result.stated ?? '(none)'}`,
    `computed seal: ${result.computed}`,
    `seal:          ${result.sealHolds ? 'HOLDS' : 'BROKEN'}`,
    `recount:       ${result.recountAgrees ? 'AGREES' : 'DISAGREES'}`,
    ...result.problems.map((p) => `  - ${p}`),
  ];
  out.write(`${lines.join('\n')}\n`);
  return result.sealHolds && result.recountAgrees && result.problems.length === 0 ? 0 : 1;
}

if (require.main === module) process.exitCode = runVerifyRecord(process.argv.slice(2));

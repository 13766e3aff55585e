import { readFileSync } from 'node:fs';
import { SealedRecord, verifyRecord } from './vote-record';

/**
 * `npm run verify-record -- FILE.json`: recomputes the seal of an exported vote record and recounts its result
 * from its roll and ballots. Exit 0 when both hold, 1 when either does not, 2 when the file cannot be read, and
 * 3 when the record is not sealed yet (the vote still open or its result not final) but what it has recounts.
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
  // a record with no seal at all is one not sealed yet (sealed on certifying or closing), not a tampered one
  const unsealed = result.stated === null && (record as { seal?: unknown }).seal == null;
  const problems = unsealed ? result.problems.filter((p) => p !== NO_SEAL) : result.problems;
  const lines = [
    `${file}: ${vote}`,
    `stated seal:   ${result.stated ?? '(none)'}`,
    `computed seal: ${result.computed}`,
    `seal:          ${result.sealHolds ? 'HOLDS' : unsealed ? 'NOT SEALED YET' : 'BROKEN'}`,
    `recount:       ${result.recountAgrees ? 'AGREES' : 'DISAGREES'}`,
    ...problems.map((p) => `  - ${p}`),
    ...(unsealed ? [NOT_SEALED_YET] : []),
  ];
  out.write(`${lines.join('\n')}\n`);
  if (result.recountAgrees && problems.length === 0) return result.sealHolds ? 0 : unsealed ? 3 : 1;
  return 1;
}

/** verifyRecord's problem for a record without `seal.sha256` */
const NO_SEAL = 'the record has no seal (seal.sha256)';
const NOT_SEALED_YET =
  'not sealed yet: the vote is still open or its result not yet final (an election counted but not certified); it is sealed when certified — fetch the record again then';

if (require.main === module) process.exitCode = runVerifyRecord(process.argv.slice(2));

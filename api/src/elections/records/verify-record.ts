import { readFileSync } from 'node:fs';
import { SealedRecord, verifyRecord } from './vote-record';

/**
 * `npm run verify-record -- FILE.json [--sha256 HEX]`: recomputes the seal of an exported vote record and recounts its
 * result from its roll and ballots. A seal only shows the file is what was sealed if it is the seal published apart
 * from the file (the 封存值 printed on the result notice, docs/domain-rules.md#vote-record): a record edited, recounted
 * and sealed anew holds by itself, so `--sha256` names the published seal and the file must have it. Exit 0 when all
 * holds, 1 when anything does not, 2 when the file or the arguments cannot be read, and 3 when the record is not
 * sealed yet (the vote still open or its result not final) but what it has recounts.
 */
interface Sink {
  write(text: string): unknown;
}

const USAGE =
  'usage: npm run verify-record -- FILE.json [--sha256 HEX]   (a record from /documents/<elections|resolutions>/<id>/record.json;\n' +
  '       HEX: the seal printed on the result notice, 64 hexadecimal digits)\n';

/** The file and the published seal, or null when the arguments are not understood. */
function parseArguments(argv: readonly string[]): { file: string; published: string | null } | null {
  const rest = [...argv];
  let published: string | null = null;
  const flag = rest.findIndex((a) => a === '--sha256' || a.startsWith('--sha256='));
  if (flag >= 0) {
    const [taken] = rest.splice(flag, 1);
    const value = taken.includes('=') ? taken.slice(taken.indexOf('=') + 1) : rest.splice(flag, 1)[0];
    if (!value || !/^[0-9a-fA-F]{64}$/.test(value.trim())) return null;
    published = value.trim().toLowerCase();
  }
  if (rest.length !== 1 || rest[0].startsWith('--')) return null;
  return { file: rest[0], published };
}

export function runVerifyRecord(argv: readonly string[], out: Sink = process.stdout, err: Sink = process.stderr): number {
  const args = parseArguments(argv);
  if (!args) {
    err.write(USAGE);
    return 2;
  }
  const { file, published } = args;
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
  // the server's refusal saved as the file (a reader who is not running the vote gets 403): say so, not a broken seal
  const refusal = (record as { errors?: Array<{ message?: string; extensions?: { code?: string } }> }).errors?.[0];
  if (refusal && !('vote' in record)) {
    err.write(`${file}: the server’s refusal, not a vote record: ${refusal.extensions?.code ?? 'ERROR'} ${refusal.message ?? ''} (record.json is read by the officers running the vote)\n`);
    return 2;
  }
  const result = verifyRecord(record);
  const vote = record.vote ? `${record.vote.kind} ${record.vote.id}` : 'vote ?';
  // a record with no seal at all is one not sealed yet (sealed on certifying or closing), not a tampered one
  const unsealed = result.stated === null && (record as { seal?: unknown }).seal == null;
  const problems = unsealed ? result.problems.filter((p) => p !== NO_SEAL) : result.problems;
  // the published seal is the one the file's content must hash to, whatever seal the file states
  const publishedHolds = published === null || published === result.computed;
  if (!publishedHolds) problems.push(`the record is not the one published: its content hashes to ${result.computed}, the published seal is ${published}`);
  const lines = [
    `${file}: ${vote}`,
    `stated seal:   ${result.stated ?? '(none)'}`,
    ...(published ? [`published seal: ${published}`] : []),
    `computed seal: ${result.computed}`,
    `seal:          ${result.sealHolds && publishedHolds ? 'HOLDS' : unsealed && publishedHolds ? 'NOT SEALED YET' : 'BROKEN'}`,
    ...(published ? [`published:     ${publishedHolds ? 'MATCHES' : 'DIFFERS'}`] : []),
    `recount:       ${result.recountAgrees ? 'AGREES' : 'DISAGREES'}`,
    ...problems.map((p) => `  - ${p}`),
    ...(unsealed && publishedHolds ? [NOT_SEALED_YET] : []),
    ...(published === null && result.sealHolds ? [UNPUBLISHED] : []),
  ];
  out.write(`${lines.join('\n')}\n`);
  if (result.recountAgrees && problems.length === 0) return result.sealHolds ? 0 : unsealed ? 3 : 1;
  return 1;
}

/** verifyRecord's problem for a record without `seal.sha256` */
const NO_SEAL = 'the record has no seal (seal.sha256)';
const UNPUBLISHED =
  'the seal holds for this file; to show the file is the record sealed, give the seal printed on the result notice: --sha256 HEX';
const NOT_SEALED_YET =
  'not sealed yet: the vote is still open or its result not yet final (an election counted but not certified); it is sealed when certified — fetch the record again then';

if (require.main === module) process.exitCode = runVerifyRecord(process.argv.slice(2));

import { JSONResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { VoteTotals } from '../tally.types';
import type { SealedRecord, VoteRecord } from './vote-record';

/**
 * The record of a vote as the API shows it: the summary a screen needs, the seal, and the whole record as
 * machine-readable JSON — the same object /documents/…/record.json serves and `npm run verify-record` checks.
 */
@ObjectType('VoteRecord', { description: 'the roll fixed when voting opened, the ballots, the result stored when it closed, and the seal' })
export class VoteRecordType {
  @Field({ description: 'wuye-vote-record/1' })
  format: string;

  @Field(() => String, { nullable: true, description: 'SHA-256 (hex) over the canonical JSON of roll, ballots and result; null until sealed (an election when certified, a resolution when closed)' })
  sha256: string | null;

  @Field(() => Date, { nullable: true })
  sealedAt: Date | null;

  @Field({ description: 'when the roll was fixed (voting opened)' })
  rollTakenAt: Date;

  @Field(() => VoteTotals, { description: 'the roll fixed when voting opened' })
  rollTotals: VoteTotals;

  @Field(() => Int)
  ballots: number;

  @Field({ description: 'when the result was stored (voting closed, or the last recount)' })
  countedAt: Date;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'the whole record: format, vote, roll, ballots, result and seal (numbers as strings, fractions as "n/d"); it says who voted how, so only the officers running the vote read it (null for others)',
  })
  json: unknown;

  @Field({ description: 'the printable notice (选举结果公告 / 表决结果公告), GET with the Bearer token' })
  pdfPath: string;

  @Field(() => String, { nullable: true, description: 'the record as a file for npm run verify-record, GET with the Bearer token; null for those who may not read it (as json)' })
  jsonPath: string | null;
}

/**
 * `ballotsReadable`: who voted how is for the officers entering ballots (docs/domain-rules.md#vote-record, the rule of
 * `votingPersons`); every other reader of the election sees the summary and the seal.
 */
export function voteRecordType(record: VoteRecord | SealedRecord, ballotsReadable: boolean): VoteRecordType {
  const seal = 'seal' in record ? record.seal : null;
  const base = `/documents/${record.vote.kind === 'ELECTION' ? 'elections' : 'resolutions'}/${record.vote.id}`;
  return {
    format: record.format,
    sha256: seal?.sha256 ?? null,
    sealedAt: seal ? new Date(seal.sealedAt) : null,
    rollTakenAt: new Date(record.roll.takenAt),
    rollTotals: { headcount: Number(record.roll.totals.headcount), area: record.roll.totals.area },
    ballots: record.ballots.length,
    countedAt: new Date(record.result.countedAt),
    json: ballotsReadable ? record : null,
    pdfPath: `${base}/result.pdf`,
    jsonPath: ballotsReadable ? `${base}/record.json` : null,
  };
}

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electionRecord, resolutionRecord, tiedElectionRecord } from '../../../test/fixtures/vote-records';
import { canonicalJson } from './canonical-json';
import { runVerifyRecord } from './verify-record';
import { ElectionRecord, ResolutionRecord, SealedRecord, sealOf, sealRecord, verifyRecord } from './vote-record';

const sealed = <R extends ElectionRecord | ResolutionRecord>(record: R) => sealRecord(record, '2026-05-20T08:00:00.000Z') as SealedRecord;
/** A deep copy changed by `change`, as someone editing the exported file would. */
function tampered(record: SealedRecord, change: (copy: any) => void): SealedRecord {
  const copy = JSON.parse(JSON.stringify(record));
  change(copy);
  return copy;
}

describe('the record of an election', () => {
  const record = electionRecord();

  it('holds the exact fractions, the threshold and the outcome of each candidate', () => {
    expect(record.result.participating).toEqual({ headcount: '5', area: '665.50' });
    expect(record.result.quorum).toEqual({
      rule: 'QUORUM_TWO_THIRDS', threshold: '2/3', inclusive: true, met: true,
      headcount: { fraction: '5/6', met: true }, area: { fraction: '665.50/760.50', met: true },
    });
    expect(record.result.candidates.map((c) => [c.name, c.approvals.headcount, c.pass.headcount.fraction, c.pass.area.fraction, c.status])).toEqual([
      ['张伟', '4', '4/5', '485.50/665.50', 'ELECTED'],
      ['王芳', '2', '2/5', '295.50/665.50', 'NOT_PASSED'],
      ['刘洋', '1', '1/5', '90.00/665.50', 'NOT_PASSED'],
    ]);
    expect(record.result.candidates[0].pass).toMatchObject({ rule: 'MORE_THAN_HALF', threshold: '1/2', inclusive: false });
    expect(record.result.elected).toEqual(['11']);
    expect(record.result.issues.map((i) => i.code)).toEqual(['SEATS_UNFILLED']);
  });

  it('is sealed with a SHA-256 over its canonical JSON, whatever order its members are in', () => {
    const seal = sealOf(record);
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    const reordered = JSON.parse(canonicalJson(record), (_key, value) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value);
    expect(Object.keys(reordered)[0]).toBe('vote');
    expect(sealOf(reordered)).toBe(seal);
    expect(sealed(record).seal).toEqual({ algorithm: 'SHA-256', sha256: seal, sealedAt: '2026-05-20T08:00:00.000Z' });
  });

  it('verifies as exported, and pretty-printed', () => {
    const verification = verifyRecord(sealed(record));
    expect(verification).toMatchObject({ sealHolds: true, recountAgrees: true, problems: [] });
    expect(verifyRecord(JSON.parse(JSON.stringify(sealed(record), null, 2)))).toMatchObject({ sealHolds: true, recountAgrees: true });
  });
});

describe('a record changed after sealing does not verify', () => {
  const record = sealed(electionRecord());
  it.each<[string, (copy: any) => void, { sealHolds: boolean; recountAgrees: boolean }]>([
    ['a ballot approves another candidate', (r) => (r.ballots[4].approvals = ['12']), { sealHolds: false, recountAgrees: false }],
    ['a ballot is removed', (r) => r.ballots.pop(), { sealHolds: false, recountAgrees: false }],
    ['a voter’s area is corrected by 0.01 m²', (r) => (r.roll.persons[5].area = '95.01'), { sealHolds: false, recountAgrees: true }],
    ['a unit is relabelled', (r) => (r.roll.units[0].label = '1幢1单元103'), { sealHolds: false, recountAgrees: true }],
    ['the quorum fraction is rewritten', (r) => (r.result.quorum.headcount.fraction = '6/6'), { sealHolds: false, recountAgrees: false }],
    ['a second member is declared elected', (r) => r.result.elected.push('12'), { sealHolds: false, recountAgrees: false }],
    ['a candidate is renamed', (r) => (r.result.candidates[0].name = '张伟伟'), { sealHolds: false, recountAgrees: true }],
    ['a number is written as a number', (r) => (r.result.seats = 2), { sealHolds: false, recountAgrees: false }],
    ['the seal is replaced', (r) => (r.seal.sha256 = '0'.repeat(64)), { sealHolds: false, recountAgrees: true }],
    ['the seal is removed', (r) => delete r.seal, { sealHolds: false, recountAgrees: true }],
  ])('%s', (_why, change, expected) => {
    const verification = verifyRecord(tampered(record, change));
    expect(verification).toMatchObject(expected);
    expect(verification.problems.length).toBeGreaterThan(0);
  });

  it('a forged result with a freshly computed seal still fails its recount', () => {
    const forged = tampered(record, (r) => {
      r.result.elected = ['11', '12'];
      r.result.candidates[1].status = 'ELECTED';
    });
    const resealed = sealRecord(forged, forged.seal.sealedAt);
    expect(verifyRecord(resealed)).toMatchObject({ sealHolds: true, recountAgrees: false, problems: ['the result is not what the roll and the ballots give'] });
  });

  it('a ballot of someone not on the roll cannot be recounted', () => {
    const forged = sealRecord(tampered(record, (r) => (r.ballots[0].voter = 'owner:99')), '2026-05-20T08:00:00.000Z');
    const verification = verifyRecord(forged);
    expect(verification.recountAgrees).toBe(false);
    expect(verification.problems[0]).toMatch(/cannot be recounted: owner:99: this person is not on the voting roll/);
  });

  it('roll totals that are not the sum of the persons are reported', () => {
    const forged = sealRecord(tampered(record, (r) => (r.roll.totals.area = '700.00')), '2026-05-20T08:00:00.000Z');
    expect(verifyRecord(forged).problems).toEqual(expect.arrayContaining([
      "the roll's area 700.00 is not its persons' 760.50 m²",
      "the units' area 760.50 m² is not the roll's 700.00",
    ]));
  });
});

describe('a record whose tie at the last seat the rules of procedure settled (docs/domain-rules.md#election-tally)', () => {
  const record = sealed(tiedElectionRecord());

  it('the count keeps the tie; the settlement beside it is sealed too and verifies', () => {
    const result = record.result as ElectionRecord['result'];
    expect(result.elected).toEqual(['11']);
    expect(result.issues.map((i) => [i.code, i.candidates])).toEqual([['TIE_AT_LAST_SEAT', ['12', '13']], ['SEATS_UNFILLED', null]]);
    expect(verifyRecord(record)).toMatchObject({ sealHolds: true, recountAgrees: true, problems: [] });
  });

  it.each<[string, (copy: any) => void]>([
    ['the other of the tie chosen', (r) => (r.tieSettlement.chosen = ['12'])],
    ['the method changed', (r) => (r.tieSettlement.method = 'RUNOFF_VOTE')],
    ['the note rewritten', (r) => (r.tieSettlement.note = '无人见证')],
    ['the day moved', (r) => (r.tieSettlement.decidedOn = '2026-05-11')],
    ['the settlement removed', (r) => delete r.tieSettlement],
  ])('%s: the seal breaks', (_why, change) => {
    const verification = verifyRecord(tampered(record, change));
    expect(verification.sealHolds).toBe(false);
    expect(verification.problems.length).toBeGreaterThan(0);
  });

  it.each<[string, (copy: any) => void, RegExp]>([
    ['one elected outright named instead', (r) => (r.tieSettlement.chosen = ['11']), /TIE_CHOICE_NOT_TIED/],
    ['both of the tie for one seat', (r) => (r.tieSettlement.chosen = ['12', '13']), /TIE_CHOICE_COUNT/],
    ['decided after the record was sealed', (r) => (r.tieSettlement.decidedOn = '2026-05-21'), /DECIDED_ON_FUTURE/],
    ['decided before the count', (r) => (r.tieSettlement.decidedOn = '2026-05-09'), /DECIDED_ON_BEFORE_COUNT/],
    ['a method the rules do not know', (r) => (r.tieSettlement.method = 'COIN_TOSS'), /TIE_METHOD_UNKNOWN/],
    ['no note', (r) => (r.tieSettlement.note = ' '), /TIE_NOTE_REQUIRED/],
    ['of another count', (r) => (r.tieSettlement.countedAt = '2026-05-09T09:00:00.000Z'), /not of this one/],
    ['removed from a sealed tie', (r) => delete r.tieSettlement, /holds no settlement/],
    ['added to a result without a tie', (r) => Object.assign(r, { ...electionRecord(), tieSettlement: r.tieSettlement }), /does not have/],
  ])('%s, even freshly resealed, is reported', (_why, change, problem) => {
    const forged = tampered(record, change);
    const verification = verifyRecord(sealRecord(forged, forged.seal.sealedAt));
    expect(verification.sealHolds).toBe(true);
    expect(verification.problems.join('\n')).toMatch(problem);
  });

  it('an unsealed record may hold a tie not settled yet', () => {
    const { tieSettlement: _settled, ...open } = tiedElectionRecord();
    expect(verifyRecord(open as SealedRecord).problems).toEqual(['the record has no seal (seal.sha256)']);
  });
});

describe('the record of a resolution', () => {
  const record = sealed(resolutionRecord());

  it('holds each option, the threshold by matter and the outcome', () => {
    const result = (record as ResolutionRecord).result;
    expect(result.options).toEqual([
      { option: 'YES', votes: { headcount: '3', area: '390.50' } },
      { option: 'NO', votes: { headcount: '1', area: '90.00' } },
      { option: 'ABSTAIN', votes: { headcount: '1', area: '180.00' } },
    ]);
    expect(result.pass).toEqual({
      rule: 'MORE_THAN_HALF', threshold: '1/2', inclusive: false, met: true,
      headcount: { fraction: '3/5', met: true }, area: { fraction: '390.50/660.50', met: true },
    });
    expect([result.outcome, result.article278Item]).toEqual(['PASSED', '9']);
  });

  it.each<[string, (copy: any) => void, { sealHolds: boolean; recountAgrees: boolean }]>([
    ['untouched', () => undefined, { sealHolds: true, recountAgrees: true }],
    ['a NO becomes a YES', (r) => (r.ballots[2].choice = 'YES'), { sealHolds: false, recountAgrees: false }],
    ['the outcome is rewritten', (r) => (r.result.outcome = 'REJECTED'), { sealHolds: false, recountAgrees: false }],
    ['the matter becomes a 3/4 matter', (r) => (r.result.matter = 'RAISE_MAINTENANCE_FUND'), { sealHolds: false, recountAgrees: false }],
  ])('%s', (_why, change, expected) => {
    expect(verifyRecord(tampered(record, change))).toMatchObject(expected);
  });
});

describe('npm run verify-record -- FILE.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-record-'));
  const run = (args: string[]) => {
    let out = '';
    let err = '';
    const code = runVerifyRecord(args, { write: (t: string) => (out += t) }, { write: (t: string) => (err += t) });
    return { code, out, err };
  };
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const record = sealed(electionRecord());

  it.each<[string, () => string[], number, RegExp]>([
    ['a sealed record holds: exit 0, with the hint to give the published seal', () => [file('good.json', JSON.stringify(record, null, 2))], 0, /seal: {10}HOLDS\nrecount: {7}AGREES\n.*--sha256 HEX\n$/],
    ['a sealed record matches its published seal: exit 0', () => [file('good.json', JSON.stringify(record)), '--sha256', record.seal.sha256], 0, /seal: {10}HOLDS\npublished: {5}MATCHES\nrecount: {7}AGREES\n$/],
    ['a sealed record against another published seal: exit 1', () => [file('good.json', JSON.stringify(record)), '--sha256', 'f'.repeat(64)], 1, /seal: {10}BROKEN\npublished: {5}DIFFERS/],
    ['a published seal that is not 64 hexadecimal digits: exit 2', () => [file('good.json', JSON.stringify(record)), '--sha256', 'f'.repeat(63)], 2, /^$/],
    ['a tampered record: exit 1', () => [file('bad.json', JSON.stringify(tampered(record, (r) => (r.ballots[0].approvals = ['13']))))], 1, /seal: {10}BROKEN/],
    ['a sealed record with a settled tie holds: exit 0', () => [file('tie.json', JSON.stringify(sealed(tiedElectionRecord())))], 0, /seal: {10}HOLDS\nrecount: {7}AGREES\n.*--sha256 HEX\n$/],
    ['its settlement altered: exit 1', () => [file('tie-bad.json', JSON.stringify(tampered(sealed(tiedElectionRecord()), (r) => (r.tieSettlement.chosen = ['12']))))], 1, /seal: {10}BROKEN/],
    ['not JSON: exit 2', () => [file('garbage.json', '{ not json')], 2, /^$/],
    ['no file named: exit 2', () => [], 2, /^$/],
  ])('%s', (_why, args, code, out) => {
    const result = run(args());
    expect(result.code).toBe(code);
    expect(result.out).toMatch(out);
    if (code === 2) expect(result.err).toMatch(/usage|cannot read/);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { FED_TABLES } from '../../../migrations/1764803100000-change-feed-record-versions';
import { ChangeEntityType } from './change-feed';
import { VERSION_DECISIONS, versionDecision } from './version-decisions';

/** Every action the API audits, found in its source: a new one without a decision fails here (docs/architecture.md#change-feed-versions). */
const SRC = path.join(__dirname, '..');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
const texts = sources(SRC).map((file) => fs.readFileSync(file, 'utf8'));
const ACTION = /'([a-z][a-zA-Z]+)\.([a-z][a-zA-Z+_]*)'/g;

/** The subjects of lifecycles (their moves are `subject.<action>`, from their transition tables). */
const lifecycles = [...new Set(texts.flatMap((t) => [...t.matchAll(/auditName: '(\w+)'/g)].map((m) => m[1])))];
/** Literal actions: on a line that writes an audit event (action: …, recordAudit, a ternary of them) … */
const onAuditLines = texts.flatMap((t) =>
  t
    .split('\n')
    .filter((line) => /\baction\b/.test(line) && /recordAudit|action:|\?/.test(line))
    .flatMap((line) => [...line.matchAll(ACTION)].map((m) => `${m[1]}.${m[2]}`)),
);
const subjects = new Set([...lifecycles, ...onAuditLines.map((a) => a.split('.')[0])]);
/** … and any literal of a known subject elsewhere (an action passed to a helper, e.g. changeTerms(…, 'committeeAccount.setSpendingLimit')). */
const passedOn = texts.flatMap((t) =>
  t
    .split('\n')
    // a log line's event name ('webhook.failed') is no audit action
    .filter((line) => !/\blog\.(info|warn|error|debug)\(/.test(line))
    .flatMap((line) => [...line.matchAll(ACTION)].filter((m) => subjects.has(m[1])).map((m) => `${m[1]}.${m[2]}`)),
);
const audited = [...new Set([...onAuditLines, ...passedOn, ...lifecycles.map((s) => `${s}.*`)])].sort();

describe('every audited action has a decision on the change feed and its record’s version', () => {
  it('finds the actions (the enumeration itself works)', () => {
    expect(audited).toEqual(expect.arrayContaining(['ballot.record', 'estate.designate', 'committeeFiling.addMaterial', 'accountEntry.create', 'firm.*', 'committeeAccount.setSpendingLimit']));
    expect(audited.length).toBeGreaterThan(60);
  });

  it.each(audited)('%s is decided', (action) => {
    const decision = versionDecision(action);
    expect(decision).toEqual({ record: decision?.record ?? null, why: expect.stringMatching(/\w{3}/) });
    expect([null, ...Object.values(ChangeEntityType)]).toContain(decision!.record);
  });

  it('decides nothing that is not audited (a stale decision misleads)', () => {
    expect(Object.keys(VERSION_DECISIONS).filter((key) => !audited.includes(key))).toEqual([]);
  });

  it('every record a decision names is one the feed trigger versions', () => {
    const named = [...new Set(Object.values(VERSION_DECISIONS).flatMap((d) => (d.record ? [d.record] : [])))];
    expect(named.filter((record) => !(record in FED_TABLES))).toEqual([]);
    expect(Object.keys(FED_TABLES).sort()).toEqual([...Object.values(ChangeEntityType)].sort());
  });
});

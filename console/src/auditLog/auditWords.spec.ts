import fs from 'node:fs';
import path from 'node:path';
import en from '../i18n/en';
import zh from '../i18n/zh';
import { actionLabel, actorLabel, changedFieldNames, changedFieldsText, fieldLabel, verbAlone, type Translate } from './auditWords';

const API = path.join(__dirname, '..', '..', '..', 'api', 'src');
const sources = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
const apiFiles = sources(API).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

/** The actions the API writes: literals (`action: 'user.create'`, ternaries of them) and each lifecycle's moves. */
function apiActions(): string[] {
  const literal = apiFiles.flatMap(({ text }) =>
    text
      .split('\n')
      .filter((line) => /\baction\b/.test(line) && /recordAudit|action:|\?/.test(line))
      .flatMap((line) => [...line.matchAll(/'([a-z][a-zA-Z]*\.[a-z][a-zA-Z+]*)'/g)].map((m) => m[1])),
  );
  const schema = fs.readFileSync(path.join(API, '..', '..', 'schema', 'schema.graphql'), 'utf8');
  // a lifecycle's moves; ChecklistDraftAction names the buttons a draft offers (edit, publish), which no lifecycle moves
  const moves = [...schema.matchAll(/^enum (?!ChecklistDraftAction\b)\w+Action \{([^}]*)\}/gm)].flatMap((m) => m[1].match(/^\s+([A-Z_]+)\s*$/gm)?.map((v) => v.trim().toLowerCase()) ?? []);
  const lifecycles = apiFiles.flatMap(({ text }) => [...text.matchAll(/auditName: '(\w+)'/g)].map((m) => m[1]));
  const lifecycleActions = lifecycles.flatMap((subject) => ['create', 'update', ...moves].map((verb) => `${subject}.${verb}`));
  // a one-letter subject is a variable's property (`a.action`), not an action
  return [...new Set([...literal, ...lifecycleActions])].filter((a) => !/^(wuye|ra|resources|[a-z])\./.test(a)).sort();
}

/** The record types the API audits: `entityType: 'X'` literals and the entities its lifecycles move. */
function apiEntityTypes(): string[] {
  const literal = apiFiles.flatMap(({ text }) => [...text.matchAll(/entityType: '(\w+)'/g)].map((m) => m[1]));
  const moved = apiFiles.filter(({ text }) => /auditName: '\w+'/.test(text)).flatMap(({ text }) => [...text.matchAll(/\bentity: (\w+),/g)].map((m) => m[1]));
  return [...new Set([...literal, ...moved])].sort();
}

/** The columns of the API's entities: what an audit snapshot (before/after) holds. */
function entityFields(): string[] {
  const fields = apiFiles
    .filter(({ file }) => /\.entity\.ts$/.test(file))
    .flatMap(({ text }) => [...text.matchAll(/@(?:Column|PrimaryGeneratedColumn|PrimaryColumn|CreateDateColumn|UpdateDateColumn|VersionColumn)\b[^\n]*\n(?:\s*@[^\n]*\n)*\s*(?:readonly )?(\w+)[!?]?:/g)].map((m) => m[1]));
  // never in a snapshot: secrets (left out by the audit) and the audit chain's own columns
  const kept = /^(passwordHash|passwordFirstHalfHash|tokenHash|hash|prevHash|chainSeq|before|after|actorId|actorName|entityType|entityId|action|at)$/;
  return [...new Set(fields)].filter((f) => !kept.test(f)).sort();
}

/** The text from `open` (an opening bracket) to its closing one. */
function balanced(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if ('({['.includes(text[i])) depth++;
    else if (')}]'.includes(text[i]) && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open);
}

/** The keys an object literal `{ … }` names itself (`key: value`, shorthand `key`), not those it spreads or nests. */
function literalKeys(object: string): string[] {
  const inner = object.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if ('({['.includes(inner[i])) depth++;
    else if (')}]'.includes(inner[i])) depth--;
    else if (inner[i] === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith('...'))
    .flatMap((part) => /^(\w+)\s*(?::|$)/.exec(part)?.[1] ?? []);
}

/** The keys of every object literal in an expression (both sides of a ternary: `single ? { check } : { checks }`). */
function objectKeys(expression: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] !== '{') continue;
    const object = balanced(expression, i);
    found.push(...literalKeys(object));
    i += object.length - 1;
  }
  return found;
}

/** An expression from `from` to the end of the object entry it is the value of (the next comma or closing bracket at its level). */
function valueAt(text: string, from: number): string {
  let depth = 0;
  let i = from;
  for (; i < text.length; i++) {
    if ('({['.includes(text[i])) depth++;
    else if (')}]'.includes(text[i])) {
      if (depth === 0) break;
      depth--;
    } else if (text[i] === ',' && depth === 0) break;
  }
  return text.slice(from, i);
}

/**
 * The fields the API writes by name into an audit snapshot, beyond its entities' columns: the keys of the object
 * literals given as `before:` / `after:` in the files that record audit events (recordAudit, or events gathered
 * for it), and those a lifecycle adds to a move (`auditExtra`). A snapshot built elsewhere is not seen.
 */
function snapshotFields(): string[] {
  const fields = apiFiles
    .filter(({ text }) => /recordAudit|auditExtra/.test(text))
    .flatMap(({ text }) =>
      [...text.matchAll(/\b(before|after|auditExtra): /g)].flatMap((m) => {
        const value = valueAt(text, m.index! + m[0].length);
        // a lifecycle's addition is a function: what it returns, not its parameters (`({ input }) => ({ note: input.note })`)
        return objectKeys(m[1] === 'auditExtra' ? value.slice(value.indexOf('=>') + 2) : value);
      }),
    );
  return [...new Set(fields)].sort();
}

const translator = (messages: object): Translate => (key, options) => {
  const found = key.split('.').reduce((node: any, part) => node?.[part], messages);
  if (typeof found !== 'string') return (options?._ as string) ?? key;
  return found.replace(/%\{(\w+)\}/g, (_, name) => String(options?.[name] ?? ''));
};

describe('the audit log in words', () => {
  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: has words for every action the API writes', (_lang, messages) => {
    const t = translator(messages);
    expect(apiActions().length).toBeGreaterThan(60);
    expect(apiActions().filter((action) => actionLabel(action, t) === action)).toEqual([]);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: names every record type the API audits', (_lang, messages) => {
    const types = (messages as typeof zh).wuye.auditLog.type as Record<string, string>;
    expect(apiEntityTypes().filter((type) => !types[type])).toEqual([]);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: labels every field an audit snapshot holds', (_lang, messages) => {
    const fields = (messages as typeof zh).wuye.auditLog.field as Record<string, string>;
    expect(entityFields().length).toBeGreaterThan(100);
    expect(entityFields().filter((f) => !fields[f])).toEqual([]);
  });

  it.each([
    ['zh', zh],
    ['en', en],
  ])('%s: labels every field the API names in an audit snapshot (「checks」 was shown raw)', (_lang, messages) => {
    const fields = (messages as typeof zh).wuye.auditLog.field as Record<string, string>;
    expect(snapshotFields()).toEqual(expect.arrayContaining(['checks', 'check', 'tied', 'chosenCandidateIds', 'unitsCreated']));
    expect(snapshotFields().filter((f) => !fields[f])).toEqual([]);
  });

  it.each([
    ['project.submit', '物业项目提交', 'Project: submitted'],
    ['firm.approve', '物业企业通过', 'Firm: approved'],
    ['session.login', '用户登录', 'Session: signed in'],
    ['election.open_voting', '选举开始投票', 'Election: voting opened'],
    ['someday.unknown', 'someday.unknown', 'someday.unknown'],
  ])('%s reads %s / %s', (action, chinese, english) => {
    expect([actionLabel(action, translator(zh)), actionLabel(action, translator(en))]).toEqual([chinese, english]);
  });

  it('lists the changed fields by their labels, bookkeeping left out', () => {
    const changed = changedFieldNames(
      { filingStatus: 'DRAFT', managerPhone: '138****1111', version: 1, updatedAt: 'a' },
      { filingStatus: 'SUBMITTED', managerPhone: '138****1111', submittedAt: '2026-12-03T23:01:03.109Z', version: 2, updatedAt: 'b' },
    );
    expect(changed).toEqual(['filingStatus', 'submittedAt']);
    expect(changed.map((f) => fieldLabel(f, translator(zh)))).toEqual(['备案状态', '提交时间']);
  });

  it.each([
    ['zh', zh, '备案状态、提交时间'],
    ['en', en, 'Filing status, Submitted'],
  ])('%s: joins the changed fields the reader’s way', (_lang, messages, text) => {
    expect(changedFieldsText({ filingStatus: 'DRAFT' }, { filingStatus: 'SUBMITTED', submittedAt: 'x' }, translator(messages))).toBe(text);
  });

  it.each([
    ['审核员 李强', '审核员 李强', 'Registrar 李强'],
    ['选举指导员 王芳', '选举指导员 王芳', 'Election officer 王芳'],
    ['李强', '李强', '李强'],
    ['system', '系统', 'System'],
    ['anonymous', '匿名', 'Anonymous'],
  ])('%s acted: %s / %s', (name, chinese, english) => {
    expect([actorLabel(name, translator(zh)), actorLabel(name, translator(en))]).toEqual([chinese, english]);
  });

  it.each([
    ['material added', 'Material added'],
    ['上传材料', '上传材料'],
    ['', ''],
  ])('a verb standing alone: %p reads %p', (words, alone) => {
    expect(verbAlone(words)).toBe(alone);
  });
});

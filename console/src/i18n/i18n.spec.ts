import fs from 'node:fs';
import path from 'node:path';
import englishMessages from 'ra-language-english';
import en from './en';
import zh from './zh';

/** Every leaf key of a messages object, as dotted paths. */
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** The %{placeholders} of a message. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/%\{\w+\}/g) ?? [])].sort();
}

function at(messages: object, path: string): string {
  return path.split('.').reduce((node: any, key) => node?.[key], messages);
}

describe('the zh-CN translation', () => {
  it('has every key react-admin 5 (ra-language-english) has', () => {
    const missing = keys(englishMessages).filter((key) => at(zh, key) === undefined);
    expect(missing).toEqual([]);
  });

  it('has every key the English file has, and no key English lacks', () => {
    const zhKeys = keys(zh).sort();
    const enKeys = keys(en).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('keeps the placeholders of every English message', () => {
    const different = keys(en).filter((key) => {
      const wanted = placeholders(at(en, key)).filter((p) => p !== '%{smart_count}');
      const got = placeholders(at(zh, key) ?? '').filter((p) => p !== '%{smart_count}');
      return wanted.join() !== got.join();
    });
    expect(different).toEqual([]);
  });

  it('translates every message rather than copying the English', () => {
    const words = (text: string) => text.replace(/%\{\w+\}/g, '');
    const copied = keys(en).filter((key) => /[A-Za-z]{3}/.test(words(at(zh, key))) && at(zh, key) === at(en, key));
    expect(copied).toEqual([]);
  });
});

/** A CJK ideograph or CJK punctuation; an ASCII mark beside one (a space between counts) should be full-width. */
const CJK = '[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef]';
const HALF_WIDTH_NEXT_TO_CJK = new RegExp(`${CJK} ?[,?!:;()]|[,?!:;()] ?${CJK}`, 'u');

/** The marks of a message that should be full-width: beside Chinese text, or a parenthesis paired with a full-width one. */
export function halfWidthOffences(text: string): string[] {
  const found: string[] = [];
  const next = new RegExp(HALF_WIDTH_NEXT_TO_CJK.source, 'gu');
  for (const match of text.matchAll(next)) found.push(match[0]);
  // a Chinese message made of a placeholder and a mark ('%{action}?', no Latin words of its own): the mark ends Chinese words all the same
  if (!/[A-Za-z]/.test(text.replace(/%\{\w+\}/g, ''))) for (const match of text.matchAll(/%\{\w+\} ?[,?!:;]/gu)) found.push(match[0]);
  if (/（[^（）()]*\)|\([^（）()]*）/u.test(text)) found.push('mixed parentheses');
  return found;
}

describe('Chinese punctuation', () => {
  it.each([
    ['确定吗?', ['吗?']],
    ['网络问题:数据刷新失败', ['题:']],
    ['校验位应为 X,而不是 Y', [',而']],
    ['住宅物业费(元/月)', ['费(', '月)']],
    ['（元/月)', ['月)', 'mixed parentheses']],
    ['确定吗？', []],
    ['%{action}?', ['%{action}?']],
    ['%{action}？', []],
    ['第 %{page} 页超出范围，请返回上一页。', []],
    ['Page %{page}: out of range, go back?', []],
  ])('spots half-width marks in %p', (text, expected) => {
    expect(halfWidthOffences(text)).toEqual(expected);
  });

  it('puts no half-width colon or question mark after translated words in the sources (「校验值:」)', () => {
    const SRC = path.join(__dirname, '..');
    const offenders = sources(SRC)
      .filter((file) => file.endsWith('.tsx'))
      .flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/\{translate\([^{}]*\)\} ?[:?][^\w]/g)].map((m) => `${path.relative(SRC, file)}: ${m[0]}`));
    expect(offenders).toEqual([]);
  });

  it('uses full-width , ? ! : ; ( ) everywhere in the zh-CN messages', () => {
    const offenders = keys(zh)
      .map((key) => [key, at(zh, key)] as const)
      .filter(([, text]) => halfWidthOffences(text).length > 0)
      .map(([key, text]) => `${key}: ${text}`);
    expect(offenders).toEqual([]);
  });
});

/** The console's own sources (not the generated types, not the tests). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [file] : [];
  });
}

describe('every message the console asks for exists (polyglot would show the bare key)', () => {
  const SRC = path.join(__dirname, '..');
  const text = sources(SRC).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  // storage keys are constants (session.ts: const KEY = 'wuye.session'); messages are written where they are asked for
  const storageKeys = new Set([...text.matchAll(/const \w+ = '(wuye\.[A-Za-z0-9_.]+)'/g)].map((m) => m[1]));
  // a whole key in quotes: 'wuye.money.accrued'
  const whole = [...new Set([...text.matchAll(/(['"])(wuye\.[A-Za-z0-9_.]+[A-Za-z0-9_])\1/g)].map((m) => m[2]))].filter((key) => !storageKeys.has(key));
  // a key built from a value: `wuye.demonstrationLevel.${level}` needs the group `wuye.demonstrationLevel`
  const groups = [...new Set([...text.matchAll(/`(wuye\.[A-Za-z0-9_.]+)\.\$\{/g)].map((m) => m[1]))];

  it.each([['zh-CN', zh], ['English', en]] as const)('in %s: every whole key, and every group a key is built in', (_language, messages) => {
    expect([whole.length > 100, groups.length > 5]).toEqual([true, true]);
    expect(whole.filter((key) => typeof at(messages, key) !== 'string')).toEqual([]);
    expect(groups.filter((group) => typeof at(messages, group) !== 'object')).toEqual([]);
  });
});

describe('every rule code the API can report is translated (the console would show the server’s English message)', () => {
  const API = path.join(__dirname, '..', '..', '..', 'api', 'src');
  const text = sources(API).map((file) => fs.readFileSync(file, 'utf8')).join('\n');
  /** Codes given to a local helper by its parameter named `rule` (`const problem = (rule: string, …) =>`, `add(row, field, rule, …)`). */
  function viaHelpers(source: string): string[] {
    const helpers = [...source.matchAll(/(?:const (\w+) = \(|function (\w+)\()([^)]*)\)/g)]
      .map((m) => ({ name: m[1] ?? m[2], index: m[3].split(',').map((p) => p.trim().split(/[:=?]/)[0].trim()).indexOf('rule') }))
      .filter((h) => h.index >= 0);
    return helpers.flatMap(({ name, index }) =>
      [...source.matchAll(new RegExp(`\\b${name}\\(((?:[^(),']|'[^']*'|\\([^()]*\\))*(?:,(?:[^(),']|'[^']*'|\\([^()]*\\))*)*)`, 'g'))]
        .map((m) => m[1].split(',')[index]?.trim() ?? '')
        .flatMap((arg) => /^'([A-Z][A-Z0-9_]+)'$/.exec(arg)?.[1] ?? []),
    );
  }
  // a rule problem `{ rule: 'CODE', … }`, a field error `fail.badField(field, 'CODE', …)`, class-validator's names (RULE_NAMES),
  // and a code held in a constant (`const X = 'CODE'`) used as `rule: X` or as a constraint `[X]:`; a code computed otherwise is not seen
  const constants = new Map([...text.matchAll(/const (\w+) = '([A-Z][A-Z0-9_]+)';/g)].map((m) => [m[1], m[2]]));
  const ruleNames = /RULE_NAMES[^{]*\{([^}]*)\}/.exec(text)?.[1] ?? '';
  const codes = [
    ...new Set([
      ...[...text.matchAll(/\brule: '([A-Z][A-Z0-9_]+)'/g), ...text.matchAll(/badField\(\s*[^,()]+,\s*'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]),
      ...[...ruleNames.matchAll(/'([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1]),
      ...[...text.matchAll(/\brule: ([A-Z][A-Z0-9_]+)\b|\[([A-Z][A-Z0-9_]+)\]:/g)].map((m) => constants.get(m[1] ?? m[2])).filter((c): c is string => c !== undefined),
      ...viaHelpers(text),
    ]),
  ].sort();

  it.each([['zh-CN', zh], ['English', en]] as const)('in %s, under wuye.rules', (_language, messages) => {
    expect(codes.length).toBeGreaterThan(100);
    expect(codes.filter((code) => typeof at(messages, `wuye.rules.${code}`) !== 'string')).toEqual([]);
  });
});

describe('dates in messages (i18nProvider)', () => {
  it('writes every calendar date argument in the UI language, leaving other arguments alone', async () => {
    const { i18nProvider } = await import('./i18nProvider');
    expect(i18nProvider.translate('wuye.rules.VOTING_NOTICE_TOO_SHORT_FROM', { earliest: '2026-12-20' })).toBe('业主大会投票须提前15日公告：投票开始日期最早为 2026年12月20日');
    expect(i18nProvider.translate('wuye.rules.OBJECTION_WINDOW_RUNNING', { endsOn: '2027-01-03' })).toBe('异议公示期至 2027年1月3日 结束，之后方可开始投票');
    // a number, a list or a word that is not a date stays as given
    expect(i18nProvider.translate('wuye.workspace.days_left', { smart_count: 3 })).toBe('剩 3 天');
    expect(i18nProvider.translate('missing.key', { _: '2026-12-20' })).toBe('2026-12-20');
  });
});

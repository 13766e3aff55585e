import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { invisibleTextErrors, IsNotFuture, TextLength, toFieldErrors } from './validators';

class Dated {
  @IsNotFuture()
  on?: string;
}

const problems = (on: string) => validateSync(Object.assign(new Dated(), { on })).map((e) => Object.keys(e.constraints ?? {})).flat();

describe('IsNotFuture: today is the day in China (docs/domain-rules.md#deadlines)', () => {
  afterEach(() => jest.useRealTimers());

  it.each([
    // 2026-12-02 00:30 in Beijing is still 2026-12-01 in UTC
    ['00:30 Beijing time: today is allowed', '2026-12-01T16:30:00Z', '2026-12-02', []],
    ['00:30 Beijing time: yesterday is allowed', '2026-12-01T16:30:00Z', '2026-12-01', []],
    ['00:30 Beijing time: tomorrow is refused', '2026-12-01T16:30:00Z', '2026-12-03', ['NOT_FUTURE']],
    ['23:59 Beijing time: the next day is refused', '2026-12-02T15:59:00Z', '2026-12-03', ['NOT_FUTURE']],
  ])('%s', (_what, now, on, expected) => {
    jest.useFakeTimers({ now: new Date(now) });
    expect(problems(on)).toEqual(expected);
  });
});

describe('invisibleTextErrors: no text holds an invisible or control character, or shows nothing', () => {
  const rules = (value: unknown) => toFieldErrors(invisibleTextErrors(value)).map((e) => `${e.field}:${e.rule}`);
  it.each([
    [{ name: '\u202e\u200b\u200d' }, ['name:INVISIBLE_TEXT']],
    [{ title: '\u200b', titleZh: '\ufeff', titleEn: 'Notice' }, ['title:INVISIBLE_TEXT', 'titleZh:INVISIBLE_TEXT']],
    [{ ownerName: '\u2060', displayName: '\u0301', username: '\u200d' }, ['ownerName:INVISIBLE_TEXT', 'displayName:INVISIBLE_TEXT', 'username:INVISIBLE_TEXT']],
    [{ members: [{ name: '王芳' }, { name: '\u200b' }] }, ['members[1].name:INVISIBLE_TEXT']],
    [{ items: [{ rows: [{ note: 'ok' }, { note: 'x', building: '1栋\u00ad' }] }] }, ['items[0].rows[1].building:INVISIBLE_TEXT']],
    [{ tags: ['a', 'b\u200b'] }, ['tags[1]:INVISIBLE_TEXT']],
    [{ name: '湖州物业\u200b' }, ['name:INVISIBLE_TEXT']], // visible, but holding one: refused too
    [{ address: '湖州\u202e路', note: '\u202e', creditCode: '9133\u200b' }, ['address:INVISIBLE_TEXT', 'note:INVISIBLE_TEXT', 'creditCode:INVISIBLE_TEXT']],
    [{ name: '' }, []], // empty is the length rule's to judge
    [{ name: '张\u00a0三', address: '湖州市\u3000吴兴区' }, []], // spaces are text
    [{ name: '张三\n', address: 'a\tb' }, ['name:INVISIBLE_TEXT', 'address:INVISIBLE_TEXT']], // one line
    [{ note: '第一行\r\n第二行\t!', reason: 'a\nb', description: 'c\n', summary: 'd\n' }, []], // multi-line free text
    [{ note: 'a\u000bb' }, ['note:INVISIBLE_TEXT']], // a vertical tab is no line break
    [{ note: '👨\u200d👩\u200d👧 ❤\ufe0f' }, []], // an emoji sequence's joiner, a variation selector
    [{ note: 'a\u200db' }, ['note:INVISIBLE_TEXT']], // a joiner between letters
    [{ password: '\u200bx\ty', input: { secret: '\u0001' } }, []], // taken as typed
    [{ name: 42, title: null }, []],
  ])('%p → %p', (value, expected) => {
    expect(rules(value)).toEqual(expected);
  });
});

describe('TextLength: characters counted as PostgreSQL length() counts them (code points), as every CHECK (length(…)) does', () => {
  class Named {
    @TextLength(2, 100)
    name?: string;
  }
  const rules = (name: string) => toFieldErrors(validateSync(Object.assign(new Named(), { name }))).map((e) => `${e.field}:${e.rule}`);
  it.each([
    ['100 plain characters', '物'.repeat(100), []],
    ['101 plain characters', '物'.repeat(101), ['name:LENGTH']],
    // ❤️ is U+2764 U+FE0F: two code points, and two characters to PostgreSQL; class-validator counted one
    ['60 × ❤️ (120 code points)', '❤️'.repeat(60), ['name:LENGTH']],
    ['50 × ❤️ (100 code points)', '❤️'.repeat(50), []],
    // an astral character is one code point though two UTF-16 units
    ['100 × 😀 (200 UTF-16 units)', '😀'.repeat(100), []],
    ['101 × 😀', '😀'.repeat(101), ['name:LENGTH']],
    ['a rare name character of plane 2, 100 times', '𠀀'.repeat(100), []],
    ['e + combining acute, 50 times (100 code points)', 'e\u0301'.repeat(50), []],
    ['e + combining acute, 51 times (102 code points)', 'e\u0301'.repeat(51), ['name:LENGTH']],
    ['one character', '物', ['name:LENGTH']],
  ])('%s', (_what, name, expected) => {
    expect(rules(name)).toEqual(expected);
  });

  it('refuses what is not a string, and a lone maximum counts from zero', () => {
    class Noted {
      @TextLength(0, 3)
      note?: unknown;
    }
    const noteRules = (note: unknown) => toFieldErrors(validateSync(Object.assign(new Noted(), { note }))).map((e) => `${e.field}:${e.rule}`);
    expect([noteRules(''), noteRules('❤️❤'), noteRules('❤️❤️'), noteRules(7)]).toEqual([[], [], ['note:LENGTH'], ['note:LENGTH']]);
  });
});

import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { invisibleNameErrors, IsNotFuture, toFieldErrors } from './validators';

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

describe('invisibleNameErrors: a name or title must show something', () => {
  const rules = (value: unknown) => toFieldErrors(invisibleNameErrors(value)).map((e) => `${e.field}:${e.rule}`);
  it.each([
    [{ name: '\u202e\u200b\u200d' }, ['name:INVISIBLE_TEXT']],
    [{ title: '\u200b', titleZh: '\ufeff', titleEn: 'Notice' }, ['title:INVISIBLE_TEXT', 'titleZh:INVISIBLE_TEXT']],
    [{ ownerName: '\u2060', displayName: '\u0301', username: '\u200d' }, ['ownerName:INVISIBLE_TEXT', 'displayName:INVISIBLE_TEXT', 'username:INVISIBLE_TEXT']],
    [{ members: [{ name: '王芳' }, { name: '\u200b' }] }, ['members.1.name:INVISIBLE_TEXT']],
    [{ name: '湖州物业\u200b' }, []],
    [{ name: '' }, []], // empty is the length rule's to judge
    [{ address: '\u200b', note: '\u202e', renamed: '\u200b' }, []], // not a name field
    [{ name: 42, title: null }, []],
  ])('%p → %p', (value, expected) => {
    expect(rules(value)).toEqual(expected);
  });
});

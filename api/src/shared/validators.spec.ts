import 'reflect-metadata';
import { validateSync } from 'class-validator';
import { IsNotFuture } from './validators';

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

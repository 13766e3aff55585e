import { keepAliveDue } from './keepAlive';

const MINUTE = 60_000;
const IDLE = 30 * MINUTE;

describe('keepAliveDue: a request tells the server of input it has not seen, at most every third of the idle time', () => {
  const table: Array<[what: string, now: number, lastInput: number, lastContact: number, due: boolean]> = [
    ['input since the last request, ten minutes ago', 20 * MINUTE, 19 * MINUTE, 10 * MINUTE, true],
    ['input since the last request, nine minutes ago', 19 * MINUTE, 18 * MINUTE, 10 * MINUTE, false],
    ['no input since the last request, however long ago', 40 * MINUTE, 9 * MINUTE, 10 * MINUTE, false],
    ['input at the very moment of the last request', 30 * MINUTE, 10 * MINUTE, 10 * MINUTE, false],
    ['input and no request since signing in', 11 * MINUTE, 11 * MINUTE, 0, true],
  ];
  test.each(table)('%s', (_what, now, lastInput, lastContact, due) => {
    expect(keepAliveDue(now, lastInput, lastContact, IDLE)).toBe(due);
  });
});

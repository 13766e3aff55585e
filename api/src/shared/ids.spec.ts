import { MAX_ID, parseId, toId } from './ids';

describe('ids', () => {
  it.each([
    ['1', 1],
    [7, 7],
    ['007', 7],
    [String(MAX_ID), MAX_ID],
    [MAX_ID, MAX_ID],
  ])('%p is the id %p', (value, id) => {
    expect(parseId(value)).toBe(id);
    expect(toId(value)).toBe(id);
  });

  it.each([
    ['0'],
    [0],
    ['-1'],
    [-1],
    [String(MAX_ID + 1)],
    [MAX_ID + 1],
    ['99999999999999999999'],
    ['1e3'],
    ['1.5'],
    [1.5],
    [' 1'],
    [''],
    ['abc'],
    ['1\u0000'],
    [Number.NaN],
    [null],
    [undefined],
    [{}],
  ])('%p is not an id (BAD_USER_INPUT before any SQL)', (value) => {
    expect(parseId(value)).toBeNull();
    expect(() => toId(value as string, 'firmId')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });
});

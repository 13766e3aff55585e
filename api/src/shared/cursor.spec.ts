import { CursorKind, cursorKindOf, decodeCursor, encodeCursor } from './cursor';

const forged = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');

describe('list cursors', () => {
  it.each<[string, unknown, CursorKind]>([
    ['name', '湖州物业', 'text'],
    ['households', 120, 'integer'],
    ['contractStart', '2024-02-29', 'date'],
    ['updatedAt', new Date('2025-03-01T08:30:00.123Z'), 'timestamp'],
    ['id', 5, 'integer'],
  ])('a cursor the API made for a %s sort reads back', (field, value, kind) => {
    const cursor = encodeCursor(field, value, 42);
    expect(decodeCursor(cursor, field, kind, 'integer')).toEqual({ value: value instanceof Date ? value.toISOString() : value, id: 42 });
  });

  it.each<[string, string, string, CursorKind]>([
    ['garbage', 'not a cursor', 'name', 'text'],
    ['not JSON', Buffer.from('[1,').toString('base64url'), 'name', 'text'],
    ['two parts (an old cursor)', forged(['x', 1]), 'name', 'text'],
    ['another sort', forged(['title', 'x', 1]), 'name', 'text'],
    ['text on an integer sort', forged(['households', 'abc', 1]), 'households', 'integer'],
    ['an integer beyond 32 bits', forged(['households', 2147483648, 1]), 'households', 'integer'],
    ['a fraction on an integer sort', forged(['households', 1.5, 1]), 'households', 'integer'],
    ['text on a date sort', forged(['contractStart', 'yesterday', 1]), 'contractStart', 'date'],
    ['a date that does not exist', forged(['contractStart', '2025-02-29', 1]), 'contractStart', 'date'],
    ['a number on a date sort', forged(['contractStart', 20250101, 1]), 'contractStart', 'date'],
    ['text on a timestamp sort', forged(['updatedAt', 'now', 1]), 'updatedAt', 'timestamp'],
    ['a timestamp out of its shape', forged(['updatedAt', '2025-13-01T00:00:00.000Z', 1]), 'updatedAt', 'timestamp'],
    ['NUL in a text value', forged(['name', 'a\u0000', 1]), 'name', 'text'],
    ['an unpaired surrogate', forged(['name', '\ud800', 1]), 'name', 'text'],
    ['a number on a text sort', forged(['name', 1, 1]), 'name', 'text'],
    ['null', forged(['name', null, 1]), 'name', 'text'],
    ['an id beyond 32 bits', forged(['name', 'a', 2147483648]), 'name', 'text'],
    ['a negative id', forged(['name', 'a', -1]), 'name', 'text'],
    ['a text id', forged(['name', 'a', '1']), 'name', 'text'],
    ['an over-long cursor', forged(['name', 'a'.repeat(5000), 1]), 'name', 'text'],
  ])('%s is refused', (_what, cursor, field, kind) => {
    expect(decodeCursor(cursor, field, kind, 'integer')).toBeNull();
  });

  it('bigint ids (audit events) may pass 32 bits', () => {
    expect(decodeCursor(forged(['id', 2 ** 40, 2 ** 40]), 'id', 'bigint', 'bigint')).toEqual({ value: 2 ** 40, id: 2 ** 40 });
  });

  it.each([
    ['integer', 'integer'],
    ['bigint', 'bigint'],
    ['character varying', 'text'],
    ['character', 'text'],
    ['date', 'date'],
    ['timestamp with time zone', 'timestamp'],
    ['numeric', null],
    ['jsonb', null],
  ])('a %s column sorts by %p cursors', (type, kind) => {
    expect(cursorKindOf(type)).toBe(kind);
  });
});

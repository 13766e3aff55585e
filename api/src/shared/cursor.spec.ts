import { CursorKind, cursorKindOf, CursorOrder, decodeCursor, encodeCursor } from './cursor';

const forged = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString('base64url');
const order = (field: string, direction = 'ASC', list = 'Firm'): CursorOrder => ({ list, field, direction });

describe('list cursors', () => {
  it.each<[string, unknown, CursorKind]>([
    ['name', '湖州物业', 'text'],
    ['households', 120, 'integer'],
    ['contractStart', '2024-02-29', 'date'],
    ['updatedAt', new Date('2025-03-01T08:30:00.123Z'), 'timestamp'],
    ['id', 5, 'integer'],
  ])('a cursor the API made for a %s sort reads back', (field, value, kind) => {
    const cursor = encodeCursor(order(field), value, 42);
    expect(decodeCursor(cursor, order(field), kind, 'integer')).toEqual({ value: value instanceof Date ? value.toISOString() : value, id: 42 });
  });

  it.each<[string, CursorOrder]>([
    ['a descending sort', order('name', 'DESC')],
    ['another list', order('name', 'ASC', 'Project')],
  ])('a cursor for %s reads back on that list and sort', (_what, made) => {
    expect(decodeCursor(encodeCursor(made, '湖州物业', 7), made, 'text', 'integer')).toEqual({ value: '湖州物业', id: 7 });
  });

  // the cursor was made for the Firm list sorted by name ascending, and offered where "after" means something else
  it.each<[string, CursorOrder]>([
    ['another list', order('name', 'ASC', 'Project')],
    ['the other direction', order('name', 'DESC')],
    ['another sort field of the same kind', order('legalRepresentative')],
    ['another list and direction', order('name', 'DESC', 'Estate')],
  ])('a cursor offered to %s is refused', (_what, offered) => {
    expect(decodeCursor(encodeCursor(order('name'), '湖州物业', 7), offered, 'text', 'integer')).toBeNull();
  });

  it.each<[string, string, string, CursorKind]>([
    ['garbage', 'not a cursor', 'name', 'text'],
    ['not JSON', Buffer.from('[1,').toString('base64url'), 'name', 'text'],
    ['two parts', forged(['x', 1]), 'name', 'text'],
    ['three parts (a cursor from before lists and directions were named)', forged(['name', 'a', 1]), 'name', 'text'],
    ['six parts', forged(['Firm', 'name', 'ASC', 'a', 1, 1]), 'name', 'text'],
    ['a direction spelt otherwise', forged(['Firm', 'name', 'asc', 'a', 1]), 'name', 'text'],
    ['no list', forged([null, 'name', 'ASC', 'a', 1]), 'name', 'text'],
    ['another sort', forged(['Firm', 'title', 'ASC', 'x', 1]), 'name', 'text'],
    ['text on an integer sort', forged(['Firm', 'households', 'ASC', 'abc', 1]), 'households', 'integer'],
    ['an integer beyond 32 bits', forged(['Firm', 'households', 'ASC', 2147483648, 1]), 'households', 'integer'],
    ['a fraction on an integer sort', forged(['Firm', 'households', 'ASC', 1.5, 1]), 'households', 'integer'],
    ['text on a date sort', forged(['Firm', 'contractStart', 'ASC', 'yesterday', 1]), 'contractStart', 'date'],
    ['a date that does not exist', forged(['Firm', 'contractStart', 'ASC', '2025-02-29', 1]), 'contractStart', 'date'],
    ['a number on a date sort', forged(['Firm', 'contractStart', 'ASC', 20250101, 1]), 'contractStart', 'date'],
    ['text on a timestamp sort', forged(['Firm', 'updatedAt', 'ASC', 'now', 1]), 'updatedAt', 'timestamp'],
    ['a timestamp out of its shape', forged(['Firm', 'updatedAt', 'ASC', '2025-13-01T00:00:00.000Z', 1]), 'updatedAt', 'timestamp'],
    ['NUL in a text value', forged(['Firm', 'name', 'ASC', 'a\u0000', 1]), 'name', 'text'],
    ['an unpaired surrogate', forged(['Firm', 'name', 'ASC', '\ud800', 1]), 'name', 'text'],
    ['a number on a text sort', forged(['Firm', 'name', 'ASC', 1, 1]), 'name', 'text'],
    ['null', forged(['Firm', 'name', 'ASC', null, 1]), 'name', 'text'],
    ['an id beyond 32 bits', forged(['Firm', 'name', 'ASC', 'a', 2147483648]), 'name', 'text'],
    ['a negative id', forged(['Firm', 'name', 'ASC', 'a', -1]), 'name', 'text'],
    ['a text id', forged(['Firm', 'name', 'ASC', 'a', '1']), 'name', 'text'],
    ['an over-long cursor', forged(['Firm', 'name', 'ASC', 'a'.repeat(5000), 1]), 'name', 'text'],
  ])('%s is refused', (_what, cursor, field, kind) => {
    expect(decodeCursor(cursor, order(field), kind, 'integer')).toBeNull();
  });

  it('a nullable sort names its null tail with null, on that list and sort only', () => {
    const made = order('submittedAt', 'DESC');
    expect(decodeCursor(encodeCursor(made, null, 3), made, 'timestamp', 'integer', true)).toEqual({ value: null, id: 3 });
    expect(decodeCursor(encodeCursor(made, null, 3), order('submittedAt'), 'timestamp', 'integer', true)).toBeNull();
  });

  it('bigint ids (audit events) may pass 32 bits', () => {
    const made = order('id', 'ASC', 'AuditEvent');
    expect(decodeCursor(forged(['AuditEvent', 'id', 'ASC', 2 ** 40, 2 ** 40]), made, 'bigint', 'bigint')).toEqual({ value: 2 ** 40, id: 2 ** 40 });
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

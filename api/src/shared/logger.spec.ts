import { batchedStdout, createLogger, scrubPersonalData } from './logger';

describe('the logger keeps personal data out', () => {
  it.each([
    ['owner 11010519491231002X voted', 'owner [id-number] voted'],
    ['id 330502198001010014.', 'id [id-number].'],
    ['call 13857212345 now', 'call [phone] now'],
    ['order 1234567890123 is fine', 'order 1234567890123 is fine'],
    ['credit code 91350100M000100Y43 stays', 'credit code 91350100M000100Y43 stays'],
    ['call 137,0017,0979 now', 'call [phone] now'], // security review F8: any one separator
    ['owner 330501/19540103/132X', 'owner [id-number]'],
    ['call 一三七零零一七零九七九', 'call [phone]'],
    ['owner ٣٣٠٥٠١١٩٥٤٠١٠٣١٣٢X', 'owner [id-number]'],
    ['call 137\n0017\n0979, "quoted"', 'call [phone], "quoted"'], // escaped in the line, read as written
    ['met 2026-12-05, paid 1,234.56 for 3幢2单元501', 'met 2026-12-05, paid 1,234.56 for 3幢2单元501'],
  ])('%s → %s', (text, expected) => {
    expect(JSON.parse(scrubPersonalData(JSON.stringify({ event: text })))).toEqual({ event: expected });
  });

  it.each([
    ['a bare number shaped like a phone', '{"ms":13857212345,"sql":2}', { ms: '[phone]', sql: 2 }],
    ['one shaped like an ID number', '{"position":330502198001010014}', { position: '[id-number]' }],
    ['digits inside a string beside escaped quotes', '{"note":"say \\"13857212345\\" twice","n":13857212345}', { note: 'say "[phone]" twice', n: '[phone]' }],
    ['a key', '{"13857212345":1}', { '[phone]': 1 }],
  ])('%s is replaced and the line stays JSON (attacker round 6: "ms":[phone])', (_case, line, parsed) => {
    expect(JSON.parse(scrubPersonalData(line))).toEqual(parsed);
  });

  it('writes JSON lines at or above its level, scrubbed', () => {
    const lines: string[] = [];
    const log = createLogger('info', (line) => lines.push(line));
    log.debug('hidden');
    log.info('shown', { phone: '13905721234' });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({ level: 'info', event: 'shown', phone: '[phone]' });
  });

  it('keeps the line shape: ISO time, level label, pid, event; an error in the fields is scrubbed too', () => {
    const lines: string[] = [];
    createLogger('debug', (line) => lines.push(line), { worker: 2 }).error('db.failed', { err: new Error('owner 13857212345') });
    expect(lines).toHaveLength(1);
    expect(lines[0].endsWith('\n')).toBe(true);
    const entry = JSON.parse(lines[0]);
    expect(entry).toMatchObject({ level: 'error', pid: process.pid, worker: 2, event: 'db.failed' });
    expect(new Date(entry.time).toISOString()).toBe(entry.time);
    expect(entry).not.toHaveProperty('hostname');
    expect(entry).not.toHaveProperty('msg');
    expect(lines[0]).toContain('owner [phone]');
    expect(lines[0]).not.toContain('13857212345');
  });

  it("a request's child logger names the request on every line, the parent on none", async () => {
    const lines: string[] = [];
    const log = createLogger('info', (line) => lines.push(line));
    const request = log.child({ requestId: 'req-1' });
    request.info('first');
    await new Promise((resolve) => setTimeout(resolve, 1));
    request.child({ step: 'inner' }).warn('after an await', { phone: '13905721234' });
    request.debug('below the level');
    log.info('outside');
    expect(lines.map((line) => JSON.parse(line))).toEqual([
      expect.objectContaining({ requestId: 'req-1', event: 'first' }),
      expect.objectContaining({ requestId: 'req-1', step: 'inner', event: 'after an await', phone: '[phone]' }),
      expect.not.objectContaining({ requestId: expect.anything() }),
    ]);
  });
});

describe('stdout lines are written together', () => {
  const writer = () => {
    const writes: string[] = [];
    const sync: string[] = [];
    let exit = () => undefined as void;
    const write = batchedStdout(25, 100, { write: (text) => writes.push(text), writeSync: (text) => sync.push(text), onExit: (flush) => (exit = flush) });
    return { write, writes, sync, exit: () => exit() };
  };
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lines within the wait go out in one write, in order', () => {
    const { write, writes } = writer();
    write('a\n');
    write('b\n');
    expect(writes).toEqual([]);
    jest.advanceTimersByTime(25);
    write('c\n');
    jest.advanceTimersByTime(25);
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });

  it('a full buffer is written at once', () => {
    const { write, writes } = writer();
    write('x'.repeat(60));
    write('y'.repeat(60));
    expect(writes).toEqual(['x'.repeat(60) + 'y'.repeat(60)]);
  });

  it('what waits when the process exits is written synchronously, once', () => {
    const { write, writes, sync, exit } = writer();
    write('last words\n');
    exit();
    jest.advanceTimersByTime(100);
    expect(sync).toEqual(['last words\n']);
    expect(writes).toEqual([]);
  });
});

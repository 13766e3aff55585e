import { SharedRead } from './shared-read';

/** A read whose answers the test releases one by one; each read answers with its own number (1, 2, …). */
function controlledRead() {
  const pending: Array<{ resolve: (n: number) => void; reject: (e: Error) => void }> = [];
  let sent = 0;
  const read = () =>
    new Promise<number>((resolve, reject) => {
      sent++;
      const n = sent;
      pending.push({ resolve: () => resolve(n), reject });
    });
  return { read, pending, sentCount: () => sent };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedRead: one read for the callers that asked before it was sent, never one sent before a caller asked', () => {
  it('a caller alone is sent a read at once, and the next caller after it returned gets a new one', async () => {
    const { read, pending, sentCount } = controlledRead();
    const shared = new SharedRead(read);
    const first = shared.get();
    expect(sentCount()).toBe(1);
    pending.shift()!.resolve(0);
    await expect(first).resolves.toBe(1);
    const second = shared.get();
    expect(sentCount()).toBe(2);
    pending.shift()!.resolve(0);
    await expect(second).resolves.toBe(2);
  });

  it('callers that come while a read is in flight wait for the next one, which they all share', async () => {
    const { read, pending, sentCount } = controlledRead();
    const shared = new SharedRead(read);
    const first = shared.get();
    const later = [shared.get(), shared.get(), shared.get()];
    // nothing more is sent while the first is in flight
    expect(sentCount()).toBe(1);
    pending.shift()!.resolve(0);
    await expect(first).resolves.toBe(1);
    await settle();
    // the waiting callers' read went out once the first returned: after every one of them asked
    expect(sentCount()).toBe(2);
    pending.shift()!.resolve(0);
    await expect(Promise.all(later)).resolves.toEqual([2, 2, 2]);
  });

  it('a failed read fails only its own callers; the ones waiting get a read of their own', async () => {
    const { read, pending } = controlledRead();
    const shared = new SharedRead(read);
    const first = shared.get();
    const waiting = shared.get();
    pending.shift()!.reject(new Error('connection lost'));
    await expect(first).rejects.toThrow('connection lost');
    await settle();
    pending.shift()!.resolve(0);
    await expect(waiting).resolves.toBe(2);
    // and the reader is free again
    const after = shared.get();
    pending.shift()!.resolve(0);
    await expect(after).resolves.toBe(3);
  });

  it('a read that throws before it is sent is that caller’s error and blocks nobody', async () => {
    let calls = 0;
    const shared = new SharedRead(() => {
      calls++;
      if (calls === 1) throw new Error('no connection');
      return Promise.resolve(calls);
    });
    await expect(shared.get()).rejects.toThrow('no connection');
    await expect(shared.get()).resolves.toBe(2);
  });
});

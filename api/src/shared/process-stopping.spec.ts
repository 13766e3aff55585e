import { markStopping, unlessOwnStop } from './process-stopping';

const adminShutdown = () => Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

describe('unlessOwnStop: a connection lost to the process’s own stop is not reported, even when PostgreSQL’s goodbye comes first', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  // in this order: markStopping() is for good once called
  test('a connection lost while nothing stops is reported, a moment later', () => {
    const report = jest.fn();
    unlessOwnStop(adminShutdown(), report);
    expect(report).not.toHaveBeenCalled();
    jest.advanceTimersByTime(300);
    expect(report).toHaveBeenCalledTimes(1);
  });

  test('a shutdown read before the process’s own SIGINT handler ran is not reported', () => {
    const report = jest.fn();
    unlessOwnStop(adminShutdown(), report);
    markStopping();
    jest.advanceTimersByTime(300);
    expect(report).not.toHaveBeenCalled();
  });

  test('once stopping, a shutdown is not reported; another error still is', () => {
    const report = jest.fn();
    unlessOwnStop(adminShutdown(), report);
    unlessOwnStop(new Error('Connection terminated unexpectedly'), report);
    jest.advanceTimersByTime(300);
    expect(report).not.toHaveBeenCalled();
    unlessOwnStop(Object.assign(new Error('too many connections'), { code: '53300' }), report);
    jest.advanceTimersByTime(300);
    expect(report).toHaveBeenCalledTimes(1);
  });
});

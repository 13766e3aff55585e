import en from '../i18n/en';
import zh from '../i18n/zh';
import { messageAt, QUICK_LOGIN_MESSAGES } from './quickLogin';

/** The first page reads the app's own messages by key: a renamed or missing key would show the key itself. */
describe('the signed-out first page’s messages', () => {
  it.each(QUICK_LOGIN_MESSAGES.map((key) => [key]))('%s is a message in both languages', (key) => {
    expect(messageAt(zh, key)).not.toBe(key);
    expect(messageAt(en as unknown as typeof zh, key)).not.toBe(key);
    expect(messageAt(zh, key)).not.toBe(messageAt(en as unknown as typeof zh, key));
  });

  it.each([
    ['wuye.session', 'wuye.session'],
    ['wuye.session.nothing', 'wuye.session.nothing'],
    ['wuye.errors.LOGIN_FAILED', zh.wuye.errors.LOGIN_FAILED],
  ])('%s reads as %s (a key that is no text reads as itself)', (key, text) => {
    expect(messageAt(zh, key)).toBe(text);
  });

  it('fills in the wait of a lock, in both languages', () => {
    expect(messageAt(zh, 'wuye.session.locked_minutes', { minutes: 15 })).toContain('15 分钟');
    expect(messageAt(en as unknown as typeof zh, 'wuye.session.locked_seconds', { seconds: 42 })).toContain('42 s');
    // a name it is not given stays as written
    expect(messageAt(zh, 'wuye.session.locked_seconds')).toContain('%{seconds}');
  });
});

import en from '../i18n/en';
import zh from '../i18n/zh';
import { ruleText } from './errors';

/** A refused check character is said with the one expected (GB 11643 for ID numbers; credit codes have their own check). */
describe('the words of a refused ID number', () => {
  it.each<[string, Record<string, string> | null, string, Record<string, unknown>]>([
    ['with the expected character and the file’s', { expected: 'X', actual: '3' }, 'wuye.rules.ID_CHECK_EXPECTED', { expected: 'X', actual: '3' }],
    ['without figures (an old client, a masked number)', null, 'wuye.rules.ID_CHECK', {}],
  ])('%s', (_label, args, key, figures) => {
    const text = ruleText({ rule: 'ID_CHECK', message: "check character should be 'X', not '3'", args });
    expect(text.key).toBe(key);
    expect(text.args).toMatchObject(figures);
  });

  it('has words in both languages that say both characters', () => {
    for (const messages of [zh, en]) {
      expect(messages.wuye.rules.ID_CHECK_EXPECTED).toContain('%{expected}');
      expect(messages.wuye.rules.ID_CHECK_EXPECTED).toContain('%{actual}');
    }
  });
});

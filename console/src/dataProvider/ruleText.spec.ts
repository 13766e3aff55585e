import en from '../i18n/en';
import zh from '../i18n/zh';
import { ROLL_RULES_NAMING_A_ROW, ruleText } from './errors';

/** A refused check character is said with the one expected (GB 11643 for ID numbers; credit codes have their own check). */
describe('the words of a refused ID number', () => {
  it.each<[string, Record<string, string> | null, string, Record<string, unknown>]>([
    ['with the expected character and the file’s', { expected: 'X', actual: '3' }, 'wuye.rules.ID_CHECK_EXPECTED', { expected: 'X', actual: '3' }],
    ['without figures (an old client, a masked number)', null, 'wuye.rules.ID_CHECK', {}],
  ])('%s', (_label, args, key, figures) => {
    const text = ruleText({ rule: 'ID_CHECK', message: 'worded anew', args });
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

/** A credit code's letter that never appears (GB 32100-2015 leaves out I, O, S, V, Z): the clerk who typed O for 0 is told what was meant. */
describe('the words of a character a credit code never has', () => {
  it('name the letters left out and the digits they are taken for, in both languages', () => {
    for (const messages of [zh, en]) {
      for (const sign of ['%{position}', '%{character}', 'I', 'O', 'S', 'V', 'Z', '1', '0', '5', '2']) expect(messages.wuye.rules.CREDIT_CODE_CHARACTER).toContain(sign);
    }
  });
});

/**
 * A date the holiday calendar cannot judge (docs/domain-rules.md#holidays): the clerk typed 2100-12-20, a year the calendar
 * has, and was told "the year is out of range" — the words must say the period reaches past it, and the years there are,
 * from the figures the server sends (args), whatever its English words say.
 */
describe('the words of a date the holiday calendar cannot judge', () => {
  it.each<[string, Record<string, string | number> | null, string]>([
    ['a period that ends past the calendar (deadlines.ts periodOutsideCalendar)', { days: 30, event: '2100-12-20', endYear: 2101, from: 2008, to: 2100 }, 'wuye.rules.HOLIDAY_YEAR_PERIOD'],
    ['a year outside it (holiday.service.ts)', { from: 2008, to: 2100 }, 'wuye.rules.HOLIDAY_YEAR_BETWEEN'],
    ['a notice’s year (holiday-calendar.ts checkHolidayNotice)', { from: 2009, to: 2100 }, 'wuye.rules.HOLIDAY_YEAR_BETWEEN'],
    ['no figures sent', null, 'wuye.rules.HOLIDAY_YEAR'],
  ])('%s', (_label, args, key) => {
    const text = ruleText({ rule: 'HOLIDAY_YEAR', message: 'worded anew for integrators', args });
    expect(text.key).toBe(key);
    expect(text.args).toMatchObject(args ?? {});
  });

  it('reads no figures from the English message', () => {
    const text = ruleText({ rule: 'HOLIDAY_YEAR', message: 'the 30-day period after 2100-12-20 would end in 2101: statutory holidays are computed for 2008 to 2100' });
    expect(text.key).toBe('wuye.rules.HOLIDAY_YEAR');
    expect(text.args).not.toHaveProperty('endYear');
  });

  it('has words in both languages that say the figures', () => {
    for (const messages of [zh, en]) {
      for (const figure of ['%{days}', '%{event}', '%{endYear}', '%{from}', '%{to}']) expect(messages.wuye.rules.HOLIDAY_YEAR_PERIOD).toContain(figure);
      for (const figure of ['%{from}', '%{to}']) expect(messages.wuye.rules.HOLIDAY_YEAR_BETWEEN).toContain(figure);
    }
  });

  it('says it in Chinese with the day written as a day and the years as years', async () => {
    const { i18nProvider } = await import('../i18n/i18nProvider');
    const { key, args } = ruleText({ rule: 'HOLIDAY_YEAR', message: 'x', args: { days: 30, event: '2100-12-20', endYear: 2101, from: 2008, to: 2100 } });
    expect(i18nProvider.translate(key, args)).toBe('自 2100年12月20日 起算的 30 日期限落在 2101 年，而法定节假日只能计算 2008 年至 2100 年，无法确定截止日期：请核对所填日期');
  });
});

/** A birth date in an ID number that does not exist, or is after today (GB 11643-1999, docs/domain-rules.md#citizen-id), is named. */
describe('the words of a refused birth date in an ID number', () => {
  it.each<[string, Record<string, string> | null, string]>([
    ['a day that does not exist', { birthDate: '1970-02-30' }, '身份证号第7至14位的出生日期 1970年2月30日 不存在：请核对身份证上的号码'],
    ['a day after today', { birthDate: '2029-01-01', today: '2026-12-06' }, '身份证号第7至14位的出生日期 2029年1月1日 晚于今天：请核对身份证上的号码'],
    ['no figures sent', null, '身份证号中的出生日期不存在或晚于今天'],
  ])('%s', async (_label, args, words) => {
    const { i18nProvider } = await import('../i18n/i18nProvider');
    const { key, args: figures } = ruleText({ rule: 'ID_BIRTH_DATE', message: 'characters 7–14 give a birth date 1999-01-01 that does not exist', args });
    expect(i18nProvider.translate(key, figures)).toBe(words);
  });

  it('has words in English too', () => {
    expect(en.wuye.rules.ID_BIRTH_DATE_NOT_REAL).toContain('%{birthDay}');
    expect(en.wuye.rules.ID_BIRTH_DATE_FUTURE).toContain('%{birthDate}');
  });
});

/** An owner roll's row that contradicts another says which: the clerk fixing a file of thousands of rows is told where the other is. */
describe('the words of a roll row that contradicts another', () => {
  it.each(ROLL_RULES_NAMING_A_ROW.map((rule) => [rule]))('%s names the other row in both languages', (rule) => {
    const text = ruleText({ rule, message: 'worded anew', args: { otherRow: 7 } });
    expect(text.key).toBe(`wuye.rules.${rule}_ROW`);
    for (const messages of [zh, en]) expect((messages.wuye.rules as Record<string, string>)[`${rule}_ROW`]).toContain('%{otherRow}');
    // an old answer without the row keeps the plain words
    expect(ruleText({ rule, message: 'worded anew' }).key).toBe(`wuye.rules.${rule}`);
  });
});

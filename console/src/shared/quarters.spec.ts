import en from '../i18n/en';
import zh from '../i18n/zh';
import { quarterLabel } from './quarters';

const translator = (period: string) => (_key: string, options?: Record<string, unknown>) => period.replace(/%\{(\w+)\}/g, (_, name) => String(options?.[name]));

describe('a quarter in words', () => {
  it('reads 2026-Q4 as the console writes quarters elsewhere', () => {
    expect(quarterLabel('2026-Q4', translator(zh.wuye.money.period_title))).toBe('2026年第4季度');
    expect(quarterLabel('2026-Q3', translator(en.wuye.money.period_title))).toBe('2026 Q3');
  });
  it('leaves anything else as it is', () => {
    expect(quarterLabel('2026', translator(zh.wuye.money.period_title))).toBe('2026');
    expect(quarterLabel(null, translator(zh.wuye.money.period_title))).toBe('');
  });
});

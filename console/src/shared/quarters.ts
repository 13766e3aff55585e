/** A quarter code as the API writes it (2026-Q4) in the reader's words: 2026年第4季度, 2026 Q4 (wuye.money.period_title). */
export function quarterLabel(code: string | null | undefined, t: (key: string, options?: Record<string, unknown>) => string): string {
  const match = /^(\d{4})-Q([1-4])$/.exec(code ?? '');
  return match ? t('wuye.money.period_title', { year: match[1], quarter: match[2] }) : (code ?? '');
}

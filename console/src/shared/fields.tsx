import { Chip, type ChipProps } from '@mui/material';
import { DateField, NumberField, TextField, useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { INTL_LOCALE, type Locale } from '../i18n/i18nProvider';
import { areaText, CALENDAR_DATE, calendarDay, CHINA_TIME, DATE_OPTIONS, fileSizeText, INSTANT_OPTIONS, instantText } from './formats';

/** The Intl locale of the language the user chose (dates and money follow the switch). */
export function useIntlLocale(): string {
  const [locale] = useLocaleState();
  return INTL_LOCALE[locale as Locale] ?? 'zh-CN';
}

const STATUS_COLOR = { DRAFT: 'default', SUBMITTED: 'info', APPROVED: 'success', RETURNED: 'warning', REVOKED: 'error' } as const;

export function FilingStatusField(_props: FieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.filingStatus) return null;
  const status = record.filingStatus as keyof typeof STATUS_COLOR;
  return <Chip size="small" color={STATUS_COLOR[status] ?? 'default'} label={translate(`wuye.filingStatus.${status}`)} data-status={status} />;
}

export { CHINA_TIME, DATE_OPTIONS, INSTANT_OPTIONS, todayInChina } from './formats';

/** The console's one date field: a calendar date (YYYY-MM-DD, no time zone) or, with showTime, an instant in China time; in the user's locale. */
export function LocaleDateField(props: FieldProps & { showTime?: boolean }) {
  const locales = useIntlLocale();
  const record = useRecordContext(props);
  const value = props.source ? record?.[props.source] : undefined;
  // a date is read as one: never broken across lines (「2026年12 / 月4日」 in a narrow column)
  const sx = { ...NO_WRAP, ...(props as { sx?: object }).sx };
  // a calendar date is the day it names in every time zone (DateField would read it as UTC midnight, the day before west of UTC)
  if (!props.showTime && typeof value === 'string' && CALENDAR_DATE.test(value)) {
    return <TextField {...props} sx={sx} record={{ ...record, [props.source!]: calendarDay(value, locales, DATE_OPTIONS) }} />;
  }
  return <DateField {...props} sx={sx} locales={locales} showTime={props.showTime} options={props.showTime ? INSTANT_OPTIONS : { ...CHINA_TIME, ...DATE_OPTIONS }} />;
}

/** Dates, times and short codes (a filing number, a record's 编号) keep to one line: `sx` for a cell or text showing one. */
export const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** 元 amounts (Decimal strings such as "1.99") as currency in the user's locale. */
export function MoneyField(props: FieldProps) {
  const locales = useIntlLocale();
  return <NumberField {...props} locales={locales} options={{ style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }} />;
}

/** Counts, grouped by the user's locale. */
export function QuantityField(props: FieldProps) {
  const locales = useIntlLocale();
  return <NumberField {...props} locales={locales} options={{ maximumFractionDigits: 2 }} />;
}

/** Areas in m², always with two decimals (2,307.60), exactly as the API keeps them. */
export function AreaField(props: FieldProps) {
  const record = useRecordContext(props);
  const value = props.source ? record?.[props.source] : undefined;
  return <TextField {...props} record={{ ...record, [props.source!]: value === null || value === undefined ? value : areaText(value) }} />;
}


/** Whole days from one calendar date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** Formatters in the user's language: calendar dates as written, instants in China time, quantities grouped. */
export function useFormat() {
  const locale = useIntlLocale();
  const translate = useTranslate();
  return {
    day: (iso: string | null | undefined) => (iso ? calendarDay(iso, locale, DATE_OPTIONS) : '—'),
    /** a refusal's or hold's announced days (startsOn, endsOn) written out, its other figures left alone */
    days: (figures: Record<string, unknown>) =>
      Object.fromEntries((['startsOn', 'endsOn'] as const).flatMap((name) => (typeof figures[name] === 'string' ? [[name, calendarDay(figures[name] as string, locale, DATE_OPTIONS)]] : []))),
    instant: (value: string | null | undefined) => (value ? instantText(value, locale) : '—'),
    /** a month (its first day, 2025-12-01, or 2025-12) as its readers write it: 2025年12月, December 2025 */
    month: (iso: string | null | undefined) => (iso ? calendarDay(`${iso.slice(0, 7)}-01`, locale, { year: 'numeric', month: 'long' }) : '—'),
    quantity: (value: string | number | null | undefined) =>
      value === null || value === undefined ? '—' : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(value)),
    /** an area given in hundredths of m², exactly, with its two decimals */
    area: (hundredths: number) => areaText(`${hundredths < 0 ? '-' : ''}${Math.trunc(Math.abs(hundredths) / 100)}.${String(Math.abs(hundredths) % 100).padStart(2, '0')}`),
    /** a file's size in bytes, KB or MB */
    fileSize: (bytes: number) => fileSizeText(bytes, locale, translate('wuye.materials.bytes')),
    /** an area in m² (a Decimal string or a number), with its two decimals */
    squareMetres: (value: string | number | null | undefined) => areaText(value),
  };
}

export type ChipColor = NonNullable<ChipProps['color']>;

/** An enum value as a translated chip (wuye.<group>.<VALUE>), coloured by value; `data-value` for tests. */
export function EnumChip({ group, value, colors = {}, ...props }: { group: string; value: string | null | undefined; colors?: Record<string, ChipColor> } & Omit<ChipProps, 'label' | 'color'>) {
  const translate = useTranslate();
  if (!value) return null;
  return <Chip size="small" color={colors[value] ?? 'default'} label={translate(`wuye.${group}.${value}`)} data-value={value} {...props} />;
}

/** An enum field of the record as a chip (for lists and show pages). */
export function EnumChipField({ source, group, colors }: FieldProps & { source: string; group: string; colors?: Record<string, ChipColor> }) {
  const record = useRecordContext();
  return <EnumChip group={group} value={record?.[source]} colors={colors} />;
}

export const PHASE_COLORS: Record<string, ChipColor> = { VOTING: 'primary', COUNTING: 'primary', RESULT_PUBLICITY: 'info', CERTIFIED: 'success', CANCELLED: 'error' };
export const DECISION_COLORS: Record<string, ChipColor> = { ELIGIBLE: 'success', NOT_YET_ELIGIBLE: 'warning', INELIGIBLE: 'error' };
export const RESOLUTION_PHASE_COLORS: Record<string, ChipColor> = { VOTING: 'primary', CLOSED: 'success' };
export const OUTCOME_COLORS: Record<string, ChipColor> = { PASSED: 'success', REJECTED: 'error', NO_QUORUM: 'warning' };

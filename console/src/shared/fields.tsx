import { Chip } from '@mui/material';
import { DateField, NumberField, useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { INTL_LOCALE, type Locale } from '../i18n/i18nProvider';

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

/** Every user is in China: instants show in China time, whatever the browser's own time zone. */
export const CHINA_TIME = { timeZone: 'Asia/Shanghai' } as const;

/** A calendar date (YYYY-MM-DD, no time zone) or, with showTime, an instant in China time; in the user's locale. */
export function LocaleDateField(props: FieldProps & { showTime?: boolean }) {
  const locales = useIntlLocale();
  return <DateField {...props} locales={locales} showTime={props.showTime} options={props.showTime ? CHINA_TIME : undefined} />;
}

/** 元 amounts (Decimal strings such as "1.99") as currency in the user's locale. */
export function MoneyField(props: FieldProps) {
  const locales = useIntlLocale();
  return <NumberField {...props} locales={locales} options={{ style: 'currency', currency: 'CNY', minimumFractionDigits: 2 }} />;
}

/** Areas in m² and counts, grouped by the user's locale. */
export function QuantityField(props: FieldProps) {
  const locales = useIntlLocale();
  return <NumberField {...props} locales={locales} options={{ maximumFractionDigits: 2 }} />;
}

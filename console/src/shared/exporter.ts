import { downloadCSV, type Exporter } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { chinaTime, isInstant } from './formats';

/** Fields whose values are enum codes, and the translation group of their words. */
const ENUM_GROUPS: Record<string, string> = {
  filingStatus: 'filingStatus',
  status: 'firmStatus',
  returnReason: 'returnReason',
  revokeReason: 'revokeReason',
  selectionMethod: 'selectionMethod',
  billingModel: 'billingModel',
  role: 'role',
};

/**
 * CSV export with the columns' labels and the enum words in the user's language (a UTF-8 BOM so Excel reads
 * Chinese correctly), instants as YYYY-MM-DD HH:mm:ss China time; the rows come from the API's list, paged
 * with its cursor beyond 200.
 */
export function translatedExporter(resource: string, fields: string[], enums: Record<string, string> = {}): Exporter {
  // a resource may name its own enum fields (an election's `kind` is not a filing's `kind`)
  const groups = { ...ENUM_GROUPS, ...enums };
  return (records) => {
    const t = (key: string) => i18nProvider.translate(key, { _: key });
    const rows = records.map((record) =>
      Object.fromEntries(
        fields.map((field) => {
          const value = record[field];
          const group = groups[field];
          const word = group === 'role' ? String(value).toLowerCase() : value;
          // instants in China time, as the API's own exports write them, whatever the browser's zone
          const text =
            group && value ? t(`wuye.${group}.${word}`)
            : typeof value === 'boolean' ? t(value ? 'wuye.yes' : 'wuye.no')
            : isInstant(value) ? chinaTime(value)
            : (value ?? '');
          return [t(`resources.${resource}.fields.${field}`), text];
        }),
      ),
    );
    const headers = fields.map((field) => t(`resources.${resource}.fields.${field}`));
    const cell = (value: unknown) => {
      const text = value === null || value === undefined ? '' : String(value);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const lines = [headers, ...rows.map((row) => headers.map((h) => row[h]))].map((line) => line.map(cell).join(','));
    downloadCSV(`\uFEFF${lines.join('\r\n')}\r\n`, resource);
  };
}

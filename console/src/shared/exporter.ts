import { downloadCSV, type Exporter } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';

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
 * Chinese correctly); the rows come from the API's list, paged with its cursor beyond 200.
 */
export function translatedExporter(resource: string, fields: string[]): Exporter {
  return (records) => {
    const t = (key: string) => i18nProvider.translate(key, { _: key });
    const rows = records.map((record) =>
      Object.fromEntries(
        fields.map((field) => {
          const value = record[field];
          const group = ENUM_GROUPS[field];
          const word = group === 'role' ? String(value).toLowerCase() : value;
          return [t(`resources.${resource}.fields.${field}`), group && value ? t(`wuye.${group}.${word}`) : value ?? ''];
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

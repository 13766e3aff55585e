import { downloadCSV, type Exporter } from 'react-admin';
import { i18nProvider } from '../i18n/i18nProvider';
import { csvText } from '../../../api/src/shared/sheet-cells';
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
 * Chinese correctly), instants as YYYY-MM-DD HH:mm:ss China time, every cell made inert by the API's own rule;
 * the rows come from the API's list, paged with its cursor beyond 200.
 */
export function translatedExporter(resource: string, fields: string[], enums: Record<string, string> = {}): Exporter {
  // a resource may name its own enum fields (an election's `kind` is not a filing's `kind`)
  const groups = { ...ENUM_GROUPS, ...enums };
  return (records) => {
    const t = (key: string) => i18nProvider.translate(key, { _: key });
    // a row's cells by column, never by label: two columns with one label would overwrite each other
    const rows = records.map((record) =>
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
        return text === null || text === undefined ? '' : String(text);
      }),
    );
    const headers = fields.map((field) => t(`resources.${resource}.fields.${field}`));
    // the API's own rule for every spreadsheet cell (api/src/shared/sheet-cells.ts): formulas made inert; the file
    // named as the list is, in the user's language (物业企业.csv as the API's own exports)
    downloadCSV(csvText([headers, ...rows]), i18nProvider.translate(`resources.${resource}.name`, { smart_count: 2, _: resource }));
  };
}

import { Sheet } from '../shared/sheets';
import { IMPORT_COLUMNS, ImportKindName } from './columns';

const SHEET_NAMES: Record<ImportKindName, { zh: string; en: string }> = {
  FIRMS: { zh: '物业服务企业', en: 'firms' },
  PROJECTS: { zh: '物业服务项目', en: 'projects' },
  OWNER_ROLL: { zh: '业主名册', en: 'owner roll' },
};

/** An import template: the headers in the chosen language and one example row (an .xlsx keeps every column as text). */
export function templateSheet(kind: ImportKindName, language: 'zh' | 'en'): Sheet {
  const columns = IMPORT_COLUMNS[kind];
  return {
    name: SHEET_NAMES[kind][language],
    headers: columns.map((c) => (language === 'zh' ? c.zh : c.en)),
    rows: [columns.map((c) => c.example)],
  };
}

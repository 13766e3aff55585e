import { DEFAULT_CHECKLIST_V1 } from '../../../api/src/eligibility/checklist';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The built-in checklist's title as the API seeds it (eligibility.service.ts). */
const BUILT_IN_TITLE = '业委会委员候选人资格联审清单（浙江通行版）';

/** The basis of a checklist version: the built-in one's is a developer's note, so readers get it in words of their language. */
export function checklistSource(source: string, translate: Translate): string {
  return source === DEFAULT_CHECKLIST_V1.source ? translate('wuye.checklists.builtin_source') : source;
}

export function checklistTitle(title: string, translate: Translate): string {
  return title === BUILT_IN_TITLE ? translate('wuye.checklists.builtin_title', { _: title }) : title;
}

/**
 * An audit event in the reader's words (i18n/audit.ts): its record type, its action (`project.submit` →
 * 物业项目提交) and the fields that changed. Pure: takes the translate function.
 */
import zh from '../i18n/zh';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Fields every record carries whose change says nothing to a reader. */
const BOOKKEEPING = ['version', 'updatedAt', 'createdAt', 'workOrder'];

export function typeLabel(entityType: string, t: Translate): string {
  return t(`wuye.auditLog.type.${entityType}`, { _: entityType });
}

/** `subject.verb` as words; an action the console has no words for stays as the API wrote it. */
export function actionLabel(action: string, t: Translate): string {
  const dot = action.indexOf('.');
  if (dot < 0) return action;
  const subject = action.slice(0, dot);
  const verb = action.slice(dot + 1);
  const missing = '\u0000';
  const subjectWords = t(`wuye.auditLog.subject.${subject}`, { _: missing });
  const verbWords = t(`wuye.auditLog.verb.${verb}`, { _: missing });
  if (subjectWords === missing || verbWords === missing) return action;
  return t('wuye.auditLog.action_label', { subject: subjectWords, verb: verbWords });
}

export function fieldLabel(field: string, t: Translate): string {
  return t(`wuye.auditLog.field.${field}`, { _: field });
}

/** Nothing to show: null, '', an empty list, or a list or object holding nothing else (a version number alone is bookkeeping). */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.every(isEmptyValue);
  if (typeof value === 'object') return Object.entries(value as Record<string, unknown>).every(([key, inner]) => key === 'version' || isEmptyValue(inner));
  return false;
}

/** Whether an event made its record (no before), removed it (no after), or changed it. */
export function auditShape(before: unknown, after: unknown): 'CREATED' | 'REMOVED' | 'CHANGED' {
  if (before === null || before === undefined) return 'CREATED';
  if (after === null || after === undefined) return 'REMOVED';
  return 'CHANGED';
}

/**
 * The fields whose values differ between before and after (bookkeeping left out); a field empty on both sides is no
 * change, so a creation names only the fields it filled, not its record's empty columns.
 */
export function changedFieldNames(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(
    (k) => !BOOKKEEPING.includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]) && !(isEmptyValue(b[k]) && isEmptyValue(a[k])),
  );
}

/** The fields that changed, as labels joined the reader's way (「名称、地址」, "Name, Address"). */
export function changedFieldsText(before: unknown, after: unknown, t: Translate): string {
  return changedFieldNames(before, after).map((f) => fieldLabel(f, t)).join(t('wuye.auditLog.separator', { _: '、' }));
}

/** The roles' Chinese words that begin the names the API records (「审核员 李强」), each to its role. */
const ROLE_OF_WORD = new Map(Object.entries(zh.wuye.role).map(([role, word]) => [word, role]));
const LEADING_ROLE = new RegExp(`^(${[...ROLE_OF_WORD.keys()].join('|')})\\s+`);
/** Names the API writes for what no person did. */
const NOT_A_PERSON = ['system', 'anonymous'];

/** Who acted, with the role in the reader's language (the name itself as recorded). */
export function actorLabel(actorName: string, t: Translate): string {
  if (NOT_A_PERSON.includes(actorName)) return t(`wuye.auditLog.actor.${actorName}`, { _: actorName });
  const match = LEADING_ROLE.exec(actorName);
  if (!match) return actorName;
  return `${t(`wuye.role.${ROLE_OF_WORD.get(match[1])}`, { _: match[1] })} ${actorName.slice(match[0].length)}`;
}

/** A verb standing alone (a history row) begins as a sentence does: "Material added", like "Submitted". */
export function verbAlone(words: string): string {
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}

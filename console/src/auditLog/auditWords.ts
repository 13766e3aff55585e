/**
 * An audit event in the reader's words (i18n/audit.ts): its record type, its action (`project.submit` →
 * 物业项目提交) and the fields that changed. Pure: takes the translate function.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Fields every record carries whose change says nothing to a reader. */
const BOOKKEEPING = ['version', 'updatedAt', 'createdAt'];

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

/** The fields whose values differ between before and after (bookkeeping left out). */
export function changedFieldNames(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => !BOOKKEEPING.includes(k) && JSON.stringify(b[k]) !== JSON.stringify(a[k]));
}

import { useRecordContext, useTranslate } from 'react-admin';
import { actorLabel } from '../auditLog/auditWords';
import { HistoryTable } from '../shared/HistoryPanel';

interface ElectionStep {
  at: string;
  action: string | null;
  phase: string;
  actorName: string;
  cancelReason: string | null;
  note: string | null;
  objectionId: string | null;
}

/**
 * The election's own history (`history`): created, then every move with who made it and why. Officers read it
 * though the audit log is not theirs: why a review was reopened, a vote recounted or the election cancelled.
 */
export function ElectionHistory() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.history) return null;
  const rows = (record.history as ElectionStep[]).map((step, i) => {
    const words = [step.action ? translate(`wuye.electionAction.${step.action}`) : translate('wuye.history.action.create')];
    if (step.cancelReason) words.push(translate(`wuye.cancelReason.${step.cancelReason}`));
    if (step.objectionId) words.push(translate('wuye.workspace.reopened_by_objection'));
    if (step.note) words.push(`“${step.note}”`);
    return { key: String(i), at: step.at, who: actorLabel(step.actorName, translate), what: words.join(' · '), action: step.action ?? 'CREATE' };
  });
  return <HistoryTable rows={rows} />;
}

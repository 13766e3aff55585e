import { decideEligibility, type Checklist, type CheckResult, type ReviewingBody } from '../../../api/src/eligibility/checklist';
import type { CandidateRecordFragment } from '../generated/graphql';

type ChecklistItem = CandidateRecordFragment['checklist']['items'][number];
/** A check recorded before (candidate { checks }). */
type Check = { itemKey: string; result: string; overrideReason?: string | null };

/** One result about to be recorded (a dialog's row). */
export interface ResultToRecord {
  itemKey: string;
  result: CheckResult | string;
  /** a failed unsuitable (不宜) item accepted with a written reason */
  overrideReason?: string | null;
}

/** What recording would leave the candidate at, and the recorded items that hold them there. */
export interface RecordingOutcome {
  decision: 'INELIGIBLE' | 'NOT_YET_ELIGIBLE';
  itemKeys: string[];
}

/**
 * The decision the candidate would have once `recording` is saved over their `checks`, by the server's own rule
 * (decideEligibility, docs/domain-rules.md#eligibility-decision), when it is not ELIGIBLE because of a FAIL or a
 * PENDING of this recording; null when it is eligible, or held back only by results recorded before (then this
 * recording changes nothing the user must confirm). Objections and the roll, which also hold a decision, are the
 * server's to weigh.
 */
export function recordingOutcome(items: readonly ChecklistItem[], checks: readonly Check[], recording: readonly ResultToRecord[]): RecordingOutcome | null {
  const checklist: Checklist = {
    id: 'candidate',
    version: 1,
    source: '',
    items: items.map((i) => ({ key: i.key, kind: i.kind as Checklist['items'][number]['kind'], title: { zh: i.titleZh || i.key, en: i.titleEn || i.key }, suggestedReviewers: i.suggestedReviewers as ReviewingBody[] })),
  };
  const merged = new Map<string, ResultToRecord>(checks.map((c) => [c.itemKey, { itemKey: c.itemKey, result: c.result, overrideReason: c.overrideReason }]));
  for (const r of recording) merged.set(r.itemKey, r);
  const all = [...merged.values()].filter((c) => items.some((i) => i.key === c.itemKey));
  let decided;
  try {
    decided = decideEligibility(
      checklist,
      all.map((c) => ({ itemKey: c.itemKey, result: c.result as CheckResult })),
      // an override counts for a failed unsuitable item only (the dialogs send it for no other)
      all.filter((c) => c.result === 'FAIL' && c.overrideReason?.trim() && items.find((i) => i.key === c.itemKey)?.kind === 'UNSUITABLE').map((c) => ({ itemKey: c.itemKey, reason: c.overrideReason!.trim() })),
    );
  } catch {
    return null; // a checklist this console cannot read as the rule's: the server decides, as always
  }
  if (decided.decision === 'ELIGIBLE') return null;
  const recorded = new Set(recording.filter((r) => r.result !== 'PASS').map((r) => r.itemKey));
  const itemKeys = decided.decidedBy.filter((d) => recorded.has(d.itemKey)).map((d) => d.itemKey);
  return itemKeys.length ? { decision: decided.decision as RecordingOutcome['decision'], itemKeys } : null;
}

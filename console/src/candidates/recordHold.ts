/**
 * Why a review dialog's record button is held (greyed out), in the order the officer fills the form in: the first
 * thing still missing, or null when it may be recorded. Pure: the dialogs pass what they hold.
 */
export type RecordHold = 'NO_RESULT' | 'NO_REVIEWER' | 'NO_CHECKED_ON' | 'NO_EVIDENCE' | 'NOT_CONFIRMED';

export interface RecordForm {
  /** how many items have a result chosen (the one-item dialog: 1 or 0) */
  answered: number;
  /** every answered item's reviewing body has a reviewer */
  reviewers: boolean;
  checkedOn: string;
  /** a fail without its evidence (the console asks for it; docs/roles-and-workflows.md#eligibility-review) */
  evidenceMissing: boolean;
  /** an outcome that leaves the candidate ineligible or under review is ticked as confirmed (or there is none) */
  confirmed: boolean;
}

export function recordHold(form: RecordForm): RecordHold | null {
  if (form.answered === 0) return 'NO_RESULT';
  if (!form.reviewers) return 'NO_REVIEWER';
  if (!form.checkedOn) return 'NO_CHECKED_ON';
  if (form.evidenceMissing) return 'NO_EVIDENCE';
  if (!form.confirmed) return 'NOT_CONFIRMED';
  return null;
}

/**
 * Whether new terms of a committee's book loosen its controls (docs/domain-rules.md#committee-accounts): a higher
 * spending limit lets the committee spend more without the owners, more due days let a statement stay unpublished
 * longer. Loosening waits for another officer; tightening, which only restrains, takes effect at once. Pure.
 */
export interface BookTerms {
  spendingLimitFen: number;
  statementDueDays: number;
}

export type TermsChange = 'SAME' | 'TIGHTENS' | 'LOOSENS';

export function termsChange(current: BookTerms, proposed: BookTerms): TermsChange {
  // one change of both terms: if either loosens, the whole change waits for the checker
  if (proposed.spendingLimitFen > current.spendingLimitFen || proposed.statementDueDays > current.statementDueDays) return 'LOOSENS';
  if (proposed.spendingLimitFen === current.spendingLimitFen && proposed.statementDueDays === current.statementDueDays) return 'SAME';
  return 'TIGHTENS';
}

/** Whether the book still stands at the terms a proposal was made on: it is confirmed only then (attacker round 11 F6: confirming older terms would undo a tightening since). */
export function termsStandAsProposed(book: BookTerms, proposal: { spendingLimitFenAtProposal: number | null; statementDueDaysAtProposal: number | null }): boolean {
  return book.spendingLimitFen === proposal.spendingLimitFenAtProposal && book.statementDueDays === proposal.statementDueDaysAtProposal;
}

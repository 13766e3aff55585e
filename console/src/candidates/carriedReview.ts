import type { CheckResult } from '../generated/graphql';

/** What an officer entered last in this election: each reviewer belongs to the body they recorded for. */
export interface LastRecording {
  reviewer: string;
  reviewingBody: string | null;
  /** every body's reviewer of the last recording (a batch names several) */
  reviewers?: Record<string, string>;
}

/** The reviewers last entered, by the body each recorded for; a reviewer remembered without a body belongs to none. */
export function lastReviewers(last: LastRecording | null): Record<string, string> {
  if (!last) return {};
  return { ...last.reviewers, ...(last.reviewingBody && last.reviewer ? { [last.reviewingBody]: last.reviewer } : {}) };
}

/**
 * The body an unanswered item starts with and the reviewer carried onto it: the first of its bodies last recorded for,
 * with that reviewer; else its first body and nobody (a police check is not the organiser's to sign).
 */
export function carriedReview(suggested: readonly string[], last: LastRecording | null): { reviewingBody: string; reviewer: string } {
  const known = lastReviewers(last);
  const body = suggested.find((b) => known[b]);
  return body ? { reviewingBody: body, reviewer: known[body] } : { reviewingBody: suggested[0], reviewer: '' };
}

/** An unanswered item's starting result: what the owner roll says where it can tell (evidence), else none chosen. */
export function startingResult(rollSays: string | undefined): CheckResult | '' {
  return rollSays === 'PASS' || rollSays === 'FAIL' ? rollSays : '';
}

import { session } from '../session';

/** Who reviewed, for which body, on which day: what an officer enters once and reuses for the next candidate. */
export interface ReviewDefaults {
  reviewer: string;
  /** null: each item's first suggested body */
  reviewingBody: string | null;
  checkedOn: string;
  /** a batch's reviewers by body: each carried only onto its own body's items */
  reviewers?: Record<string, string>;
}

// per officer and election: the next candidate of the same review starts from the last one recorded, until sign-out
const keyOf = (electionId: string) => session.personalKey(`review-defaults:${electionId}`);

export function lastReview(electionId: string): ReviewDefaults | null {
  try {
    return JSON.parse(localStorage.getItem(keyOf(electionId)) ?? 'null') as ReviewDefaults | null;
  } catch {
    return null;
  }
}

export function rememberReview(electionId: string, defaults: ReviewDefaults): void {
  localStorage.setItem(keyOf(electionId), JSON.stringify(defaults));
}
